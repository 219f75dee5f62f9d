package org.sealane.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The sums and sets behind one window's metric, in milliseconds. */
final class WindowTally {

    long coveredMillis;
    final Map<String, Long> assetMillisByNation = new TreeMap<>();
    final List<Long> assets = new ArrayList<>();
    final List<Long> traffic = new ArrayList<>();
    int transits;
    int alerts;
    long uncoveredTrafficMillis;

    ZoneCoverageMetric metric(String zoneId, long start, long end) {
        long assetMillis = 0;
        Map<String, Double> byNation = new TreeMap<>();
        for (Map.Entry<String, Long> nation : assetMillisByNation.entrySet()) {
            if (nation.getValue() > 0) {
                assetMillis += nation.getValue();
                byNation.put(nation.getKey(), minutes(nation.getValue()));
            }
        }
        return new ZoneCoverageMetric(
                zoneId,
                start,
                end,
                (double) coveredMillis / (end - start),
                minutes(assetMillis),
                byNation,
                assets.size(),
                traffic.size(),
                transits,
                alerts,
                minutes(uncoveredTrafficMillis));
    }

    private static double minutes(long millis) {
        return millis / 60_000.0;
    }
}
