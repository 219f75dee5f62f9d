package org.sealane.track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.model.AlertEvent;
import org.sealane.model.EncounterSighting;
import org.sealane.model.PositionReport;
import org.sealane.zones.GateIndex;
import org.sealane.zones.Harbours;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneIndex;
import org.sealane.zones.ZoneKind;

/**
 * Runs every per-vessel detector on one vessel's fixes, in event order: the track filter (position
 * jumps, identity conflicts), zone entries and exits, chokepoint transits, loitering, speed limits
 * and AIS gaps, and hands slow fixes on to the encounter search (docs/detectors.md). Plain logic,
 * no Flink types. Not thread-safe (it owns the zone and gate indexes): one per operator instance.
 */
public final class VesselMonitor {

    /**
     * Slow fixes are handed to the encounter search at most this often per vessel: a little under
     * the 3 minutes a class A ship at anchor reports in (ITU-R M.1371), so each of its reports
     * counts, while a ship drifting and reporting every few seconds does not flood the grid.
     */
    static final long SIGHTING_INTERVAL_MILLIS = 150_000;

    /** What the monitor produces besides the track's new state. */
    public interface Output extends Consumer<AlertEvent> {
        /** A slow fix, or the end of slowness, for the encounter search. */
        void sighting(EncounterSighting sighting);

        /**
         * The vessel was present in a patrol zone from {@code from} to {@code to} (good fixes
         * inside it; the same time for a single fix), for coverage (docs/coverage.md).
         */
        void presence(String zoneId, long mmsi, long from, long to);

        /** A fix repeated the last good one; {@code lines} input lines made it. */
        void duplicate(int lines);

        /**
         * The track moved to a good fix, {@code previousFixTime} after the last one ({@link
         * PositionReport#UNKNOWN_TIME} for a track's first fix): for drawing where it went.
         */
        default void trackMoved(PositionReport fix, long previousFixTime) {}
    }

    private final DetectorThresholds configured;
    private DetectorThresholds thresholds;
    private TrackFilter filter;
    private final Harbours harbours;
    private ZoneIndex zoneIndex;
    private AlertFactory alerts;
    private ZoneMembershipTracker membership;
    private ChokepointTransitDetector transits;
    private LoiteringDetector loitering;
    private SpeedLimitDetector speedLimits;
    private AisGapDetector gaps;
    private double slowestWatchedKn;
    private Map<String, Zone> zonesById;

    /** Zones of earlier catalogues that the one in force no longer has, by id. */
    private final Map<String, Zone> removedZones = new HashMap<>();

    /** Whether a catalogue has replaced the one this monitor started with. */
    private boolean catalogueReplaced;

    private final PreviousFixZones previousFixZones = new PreviousFixZones();

    public VesselMonitor(ZoneCatalogue catalogue, DetectorThresholds thresholds) {
        this.configured = thresholds;
        this.harbours = Harbours.bundled(thresholds.harbourDistanceMeters());
        judgeBy(catalogue);
    }

    /**
     * Judges each fix from now on by another catalogue: its zones, gates and thresholds. A vessel's
     * visit to a zone the catalogue no longer has ends at its next good fix without a ZONE_EXIT
     * (the vessel did not leave it), closing its open LOITERING or SPEED_ANOMALY there with {@code
     * zoneRemoved}; an entry or exit at a boundary that moved past the vessel between two fixes is
     * marked {@code zoneRedrawn} (docs/detectors.md).
     */
    public void useCatalogue(ZoneCatalogue catalogue) {
        removedZones.putAll(zonesById);
        judgeBy(catalogue);
        removedZones.keySet().removeAll(zonesById.keySet());
        catalogueReplaced = true;
    }

