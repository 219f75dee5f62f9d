package org.sealane.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A zone's coverage over the part of a UTC day whose windows are final, summed window by window
 * into the day summary. A Flink POJO, part of {@link ZoneCoverageState}.
 */
public class DayTally {

    private long dayStart = ZoneCoverageState.NONE;
    private long coveredMillis;
    private Map<String, Long> assetMillisByNation = new HashMap<>();
    private List<Long> assets = new ArrayList<>();
    private List<Long> traffic = new ArrayList<>();
    private int transits;
    private int alerts;
    private long uncoveredTrafficMillis;

    public DayTally() {}

    void add(WindowTally window) {
        coveredMillis += window.coveredMillis;
        window.assetMillisByNation.forEach(
                (nation, ms) -> assetMillisByNation.merge(nation, ms, Long::sum));
        window.assets.forEach(mmsi -> addSorted(assets, mmsi));
        window.traffic.forEach(mmsi -> addSorted(traffic, mmsi));
        transits += window.transits;
        alerts += window.alerts;
        uncoveredTrafficMillis += window.uncoveredTrafficMillis;
    }

    void reset(long dayStart) {
        this.dayStart = dayStart;
        coveredMillis = 0;
        assetMillisByNation = new HashMap<>();
        assets = new ArrayList<>();
        traffic = new ArrayList<>();
        transits = 0;
        alerts = 0;
        uncoveredTrafficMillis = 0;
    }

    WindowTally asWindow() {
        WindowTally day = new WindowTally();
        day.coveredMillis = coveredMillis;
        day.assetMillisByNation.putAll(assetMillisByNation);
        day.assets.addAll(assets);
        day.traffic.addAll(traffic);
        day.transits = transits;
        day.alerts = alerts;
        day.uncoveredTrafficMillis = uncoveredTrafficMillis;
        return day;
    }

    private static void addSorted(List<Long> sorted, long mmsi) {
        int at = Collections.binarySearch(sorted, mmsi);
        if (at < 0) {
            sorted.add(-at - 1, mmsi);
        }
    }

    public long getDayStart() {
        return dayStart;
    }

    public void setDayStart(long dayStart) {
        this.dayStart = dayStart;
    }

    public long getCoveredMillis() {
        return coveredMillis;
    }

    public void setCoveredMillis(long coveredMillis) {
        this.coveredMillis = coveredMillis;
    }

    public Map<String, Long> getAssetMillisByNation() {
        return assetMillisByNation;
    }

    public void setAssetMillisByNation(Map<String, Long> assetMillisByNation) {
        this.assetMillisByNation = assetMillisByNation;
    }

    /** Roster vessels seen so far this day, ascending. */
    public List<Long> getAssets() {
        return assets;
    }

    public void setAssets(List<Long> assets) {
        this.assets = assets;
    }

    /** Traffic vessels seen so far this day, ascending. */
    public List<Long> getTraffic() {
        return traffic;
    }

    public void setTraffic(List<Long> traffic) {
        this.traffic = traffic;
    }

    public int getTransits() {
        return transits;
    }

    public void setTransits(int transits) {
        this.transits = transits;
    }

    public int getAlerts() {
        return alerts;
    }

    public void setAlerts(int alerts) {
        this.alerts = alerts;
    }

    public long getUncoveredTrafficMillis() {
        return uncoveredTrafficMillis;
    }

    public void setUncoveredTrafficMillis(long uncoveredTrafficMillis) {
        this.uncoveredTrafficMillis = uncoveredTrafficMillis;
    }
}
