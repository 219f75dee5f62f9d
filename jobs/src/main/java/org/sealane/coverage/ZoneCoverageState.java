package org.sealane.coverage;

import java.util.ArrayList;
import java.util.List;

/**
 * What one patrol zone's coverage remembers between events: presence and marks of windows not yet
 * final, the windows the feed has reached, the coverage-gap state and the day so far. A Flink POJO,
 * the keyed state of the coverage operator; {@link PatrolZoneCoverage} changes it.
 */
public class ZoneCoverageState {

    /** No time. */
    public static final long NONE = Long.MIN_VALUE;

    private long nextWindow = NONE;
    private long lastWindow = NONE;
    private boolean finalised;
    private long feedEnd = NONE;
    private List<PresenceSpan> spans = new ArrayList<>();
    private List<ZoneMark> marks = new ArrayList<>();
    private long lastCoveredAt = NONE;
    private long lastAsset;
    private long gapSince = NONE;
    private long gapAsset;
    private DayTally day = new DayTally();

    public ZoneCoverageState() {}

    /** Start of the earliest window not yet final, or {@link #NONE} before the feed began. */
    public long getNextWindow() {
        return nextWindow;
    }

    public void setNextWindow(long nextWindow) {
        this.nextWindow = nextWindow;
    }

    /** Start of the latest window the feed has reached, or {@link #NONE}. */
    public long getLastWindow() {
        return lastWindow;
    }

    public void setLastWindow(long lastWindow) {
        this.lastWindow = lastWindow;
    }

    /** Whether some window is final already: the windows before the next one are closed. */
    public boolean isFinalised() {
        return finalised;
    }

    public void setFinalised(boolean finalised) {
        this.finalised = finalised;
    }

    /** When the input ended (end of its last minute with positions), or {@link #NONE}. */
    public long getFeedEnd() {
        return feedEnd;
    }

    public void setFeedEnd(long feedEnd) {
        this.feedEnd = feedEnd;
    }

    public List<PresenceSpan> getSpans() {
        return spans;
    }

    public void setSpans(List<PresenceSpan> spans) {
        this.spans = spans;
    }

    public List<ZoneMark> getMarks() {
        return marks;
    }

    public void setMarks(List<ZoneMark> marks) {
        this.marks = marks;
    }

    /** End of the last roster presence in final windows, or {@link #NONE} if there was none. */
    public long getLastCoveredAt() {
        return lastCoveredAt;
    }

    public void setLastCoveredAt(long lastCoveredAt) {
        this.lastCoveredAt = lastCoveredAt;
    }

    /** The roster vessel whose presence ended at {@link #getLastCoveredAt}. */
    public long getLastAsset() {
        return lastAsset;
    }

    public void setLastAsset(long lastAsset) {
        this.lastAsset = lastAsset;
    }

    /** Start of the open COVERAGE_GAP, or {@link #NONE}. */
    public long getGapSince() {
        return gapSince;
    }

    public void setGapSince(long gapSince) {
        this.gapSince = gapSince;
    }

    /** The vessel the open gap's alert names. */
    public long getGapAsset() {
        return gapAsset;
    }

    public void setGapAsset(long gapAsset) {
        this.gapAsset = gapAsset;
    }

    public DayTally getDay() {
        return day;
    }

    public void setDay(DayTally day) {
        this.day = day;
    }
}