    private void judgeBy(ZoneCatalogue catalogue) {
        thresholds = configured.forCatalogue(catalogue);
        filter = new TrackFilter(thresholds.maxSpeedKn(), thresholds.identityConflictQuietMillis());
        zoneIndex = new ZoneIndex(catalogue);
        alerts = new AlertFactory(catalogue);
        membership = new ZoneMembershipTracker(alerts);
        transits = new ChokepointTransitDetector(new GateIndex(catalogue), alerts);
        loitering = new LoiteringDetector(thresholds, alerts);
        speedLimits = new SpeedLimitDetector(alerts);
        gaps = new AisGapDetector(catalogue, thresholds, alerts);
        zonesById = new HashMap<>();
        double slowest = thresholds.encounterMaxSpeedKn();
        for (Zone zone : catalogue.zones()) {
            zonesById.put(zone.id(), zone);
            slowest = Math.max(slowest, thresholds.loiterMaxSpeedKn(zone));
        }
        slowestWatchedKn = slowest;
    }

    /** Applies one fix of the vessel, in event order. */
    public void apply(VesselTrack track, PositionReport fix, FeedSilences silences, Output out) {
        if (track.isHasFix() && fix.time() - track.getLastTime() >= thresholds.expiryMillis()) {
            // Decided here, in event order, and not by when an expiry timer happens to fire, so
            // that the outcome does not depend on how far each watermark jumps.
            forget(track, fix.mmsi(), silences, out);
        }
        endQuietConflict(track, fix.mmsi(), fix.time(), out);

        boolean hadFix = track.isHasFix();
        long previousTime = track.getLastTime();
        double previousLat = track.getLastLat();
        double previousLon = track.getLastLon();
        long suspectTime = track.getSuspectTime();
        double suspectLat = track.getSuspectLat();
        double suspectLon = track.getSuspectLon();

        switch (filter.apply(track, fix.time(), fix.lat(), fix.lon())) {
            case DUPLICATE -> out.duplicate(fix.inputLines());
            case JUMP -> out.accept(jump(fix, previousTime, previousLat, previousLon, track));
            case SECOND_TRACK -> openConflict(track, fix, previousLat, previousLon, out);
            case ACCEPTED -> {
                out.trackMoved(fix, hadFix ? previousTime : PositionReport.UNKNOWN_TIME);
                if (hadFix) {
                    goodFix(
                            track,
                            fix,
                            previousTime,
                            previousLat,
                            previousLon,
                            previousTime,
                            previousLat,
                            previousLon,
                            silences,
                            out);
                } else {
                    goodFix(
                            track,
                            fix,
                            PositionReport.UNKNOWN_TIME,
                            0,
                            0,
                            PositionReport.UNKNOWN_TIME,
                            0,
                            0,
                            silences,
                            out);
                }
            }
            case REANCHORED -> {
                out.trackMoved(fix, previousTime);
                // The way to the new fix starts at the suspect fix it agreed with; the gap, if
                // any, at the old track's last fix.
                goodFix(
                        track,
                        fix,
                        suspectTime,
                        suspectLat,
                        suspectLon,
                        previousTime,
                        previousLat,
                        previousLon,
                        silences,
                        out);
            }
        }
    }

    /**
     * Event time has reached {@code knownUntil} with no new fix (a timer): opens an AIS gap if one
     * was reached, ends an identity conflict whose second track fell silent.
     */
    public void quiet(
            VesselTrack track, long mmsi, long knownUntil, FeedSilences silences, Output out) {
        gaps.check(track, mmsi, knownUntil, silences, out);
        endQuietConflict(track, mmsi, knownUntil, out);
    }

    /**
     * The event time at which {@link #quiet} could next change something, or {@link Long#MAX_VALUE}
     * if nothing can change before the track expires.
     */
    public long nextQuietCheck(VesselTrack track, FeedSilences silences, long knownUntil) {
        long next = gaps.nextCheck(track, silences, knownUntil);
        if (track.getConflictSince() != VesselTrack.NONE) {
            next =
                    Math.min(
                            next,
                            track.getSuspectTime() + thresholds.identityConflictQuietMillis());
        }
        return next;
    }

