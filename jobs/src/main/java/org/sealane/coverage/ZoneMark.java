package org.sealane.coverage;

/**
 * A transit (at its end) or another alert's event (at its start) in a zone, kept until its window
 * is final. A Flink POJO, part of {@link ZoneCoverageState}.
 */
public class ZoneMark {

    private long time;
    private boolean transit;
    private String event;

    public ZoneMark() {}

    ZoneMark(long time, boolean transit, String event) {
        this.time = time;
        this.transit = transit;
        this.event = event;
    }

    public long getTime() {
        return time;
    }

    public void setTime(long time) {
        this.time = time;
    }

    public boolean isTransit() {
        return transit;
    }

    public void setTransit(boolean transit) {
        this.transit = transit;
    }

    /** What makes alert records one event; null for transits. */
    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }
}
