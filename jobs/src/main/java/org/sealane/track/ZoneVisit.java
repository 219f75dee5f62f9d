package org.sealane.track;

/**
 * A vessel's stay in one zone, with what the per-zone detectors remember of it: the run of slow
 * fixes (loitering) and of fast fixes (speed limit). A Flink POJO, part of {@link VesselTrack}.
 */
public class ZoneVisit {

    private String zoneId;
    private long enteredAt;
    private long slowSince = VesselTrack.NONE;
    private double slowMaxKn;
    private boolean loitering;
    private long speedingSince = VesselTrack.NONE;
    private double speedingMaxKn;
    private long lastInsideAt = VesselTrack.NONE;
    private long presentFrom = VesselTrack.NONE;

    public ZoneVisit() {}

    /** The zone's id. */
    public String getZoneId() {
        return zoneId;
    }

    public void setZoneId(String zoneId) {
        this.zoneId = zoneId;
    }

    /** Time of the first fix inside, epoch ms. */
    public long getEnteredAt() {
        return enteredAt;
    }

    public void setEnteredAt(long enteredAt) {
        this.enteredAt = enteredAt;
    }

    /** Time of the first slow fix of the current slow run, or {@link VesselTrack#NONE}. */
    public long getSlowSince() {
        return slowSince;
    }

    public void setSlowSince(long slowSince) {
        this.slowSince = slowSince;
    }

    /** Highest speed in the current slow run. */
    public double getSlowMaxKn() {
        return slowMaxKn;
    }

    public void setSlowMaxKn(double slowMaxKn) {
        this.slowMaxKn = slowMaxKn;
    }

    /** Whether a LOITERING alert is open for the current slow run. */
    public boolean isLoitering() {
        return loitering;
    }

    public void setLoitering(boolean loitering) {
        this.loitering = loitering;
    }

    /** Time of the first fix over the zone's speed limit, or {@link VesselTrack#NONE}. */
    public long getSpeedingSince() {
        return speedingSince;
    }

    public void setSpeedingSince(long speedingSince) {
        this.speedingSince = speedingSince;
    }

    /** Highest speed while over the limit. */
    public double getSpeedingMaxKn() {
        return speedingMaxKn;
    }

    public void setSpeedingMaxKn(double speedingMaxKn) {
        this.speedingMaxKn = speedingMaxKn;
    }

    /** Time of the latest fix inside (patrol zones only), or {@link VesselTrack#NONE}. */
    public long getLastInsideAt() {
        return lastInsideAt;
    }

    public void setLastInsideAt(long lastInsideAt) {
        this.lastInsideAt = lastInsideAt;
    }

    /**
     * Start of the presence not yet reported for coverage (patrol zones only), up to {@link
     * #getLastInsideAt}; {@link VesselTrack#NONE} when all is reported.
     */
    public long getPresentFrom() {
        return presentFrom;
    }

    public void setPresentFrom(long presentFrom) {
        this.presentFrom = presentFrom;
    }

    static ZoneVisit entered(String zoneId, long time) {
        ZoneVisit visit = new ZoneVisit();
        visit.zoneId = zoneId;
        visit.enteredAt = time;
        return visit;
    }
}