    /**
     * Forgets the vessel at its expiry, closing its open duration alerts then. A gap that was
     * reached before is opened first, whether or not a timer noticed it in time.
     */
    public void forget(VesselTrack track, long mmsi, FeedSilences silences, Output out) {
        long time = track.getLastTime() + thresholds.expiryMillis();
        gaps.check(track, mmsi, time, silences, out);
        gaps.forgotten(track, mmsi, time, out);
        endConflict(track, mmsi, out);
        if (!track.getVisits().isEmpty()) {
            PositionReport last =
                    new PositionReport(
                            mmsi,
                            track.getLastTime(),
                            track.getLastLat(),
                            track.getLastLon(),
                            Double.NaN,
                            Double.NaN,
                            -1,
                            -1,
                            0,
                            0,
                            0);
            for (ZoneVisit visit : track.getVisits()) {
                reportPresence(visit, mmsi, out);
                loitering.end(visit, last, out);
                speedLimits.end(visit, zoneOf(visit), last, out);
            }
        }
        track.forget();
    }

    /**
     * A fix that moves the track.
     *
     * @param fromTime start of the way to this fix (the previous good fix, or the suspect fix the
     *     track moved to), or {@link PositionReport#UNKNOWN_TIME} for a track's first fix
     * @param previousTime the track's previous good fix, or {@link PositionReport#UNKNOWN_TIME}
     */
    private void goodFix(
            VesselTrack track,
            PositionReport fix,
            long fromTime,
            double fromLat,
            double fromLon,
            long previousTime,
            double previousLat,
            double previousLon,
            FeedSilences silences,
            Output out) {
        double speedKn = fix.speedKn();
        if (fromTime != PositionReport.UNKNOWN_TIME) {
            gaps.reappeared(
                    track,
                    fix.mmsi(),
                    previousTime,
                    previousLat,
                    previousLon,
                    fix.time(),
                    fix.lat(),
                    fix.lon(),
                    silences,
                    out);
            double segmentMeters = GeoMath.distanceMeters(fromLat, fromLon, fix.lat(), fix.lon());
            if (Double.isNaN(speedKn)) {
                speedKn = GeoMath.knots(segmentMeters, fix.time() - fromTime);
            }
            double odometer = track.getOdometerMeters();
            transits.apply(
                    track,
                    fix.mmsi(),
                    fromTime,
                    fromLat,
                    fromLon,
                    fix.time(),
                    fix.lat(),
                    fix.lon(),
                    odometer,
                    segmentMeters,
                    out);
            track.setOdometerMeters(odometer + segmentMeters);
        }

        List<Zone> zonesNow = zoneIndex.zonesAt(fix.lat(), fix.lon());
        boolean inPort = false;
        String sightingZone = null;
        for (Zone zone : zonesNow) {
            if (zone.kind() == ZoneKind.PORT) {
                inPort = true;
            } else if (sightingZone == null) {
                sightingZone = zone.id();
            }
        }
        // Only a slow vessel can loiter, meet another or lie moored: only then is the harbour list
        // asked.
        if (!inPort && speedKn < slowestWatchedKn && harbours.near(fix.lat(), fix.lon())) {
            inPort = true;
        }
        track.setLastFixInPort(inPort);
        ZoneMembershipTracker.PreviousFix previous = null;
        if (catalogueReplaced) {
            endVisitsOfRemovedZones(track, fix, out);
            if (previousTime != PositionReport.UNKNOWN_TIME) {
                previous = previousFixZones.at(previousLat, previousLon);
            }
        }
        membership.apply(
                track, fix, previousTime, zonesNow, previous, visit -> leave(visit, fix, out), out);
        List<ZoneVisit> visits = track.getVisits();
        for (int i = 0; i < visits.size(); i++) {
            Zone zone = zonesNow.get(i);
            ZoneVisit visit = visits.get(i);
            if (LoiteringDetector.watches(zone)) {
                loitering.apply(visit, zone, fix, speedKn, inPort, out);
            }
            speedLimits.apply(visit, zone, fix, speedKn, out);
        }
        present(visits, zonesNow, fix, out);
        sight(
                track,
                fix,
                speedKn,
                inPort,
                sightingZone == null ? AlertFactory.OPEN_SEA : sightingZone,
                out);
    }

    /**
     * Reports the presence in patrol zones not reported yet: called after each batch of fixes, so
     * coverage learns of a vessel's presence up to its latest fix without a record per fix.
     */
    public void reportPresence(VesselTrack track, long mmsi, Output out) {
        for (ZoneVisit visit : track.getVisits()) {
            reportPresence(visit, mmsi, out);
        }
    }

