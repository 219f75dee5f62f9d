package org.sealane.output;

import java.util.Map;
import java.util.TreeMap;
import org.sealane.coverage.ZoneCoverageMetric;

/**
 * Coverage metrics as JSON lines with the fields of the Avro {@code CoverageMetric} record (DESIGN
 * 3.4), listed by zone, then window start, hourly windows before the day summary.
 */
public final class CoverageJsonFormat implements JsonLineFormat<ZoneCoverageMetric> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJson(ZoneCoverageMetric metric) {
        return Json.object(
                json -> {
                    json.writeStringField("zoneId", metric.zoneId());
                    Json.time(json, "windowStart", metric.windowStart(), true);
                    Json.time(json, "windowEnd", metric.windowEnd(), true);
                    json.writeNumberField("coveredFraction", metric.coveredFraction());
                    json.writeNumberField("assetMinutes", metric.assetMinutes());
                    json.writeObjectFieldStart("assetMinutesByNation");
                    for (Map.Entry<String, Double> nation :
                            new TreeMap<>(metric.assetMinutesByNation()).entrySet()) {
                        json.writeNumberField(nation.getKey(), nation.getValue());
                    }
                    json.writeEndObject();
                    json.writeNumberField("distinctAssets", metric.distinctAssets());
                    json.writeNumberField("trafficVessels", metric.trafficVessels());
                    json.writeNumberField("transits", metric.transits());
                    json.writeNumberField("alerts", metric.alerts());
                    json.writeNumberField(
                            "uncoveredTrafficMinutes", metric.uncoveredTrafficMinutes());
                });
    }

    @Override
    public String sortKey(ZoneCoverageMetric metric) {
        return sortKeyOf(metric);
    }

    static String sortKeyOf(ZoneCoverageMetric metric) {
        return String.format(
                "%s|%020d|%012d",
                metric.zoneId(),
                metric.windowStart() - Long.MIN_VALUE / 2,
                metric.windowEnd() - metric.windowStart());
    }
}
