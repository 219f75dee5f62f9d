package org.sealane.coverage;

/**
 * A vessel's presence in a zone, [from, to] between good fixes inside it, kept until every window
 * it touches is final. A Flink POJO, part of {@link ZoneCoverageState}.
 */
public class PresenceSpan {

    private long mmsi;
    private long from;
    private long to;

    public PresenceSpan() {}

    PresenceSpan(long mmsi, long from, long to) {
        this.mmsi = mmsi;
        this.from = from;
        this.to = to;
    }

    public long getMmsi() {
        return mmsi;
    }

    public void setMmsi(long mmsi) {
        this.mmsi = mmsi;
    }

    public long getFrom() {
        return from;
    }

    public void setFrom(long from) {
        this.from = from;
    }

    public long getTo() {
        return to;
    }

    public void setTo(long to) {
        this.to = to;
    }
}
