package org.sealane.output;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sealane.coverage.ZoneCoverageMetric;

/**
 * Coverage metrics as rows of {@code coverage.csv} for a spreadsheet: times a spreadsheet reads
 * (UTC), minutes with two decimals, one asset-minutes column per nation of the roster; in the order
 * of {@code coverage.jsonl}. The zone id is the only text and never holds a comma or quote.
 */
public final class CoverageCsvFormat implements JsonLineFormat<ZoneCoverageMetric> {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final List<String> nations;

    /**
     * @param nations the roster's nations, one column each, in this order
     */
    public CoverageCsvFormat(List<String> nations) {
        this.nations = List.copyOf(nations);
    }

    /** The header row. */
    public String header() {
        StringBuilder header =
                new StringBuilder(
                        "zone_id,window_start_utc,window_end_utc,window_hours,covered_fraction,"
                                + "asset_minutes,distinct_assets,traffic_vessels,transits,alerts,"
                                + "uncovered_traffic_minutes");
        for (String nation : nations) {
            header.append(",asset_minutes_").append(nation);
        }
        return header.toString();
    }

    @Override
    public String toJson(ZoneCoverageMetric metric) {
        StringBuilder row = new StringBuilder();
        row.append(metric.zoneId())
                .append(',')
                .append(TIME.format(Instant.ofEpochMilli(metric.windowStart())))
                .append(',')
                .append(TIME.format(Instant.ofEpochMilli(metric.windowEnd())))
                .append(',')
                .append(decimal((metric.windowEnd() - metric.windowStart()) / 3_600_000.0, "%.2f"))
                .append(',')
                .append(decimal(metric.coveredFraction(), "%.4f"))
                .append(',')
                .append(decimal(metric.assetMinutes(), "%.2f"))
                .append(',')
                .append(metric.distinctAssets())
                .append(',')
                .append(metric.trafficVessels())
                .append(',')
                .append(metric.transits())
                .append(',')
                .append(metric.alerts())
                .append(',')
                .append(decimal(metric.uncoveredTrafficMinutes(), "%.2f"));
        Map<String, Double> byNation = metric.assetMinutesByNation();
        for (String nation : nations) {
            row.append(',').append(decimal(byNation.getOrDefault(nation, 0.0), "%.2f"));
        }
        return row.toString();
    }

    @Override
    public String sortKey(ZoneCoverageMetric metric) {
        return CoverageJsonFormat.sortKeyOf(metric);
    }

    private static String decimal(double value, String format) {
        return String.format(Locale.ROOT, format, value);
    }
}
