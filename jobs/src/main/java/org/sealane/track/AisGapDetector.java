package org.sealane.track;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.model.AlertEvent;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;

/**
 * AIS_GAP, a vessel going dark: no position for the gap time of where it was last seen (DESIGN 4: 1
 * h in a chokepoint or patrol zone, 6 h elsewhere), counting only time when the feed was live.
 * Opens when the gap is reached, closes at the vessel's next good fix with the distance it moved.
 *
 * <p>A vessel silent in port is usually moored with its AIS switched off, as small craft and ships
 * laid up may be: a silence that begins in port is reported only when the vessel reappears away
 * from where it went dark (beyond {@code harbour.distance-m}), having left port unseen.
 * Thread-safe.
 */
public final class AisGapDetector {

    private final DetectorThresholds thresholds;
    private final AlertFactory alerts;
    private final Map<String, Zone> zones = new HashMap<>();

    public AisGapDetector(
            ZoneCatalogue catalogue, DetectorThresholds thresholds, AlertFactory alerts) {
        this.thresholds = thresholds;
        this.alerts = alerts;
        for (Zone zone : catalogue.zones()) {
            zones.put(zone.id(), zone);
        }
    }

    /** The gap time after the track's last fix: that of the zones it was in. */
    public long gapMillis(VesselTrack track) {
        long gap = Long.MAX_VALUE;
        for (ZoneVisit visit : track.getVisits()) {
            Zone zone = zones.get(visit.getZoneId());
            if (zone != null && LoiteringDetector.watches(zone)) {
                gap = Math.min(gap, thresholds.gapMillis(zone));
            }
        }
        return gap == Long.MAX_VALUE ? thresholds.gapElsewhereMillis() : gap;
    }

    /** The zone an AIS gap after the track's last fix is reported in. */
    String gapZoneId(VesselTrack track) {
        String chosen = null;
        long chosenGap = Long.MAX_VALUE;
        for (ZoneVisit visit : track.getVisits()) {
            Zone zone = zones.get(visit.getZoneId());
            if (zone != null && LoiteringDetector.watches(zone)) {
                long gap = thresholds.gapMillis(zone);
                if (gap < chosenGap) {
                    chosen = zone.id();
                    chosenGap = gap;
                }
            }
        }
        if (chosen != null) {
            return chosen;
        }
        return track.getVisits().isEmpty()
                ? AlertFactory.OPEN_SEA
                : track.getVisits().get(0).getZoneId();
    }

    /**
     * Opens the gap if, by the given time, the vessel has been silent for its gap time of live feed
     * time. Called from event-time timers, with a time up to which every feed silence is known.
     */
    public void check(
            VesselTrack track,
            long mmsi,
            long knownUntil,
            FeedSilences silences,
            Consumer<AlertEvent> out) {
        if (!track.isHasFix() || track.isGapOpen() || track.isLastFixInPort()) {
            return;
        }
        long gap = gapMillis(track);
        if (knownUntil - track.getLastTime() >= gap
                && silences.liveMillis(track.getLastTime(), knownUntil, false) >= gap) {
            open(track, mmsi, out);
        }
    }

    /**
     * The event time at which {@link #check} could next open a gap, or {@link Long#MAX_VALUE} if
     * none can open.
     *
     * @param knownUntil the latest time up to which the feed's silences are known
     */
    public long nextCheck(VesselTrack track, FeedSilences silences, long knownUntil) {
        if (!track.isHasFix() || track.isGapOpen() || track.isLastFixInPort()) {
            return Long.MAX_VALUE;
        }
        return silences.liveReachedAt(track.getLastTime(), gapMillis(track), knownUntil);
    }

    /**
     * A good fix has come: closes the gap before it, opening it first if it was reached without
     * anyone noticing (no timer fired in between). Call before the track's zones are updated, with
     * the previous good fix.
     */
    public void reappeared(
            VesselTrack track,
            long mmsi,
            long previousTime,
            double previousLat,
            double previousLon,
            long time,
            double lat,
            double lon,
            FeedSilences silences,
            Consumer<AlertEvent> out) {
        boolean wasOpen = track.isGapOpen();
        if (!wasOpen) {
            long gap = gapMillis(track);
            if (time - previousTime < gap || silences.liveMillis(previousTime, time, true) < gap) {
                return;
            }
        }
        double movedMeters = GeoMath.distanceMeters(previousLat, previousLon, lat, lon);
        boolean darkInPort = track.isLastFixInPort();
        if (!wasOpen) {
            if (darkInPort && movedMeters <= thresholds.harbourDistanceMeters()) {
                return;
            }
            openAt(track, mmsi, previousTime, previousLat, previousLon, out);
        }
        Map<String, String> details = AlertFactory.details();
        details.put("gapMinutes", AlertFactory.minutes(time - previousTime));
        details.put("distanceMeters", String.valueOf(Math.round(movedMeters)));
        if (darkInPort) {
            details.put("wentDarkInPort", "true");
        }
        out.accept(
                alerts.closed(
                        AlertType.AIS_GAP,
                        Severity.WARNING,
                        mmsi,
                        AlertEvent.NO_OTHER_VESSEL,
                        track.getGapZoneId(),
                        previousTime,
                        time,
                        lat,
                        lon,
                        null,
                        details));
        track.setGapOpen(false);
        track.setGapZoneId(null);
    }

    /** The vessel is forgotten while dark: closes its gap at that time. */
    public void forgotten(VesselTrack track, long mmsi, long time, Consumer<AlertEvent> out) {
        if (!track.isGapOpen()) {
            return;
        }
        Map<String, String> details = AlertFactory.details();
        details.put("gapMinutes", AlertFactory.minutes(time - track.getLastTime()));
        details.put("reappeared", "false");
        out.accept(
                alerts.closed(
                        AlertType.AIS_GAP,
                        Severity.WARNING,
                        mmsi,
                        AlertEvent.NO_OTHER_VESSEL,
                        track.getGapZoneId(),
                        track.getLastTime(),
                        time,
                        track.getLastLat(),
                        track.getLastLon(),
                        null,
                        details));
        track.setGapOpen(false);
        track.setGapZoneId(null);
    }

    private void open(VesselTrack track, long mmsi, Consumer<AlertEvent> out) {
        openAt(track, mmsi, track.getLastTime(), track.getLastLat(), track.getLastLon(), out);
    }

    private void openAt(
            VesselTrack track,
            long mmsi,
            long time,
            double lat,
            double lon,
            Consumer<AlertEvent> out) {
        String zoneId = gapZoneId(track);
        Map<String, String> details = AlertFactory.details();
        details.put("thresholdMinutes", AlertFactory.minutes(gapMillis(track)));
        out.accept(
                alerts.open(
                        AlertType.AIS_GAP,
                        Severity.WARNING,
                        mmsi,
                        AlertEvent.NO_OTHER_VESSEL,
                        zoneId,
                        time,
                        lat,
                        lon,
                        details));
        track.setGapOpen(true);
        track.setGapZoneId(zoneId);
    }
}