    /** A good fix inside patrol zones: presence since the last fix inside, if close enough. */
    private void present(
            List<ZoneVisit> visits, List<Zone> zonesNow, PositionReport fix, Output out) {
        for (int i = 0; i < visits.size(); i++) {
            if (zonesNow.get(i).kind() == ZoneKind.PATROL) {
                present(visits.get(i), fix, out);
            }
        }
    }

    private void present(ZoneVisit visit, PositionReport fix, Output out) {
        long last = visit.getLastInsideAt();
        if (last != VesselTrack.NONE
                && fix.time() - last <= thresholds.coverageMaxFixIntervalMillis()) {
            if (visit.getPresentFrom() == VesselTrack.NONE) {
                visit.setPresentFrom(last);
            }
        } else {
            reportPresence(visit, fix.mmsi(), out);
            visit.setPresentFrom(fix.time());
        }
        visit.setLastInsideAt(fix.time());
    }

    private static void reportPresence(ZoneVisit visit, long mmsi, Output out) {
        if (visit.getPresentFrom() != VesselTrack.NONE) {
            out.presence(visit.getZoneId(), mmsi, visit.getPresentFrom(), visit.getLastInsideAt());
            visit.setPresentFrom(VesselTrack.NONE);
        }
    }

    private void leave(ZoneVisit visit, PositionReport fix, Output out) {
        reportPresence(visit, fix.mmsi(), out);
        loitering.end(visit, fix, out);
        speedLimits.end(visit, zoneOf(visit), fix, out);
    }

    /** The zone of a visit, in the catalogue in force or removed from it; null if unknown. */
    private Zone zoneOf(ZoneVisit visit) {
        Zone zone = zonesById.get(visit.getZoneId());
        return zone != null ? zone : removedZones.get(visit.getZoneId());
    }

    /** Ends, without a ZONE_EXIT, the visits to zones the catalogue in force no longer has. */
    private void endVisitsOfRemovedZones(VesselTrack track, PositionReport fix, Output out) {
        List<ZoneVisit> visits = track.getVisits();
        boolean anyRemoved = false;
        for (ZoneVisit visit : visits) {
            anyRemoved |= !zonesById.containsKey(visit.getZoneId());
        }
        if (!anyRemoved) {
            return;
        }
        Consumer<AlertEvent> marked =
                alert -> {
                    alert.details().put("zoneRemoved", "true");
                    out.accept(alert);
                };
        List<ZoneVisit> kept = new ArrayList<>(visits.size());
        for (ZoneVisit visit : visits) {
            if (zonesById.containsKey(visit.getZoneId())) {
                kept.add(visit);
            } else {
                reportPresence(visit, fix.mmsi(), out);
                loitering.end(visit, fix, marked);
                speedLimits.end(visit, zoneOf(visit), fix, marked);
            }
        }
        track.setVisits(kept);
    }

    /**
     * The zones of a vessel's previous good fix as the catalogue in force draws them, looked up
     * only when an entry or exit asks.
     */
    private final class PreviousFixZones implements ZoneMembershipTracker.PreviousFix {
        private double lat;
        private double lon;
        private List<Zone> zones;

        PreviousFixZones at(double lat, double lon) {
            this.lat = lat;
            this.lon = lon;
            zones = null;
            return this;
        }

        @Override
        public boolean inside(String zoneId) {
            if (zones == null) {
                zones = zoneIndex.zonesAt(lat, lon);
            }
            for (Zone zone : zones) {
                if (zone.id().equals(zoneId)) {
                    return true;
                }
            }
            return false;
        }
    }

