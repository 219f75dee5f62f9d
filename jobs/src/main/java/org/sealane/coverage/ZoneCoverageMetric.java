package org.sealane.coverage;

import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * How well the task force covered one patrol zone during one window (DESIGN 3.4, docs/coverage.md);
 * the Avro {@code CoverageMetric} record and the line of {@code coverage.jsonl} carry the same
 * fields.
 *
 * @param windowStart epoch ms, inclusive
 * @param windowEnd epoch ms, exclusive; 24 hours after the start for a day summary
 * @param assetMinutesByNation by ISO 3166-1 alpha-3 code
 */
public record ZoneCoverageMetric(
        String zoneId,
        long windowStart,
        long windowEnd,
        double coveredFraction,
        double assetMinutes,
        Map<String, Double> assetMinutesByNation,
        int distinctAssets,
        int trafficVessels,
        int transits,
        int alerts,
        double uncoveredTrafficMinutes) {

    public static final TypeInformation<ZoneCoverageMetric> TYPE =
            TypeInformation.of(ZoneCoverageMetric.class);

    /** Whether this is a day summary rather than one window. */
    public boolean isDaySummary() {
        return windowEnd - windowStart == CoverageRules.DAY;
    }
}
