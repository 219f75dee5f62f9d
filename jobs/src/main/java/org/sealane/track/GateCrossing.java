package org.sealane.track;

/**
 * The last gate of one chokepoint a vessel crossed: where a transit would start. A Flink POJO, part
 * of {@link VesselTrack}.
 */
public class GateCrossing {

    private String zoneId;
    private String end;
    private long time;
    private double odometerMeters;

    public GateCrossing() {}

    /** The chokepoint's id. */
    public String getZoneId() {
        return zoneId;
    }

    public void setZoneId(String zoneId) {
        this.zoneId = zoneId;
    }

    /** The gate's end name. */
    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    /** Interpolated crossing time, epoch ms. */
    public long getTime() {
        return time;
    }

    public void setTime(long time) {
        this.time = time;
    }

    /** The vessel's odometer at the crossing. */
    public double getOdometerMeters() {
        return odometerMeters;
    }

    public void setOdometerMeters(double odometerMeters) {
        this.odometerMeters = odometerMeters;
    }

    static GateCrossing of(String zoneId, String end, long time, double odometerMeters) {
        GateCrossing crossing = new GateCrossing();
        crossing.zoneId = zoneId;
        crossing.end = end;
        crossing.time = time;
        crossing.odometerMeters = odometerMeters;
        return crossing;
    }
}
