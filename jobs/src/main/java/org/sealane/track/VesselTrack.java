package org.sealane.track;

import java.util.ArrayList;
import java.util.List;

/**
 * What sealane remembers about one vessel between its fixes: its last good fix and odometer, a
 * suspect second track, the zones it is in, the gates it last crossed, and which of its duration
 * alerts are open. Plain mutable state, kept per MMSI in Flink keyed state (a Flink POJO: public
 * no-argument constructor, getters and setters).
 */
public class VesselTrack {

    /** Marks a time that is not set. */
    public static final long NONE = Long.MIN_VALUE;

    private boolean hasFix;
    private long lastTime;
    private double lastLat;
    private double lastLon;
    private double odometerMeters;
    private boolean hasSuspect;
    private long suspectFirstTime;
    private long suspectTime;
    private double suspectLat;
    private double suspectLon;
    private long conflictSince = NONE;
    private List<ZoneVisit> visits = new ArrayList<>();
    private List<GateCrossing> crossings = new ArrayList<>();
    private boolean lastFixInPort;
    private boolean gapOpen;
    private String gapZoneId;
    private long slowReportedAt = NONE;

    public VesselTrack() {}

    /** Whether the vessel has a last good fix. */
    public boolean isHasFix() {
        return hasFix;
    }

    public void setHasFix(boolean hasFix) {
        this.hasFix = hasFix;
    }

    /** Time of the last good fix, epoch ms. */
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

    /** Distance sailed along the good fixes since the track began. */
    public double getOdometerMeters() {
        return odometerMeters;
    }

    public void setOdometerMeters(double odometerMeters) {
        this.odometerMeters = odometerMeters;
    }

    /** Whether there is a second, suspect track: the last fix that did not fit the main one. */
    public boolean isHasSuspect() {
        return hasSuspect;
    }

    public void setHasSuspect(boolean hasSuspect) {
        this.hasSuspect = hasSuspect;
    }

    /** Time of the first fix of the suspect track. */
    public long getSuspectFirstTime() {
        return suspectFirstTime;
    }

    public void setSuspectFirstTime(long suspectFirstTime) {
        this.suspectFirstTime = suspectFirstTime;
    }

    /** Time of the suspect track's latest fix. */
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

    /** Start of the open IDENTITY_CONFLICT, or {@link #NONE}. */
    public long getConflictSince() {
        return conflictSince;
    }

    public void setConflictSince(long conflictSince) {
        this.conflictSince = conflictSince;
    }

    /** The zones the vessel is in, in catalogue order. */
    public List<ZoneVisit> getVisits() {
        return visits;
    }

    public void setVisits(List<ZoneVisit> visits) {
        this.visits = visits;
    }

    /** The last gate crossed of each chokepoint the vessel has crossed a gate of. */
    public List<GateCrossing> getCrossings() {
        return crossings;
    }

    public void setCrossings(List<GateCrossing> crossings) {
        this.crossings = crossings;
    }

    /** Whether the last good fix was in port: in a port zone, or slow near a listed harbour. */
    public boolean isLastFixInPort() {
        return lastFixInPort;
    }

    public void setLastFixInPort(boolean lastFixInPort) {
        this.lastFixInPort = lastFixInPort;
    }

    /** Whether an AIS_GAP alert is open since the last good fix. */
    public boolean isGapOpen() {
        return gapOpen;
    }

    public void setGapOpen(boolean gapOpen) {
        this.gapOpen = gapOpen;
    }

    /** Zone of the open AIS_GAP alert. */
    public String getGapZoneId() {
        return gapZoneId;
    }

    public void setGapZoneId(String gapZoneId) {
        this.gapZoneId = gapZoneId;
    }

    /** Time of the last slow fix handed to the encounter search, or {@link #NONE}. */
    public long getSlowReportedAt() {
        return slowReportedAt;
    }

    public void setSlowReportedAt(long slowReportedAt) {
        this.slowReportedAt = slowReportedAt;
    }

    /** The visit of the given zone, or null if the vessel is not in it. */
    public ZoneVisit visit(String zoneId) {
        for (ZoneVisit visit : visits) {
            if (visit.getZoneId().equals(zoneId)) {
                return visit;
            }
        }
        return null;
    }

    /** Forgets everything: the next fix starts a new track, outside every zone. */
    public void forget() {
        hasFix = false;
        hasSuspect = false;
        conflictSince = NONE;
        visits = new ArrayList<>();
        crossings = new ArrayList<>();
        lastFixInPort = false;
        gapOpen = false;
        gapZoneId = null;
        slowReportedAt = NONE;
    }

    @Override
    public String toString() {
        StringBuilder zones = new StringBuilder();
        for (ZoneVisit visit : visits) {
            zones.append(zones.length() == 0 ? "" : ",").append(visit.getZoneId());
        }
        return "VesselTrack{last="
                + (hasFix ? lastTime + "@" + lastLat + "," + lastLon : "none")
                + ", zones=["
                + zones
                + "]}";
    }
}