    private void sight(
            VesselTrack track,
            PositionReport fix,
            double speedKn,
            boolean inPort,
            String zoneId,
            Output out) {
        boolean slow = !inPort && speedKn < thresholds.encounterMaxSpeedKn();
        long reportedAt = track.getSlowReportedAt();
        if (slow) {
            if (reportedAt == VesselTrack.NONE
                    || fix.time() - reportedAt >= SIGHTING_INTERVAL_MILLIS) {
                out.sighting(
                        new EncounterSighting(
                                fix.mmsi(), fix.time(), fix.lat(), fix.lon(), true, zoneId));
                track.setSlowReportedAt(fix.time());
            }
        } else if (reportedAt != VesselTrack.NONE && !Double.isNaN(speedKn)) {
            out.sighting(
                    new EncounterSighting(
                            fix.mmsi(), fix.time(), fix.lat(), fix.lon(), false, zoneId));
            track.setSlowReportedAt(VesselTrack.NONE);
        }
    }

    private AlertEvent jump(
            PositionReport fix, long fromTime, double fromLat, double fromLon, VesselTrack track) {
        double meters = GeoMath.distanceMeters(fromLat, fromLon, fix.lat(), fix.lon());
        Map<String, String> details = AlertFactory.details();
        details.put(
                "impliedSpeedKn",
                AlertFactory.decimal(GeoMath.knots(meters, Math.abs(fix.time() - fromTime))));
        details.put("distanceNm", AlertFactory.decimal(meters / GeoMath.METERS_PER_NAUTICAL_MILE));
        details.put("fromTime", AlertFactory.isoTime(fromTime));
        details.put("fromLat", String.valueOf(fromLat));
        details.put("fromLon", String.valueOf(fromLon));
        return alerts.instant(
                AlertType.POSITION_JUMP,
                Severity.WARNING,
                fix.mmsi(),
                trackZone(track),
                fix.time(),
                fix.lat(),
                fix.lon(),
                details);
    }

    private void openConflict(
            VesselTrack track,
            PositionReport fix,
            double mainLat,
            double mainLon,
            Consumer<AlertEvent> out) {
        if (track.getConflictSince() != VesselTrack.NONE) {
            return;
        }
        track.setConflictSince(track.getSuspectFirstTime());
        out.accept(
                alerts.open(
                        AlertType.IDENTITY_CONFLICT,
                        Severity.CRITICAL,
                        fix.mmsi(),
                        AlertEvent.NO_OTHER_VESSEL,
                        trackZone(track),
                        track.getConflictSince(),
                        fix.lat(),
                        fix.lon(),
                        conflictDetails(mainLat, mainLon, fix.lat(), fix.lon())));
    }

    private void endQuietConflict(
            VesselTrack track, long mmsi, long now, Consumer<AlertEvent> out) {
        if (track.getConflictSince() != VesselTrack.NONE
                && now - track.getSuspectTime() >= thresholds.identityConflictQuietMillis()) {
            endConflict(track, mmsi, out);
        }
    }

    private void endConflict(VesselTrack track, long mmsi, Consumer<AlertEvent> out) {
        if (track.getConflictSince() == VesselTrack.NONE) {
            return;
        }
        out.accept(
                alerts.closed(
                        AlertType.IDENTITY_CONFLICT,
                        Severity.CRITICAL,
                        mmsi,
                        AlertEvent.NO_OTHER_VESSEL,
                        trackZone(track),
                        track.getConflictSince(),
                        track.getSuspectTime(),
                        track.getSuspectLat(),
                        track.getSuspectLon(),
                        null,
                        conflictDetails(
                                track.getLastLat(), track.getLastLon(),
                                track.getSuspectLat(), track.getSuspectLon())));
        track.setConflictSince(VesselTrack.NONE);
        track.setHasSuspect(false);
    }

    private static Map<String, String> conflictDetails(
            double mainLat, double mainLon, double otherLat, double otherLon) {
        Map<String, String> details = AlertFactory.details();
        details.put("otherLat", String.valueOf(otherLat));
        details.put("otherLon", String.valueOf(otherLon));
        details.put(
                "distanceNm",
                AlertFactory.decimal(
                        GeoMath.distanceMeters(mainLat, mainLon, otherLat, otherLon)
                                / GeoMath.METERS_PER_NAUTICAL_MILE));
        return details;
    }

    /** The zone the vessel's track is in (the first), or open sea. */
    private static String trackZone(VesselTrack track) {
        return track.getVisits().isEmpty()
                ? AlertFactory.OPEN_SEA
                : track.getVisits().get(0).getZoneId();
    }
}
