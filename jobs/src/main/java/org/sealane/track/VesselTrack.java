package org.sealane.track;

import java.util.Arrays;

/**
 * What sealane remembers about one vessel between its fixes: its last good fix, a suspect fix that
 * may turn out to be the real track, and the zones it is in. Plain mutable state, kept per MMSI in
 * Flink keyed state (a Flink POJO: public no-argument constructor, getters and setters).
 */
public class VesselTrack {

    private boolean hasFix;
    private long lastTime;
    private double lastLat;
    private double lastLon;

    private boolean hasSuspect;
    private long suspectTime;
    private double suspectLat;
    private double suspectLon;

    private String[] zoneIds = new String[0];
    private long[] zoneEnteredAt = new long[0];

    public VesselTrack() {}

    /** Whether the vessel has a last good fix. */
    public boolean isHasFix() {
        return hasFix;
    }

    public void setHasFix(boolean hasFix) {
        this.hasFix = hasFix;
    }

    public long getLastTime() {
        return lastTime;
    }

    public void setLastTime(long lastTime) {
        this.lastTime = lastTime;
    }

    public double getLastLat() {
        return lastLat;
    }

    public void setLastLat(double lastLat) {
        this.lastLat = lastLat;
    }

    public double getLastLon() {
        return lastLon;
    }

    public void setLastLon(double lastLon) {
        this.lastLon = lastLon;
    }

    public boolean isHasSuspect() {
        return hasSuspect;
    }

    public void setHasSuspect(boolean hasSuspect) {
        this.hasSuspect = hasSuspect;
    }

    public long getSuspectTime() {
        return suspectTime;
    }

    public void setSuspectTime(long suspectTime) {
        this.suspectTime = suspectTime;
    }

    public double getSuspectLat() {
        return suspectLat;
    }

    public void setSuspectLat(double suspectLat) {
        this.suspectLat = suspectLat;
    }

    public double getSuspectLon() {
        return suspectLon;
    }

    public void setSuspectLon(double suspectLon) {
        this.suspectLon = suspectLon;
    }

    /** Ids of the zones the vessel is in, in catalogue order. */
    public String[] getZoneIds() {
        return zoneIds;
    }

    public void setZoneIds(String[] zoneIds) {
        this.zoneIds = zoneIds;
    }

    /** When the vessel entered each of {@link #getZoneIds()}, epoch ms. */
    public long[] getZoneEnteredAt() {
        return zoneEnteredAt;
    }

    public void setZoneEnteredAt(long[] zoneEnteredAt) {
        this.zoneEnteredAt = zoneEnteredAt;
    }

    /** Forgets everything: the next fix starts a new track, outside every zone. */
    public void forget() {
        hasFix = false;
        hasSuspect = false;
        zoneIds = new String[0];
        zoneEnteredAt = new long[0];
    }

    @Override
    public String toString() {
        return "VesselTrack{last="
                + (hasFix ? lastTime + "@" + lastLat + "," + lastLon : "none")
                + ", zones="
                + Arrays.toString(zoneIds)
                + "}";
    }
}
