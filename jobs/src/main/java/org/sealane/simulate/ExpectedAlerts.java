package org.sealane.simulate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.sealane.model.PositionReport;
import org.sealane.simulate.Simulator.Report;
import org.sealane.track.GeoMath;
import org.sealane.zones.Gate;
import org.sealane.zones.Harbours;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/**
 * The alerts a simulated scenario must raise under the alert contract (docs/detectors.md), worked
 * out from the simulator's ground truth: the reports it sent (times, positions, reported speeds,
 * which of them are good fixes), the continuous passages behind them, and the faults it planned.
 * None of the pipeline's detectors or its zone index is used: zone membership is JTS {@code covers}
 * on the catalogue's polygons, transits are the passages crossing the gate lines.
 */
public final class ExpectedAlerts {

    static final double SLOW_KN = 2.0;
    static final long LOITER_MINUTES = 120;
    static final long GAP_MINUTES_IN_ZONE = 60;
    static final long GAP_MINUTES_ELSEWHERE = 360;
    static final long FEED_SILENCE_MILLIS = 10 * 60_000L;
    static final double ENCOUNTER_METERS = 500;
    static final long ENCOUNTER_MINUTES = 120;
    static final long ENCOUNTER_PARTNER_MAX_AGE_MILLIS = 10 * 60_000L;
    static final long ENCOUNTER_END_MILLIS = 15 * 60_000L;
    static final long CONFLICT_END_MILLIS = 60 * 60_000L;

    /** Step at which passages are followed for gate crossings. */
    static final long CROSSING_STEP_MILLIS = 10_000L;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final List<Zone> zones;
    private final List<PreparedGeometry> areas = new ArrayList<>();
    private final List<ExpectedAlert> alerts = new ArrayList<>();
    private final Simulator.Simulation simulation;
    private final List<long[]> feedSilences = new ArrayList<>();
    private long feedEnd;

    private ExpectedAlerts(Simulator.Simulation simulation, ZoneCatalogue catalogue) {
        this.simulation = simulation;
        this.zones = catalogue.zones();
        for (Zone zone : zones) {
            areas.add(PreparedGeometryFactory.prepare(zone.area()));
        }
    }

    /** The expected alerts, by start time, then vessel, type and zone. */
    public static List<ExpectedAlert> of(Simulator.Simulation simulation, ZoneCatalogue catalogue) {
        ExpectedAlerts oracle = new ExpectedAlerts(simulation, catalogue);
        oracle.predict();
        oracle.alerts.sort(
                Comparator.comparing(ExpectedAlert::startTime)
                        .thenComparingLong(ExpectedAlert::mmsi)
                        .thenComparing(ExpectedAlert::type)
                        .thenComparing(ExpectedAlert::zoneId)
                        .thenComparing(a -> String.valueOf(a.direction())));
        return List.copyOf(oracle.alerts);
    }

    private void predict() {
        List<Report> reports = simulation.reports();
        if (reports.isEmpty()) {
            return;
        }
        long previous = reports.get(0).fix().time();
        for (Report report : reports) {
            long time = report.fix().time();
            if (time - previous > FEED_SILENCE_MILLIS) {
                feedSilences.add(new long[] {previous, time});
            }
            previous = time;
        }
        feedEnd = previous;
        Map<Long, List<Report>> goodByVessel = new LinkedHashMap<>();
        for (Report report : reports) {
            if (report.good()) {
                goodByVessel
                        .computeIfAbsent(report.fix().mmsi(), m -> new ArrayList<>())
                        .add(report);
            } else if (!report.vessel().isClone()) {
                alerts.add(instant("POSITION_JUMP", report, zoneIdAt(report.fix())));
            }
        }
        for (List<Report> fixes : goodByVessel.values()) {
            List<List<Zone>> zonesAt = new ArrayList<>();
            for (Report fix : fixes) {
                zonesAt.add(zonesAt(fix.fix()));
            }
            entriesAndExits(fixes, zonesAt);
            loitering(fixes, zonesAt);
            speeding(fixes, zonesAt);
            gaps(fixes, zonesAt);
            transits(fixes);
        }
        encounters(reports);
        identityConflicts(reports);
    }

    private void entriesAndExits(List<Report> fixes, List<List<Zone>> zonesAt) {
        List<Zone> before = List.of();
        for (int i = 0; i < fixes.size(); i++) {
            List<Zone> now = zonesAt.get(i);
            for (Zone zone : before) {
                if (!now.contains(zone)) {
                    alerts.add(instant("ZONE_EXIT", fixes.get(i), zone.id()));
                }
            }
            for (Zone zone : now) {
                if (!before.contains(zone)) {
                    alerts.add(instant("ZONE_ENTRY", fixes.get(i), zone.id()));
                }
            }
            before = now;
        }
    }

    /** Runs of slow fixes in a chokepoint or patrol zone, none in a port. */
    private void loitering(List<Report> fixes, List<List<Zone>> zonesAt) {
        for (Zone zone : zones) {
            if (zone.kind() != ZoneKind.CHOKEPOINT && zone.kind() != ZoneKind.PATROL) {
                continue;
            }
            double maxSpeed = zone.threshold("loiterMaxSpeedKn", SLOW_KN);
            long minutes = (long) zone.threshold("loiterMinutes", LOITER_MINUTES);
            Report first = null;
            boolean reached = false;
            for (int i = 0; i < fixes.size(); i++) {
                Report fix = fixes.get(i);
                List<Zone> here = zonesAt.get(i);
                boolean slow =
                        here.contains(zone)
                                && fix.fix().speedKn() < maxSpeed
                                && !inPort(here, fix.fix());
                if (slow) {
                    if (first == null) {
                        first = fix;
                    }
                    reached |= fix.fix().time() - first.fix().time() >= minutes * 60_000;
                } else {
                    if (reached) {
                        alerts.add(span("LOITERING", first, fix, zone.id()));
                    }
                    first = null;
                    reached = false;
                }
            }
            if (reached) {
                alerts.add(span("LOITERING", first, null, zone.id()));
            }
        }
    }

    /** Runs of fixes faster than a zone's {@code maxSpeedKn}, in zones that set one. */
    private void speeding(List<Report> fixes, List<List<Zone>> zonesAt) {
        for (Zone zone : zones) {
            Double limit = zone.thresholds().get("maxSpeedKn");
            if (limit == null) {
                continue;
            }
            Report first = null;
            for (int i = 0; i < fixes.size(); i++) {
                Report fix = fixes.get(i);
                boolean fast = zonesAt.get(i).contains(zone) && fix.fix().speedKn() > limit;
                if (fast && first == null) {
                    first = fix;
                } else if (!fast && first != null) {
                    alerts.add(span("SPEED_ANOMALY", first, fix, zone.id()));
                    first = null;
                }
            }
            if (first != null) {
                alerts.add(span("SPEED_ANOMALY", first, null, zone.id()));
            }
        }
    }

    /**
     * Silences of a vessel longer than its gap threshold in live feed time: time not within a
     * silence of the whole feed longer than 10 minutes (the end of the input is one).
     */
    private void gaps(List<Report> fixes, List<List<Zone>> zonesAt) {
        for (int i = 0; i < fixes.size(); i++) {
            Report last = fixes.get(i);
            Report next = i + 1 < fixes.size() ? fixes.get(i + 1) : null;
            long from = last.fix().time();
            long until = next != null ? next.fix().time() : feedEnd;
            Zone watched = null;
            long threshold = GAP_MINUTES_ELSEWHERE;
            for (Zone zone : zonesAt.get(i)) {
                long minutes = (long) zone.threshold("gapMinutes", GAP_MINUTES_IN_ZONE);
                if ((zone.kind() == ZoneKind.CHOKEPOINT || zone.kind() == ZoneKind.PATROL)
                        && (watched == null || minutes < threshold)) {
                    watched = zone;
                    threshold = minutes;
                }
            }
            if (liveMillis(from, until) < threshold * 60_000) {
                continue;
            }
            // A ship silent in port is not dark unless it turns up elsewhere.
            if (lyingInPort(zonesAt.get(i), last.fix())
                    && (next == null
                            || GeoMath.distanceMeters(
                                            last.fix().lat(),
                                            last.fix().lon(),
                                            next.fix().lat(),
                                            next.fix().lon())
                                    <= HARBOUR_METERS)) {
                continue;
            }
            String zoneId;
            if (watched != null) {
                zoneId = watched.id();
            } else if (!zonesAt.get(i).isEmpty()) {
                zoneId = zonesAt.get(i).get(0).id();
            } else {
                zoneId = ExpectedAlert.OPEN_SEA;
            }
            alerts.add(span("AIS_GAP", last, next, zoneId));
        }
    }

    private long liveMillis(long from, long until) {
        long live = until - from;
        for (long[] silence : feedSilences) {
            live -= Math.max(0, Math.min(until, silence[1]) - Math.max(from, silence[0]));
        }
        return live;
    }

    /** The genuine passage crossing one gate of a chokepoint and then the other. */
    private void transits(List<Report> fixes) {
        Passage passage = fixes.get(0).vessel().passage();
        long from = fixes.get(0).fix().time();
        long until = fixes.get(fixes.size() - 1).fix().time();
        Map<String, String> lastGate = new HashMap<>();
        Map<String, Long> lastCrossing = new HashMap<>();
        LatLon here = passage.at(from).position();
        for (long t = from; t < until; t += CROSSING_STEP_MILLIS) {
            long next = Math.min(until, t + CROSSING_STEP_MILLIS);
            LatLon there = passage.at(next).position();
            if (Math.abs(there.lon() - here.lon()) < 180) {
                LineString step =
                        GEOMETRY.createLineString(
                                new Coordinate[] {
                                    new Coordinate(here.lon(), here.lat()),
                                    new Coordinate(there.lon(), there.lat())
                                });
                Envelope envelope = step.getEnvelopeInternal();
                for (Zone zone : zones) {
                    for (Gate gate : zone.gates()) {
                        if (gate.line().getEnvelopeInternal().intersects(envelope)
                                && gate.line().intersects(step)) {
                            long crossing = (t + next) / 2 / 1000 * 1000;
                            String previous = lastGate.put(zone.id(), gate.end());
                            Long since = lastCrossing.put(zone.id(), crossing);
                            if (previous != null && !previous.equals(gate.end())) {
                                alerts.add(
                                        transit(
                                                fixes,
                                                zone,
                                                previous + "->" + gate.end(),
                                                since,
                                                crossing));
                            }
                        }
                    }
                }
            }
            here = there;
        }
    }

    private ExpectedAlert transit(
            List<Report> fixes, Zone zone, String direction, long from, long until) {
        long tolerance = Math.max(toleranceAt(fixes, from), toleranceAt(fixes, until));
        return new ExpectedAlert(
                "CHOKEPOINT_TRANSIT",
                "CLOSED",
                fixes.get(0).fix().mmsi(),
                null,
                zone.id(),
                direction,
                Instant.ofEpochMilli(from),
                Instant.ofEpochMilli(until),
                tolerance / 1000);
    }

    /** The tolerance of the last good fix at or before {@code time}. */
    private static long toleranceAt(List<Report> fixes, long time) {
        long tolerance = fixes.get(0).toleranceMillis();
        for (Report fix : fixes) {
            if (fix.fix().time() > time) {
                break;
            }
            tolerance = fix.toleranceMillis();
        }
        return tolerance;
    }

    /**
     * Pairs of slow vessels outside ports, each slow fix of one within 500 m of the other's latest
     * slow fix (at most 10 minutes older, and not followed by a fast one), for 120 minutes; a run
     * ends after 15 minutes without such an observation.
     */
    private void encounters(List<Report> reports) {
        Map<Long, Report> latestSlow = new LinkedHashMap<>();
        Map<String, EncounterRun> runs = new LinkedHashMap<>();
        for (Report report : reports) {
            PositionReport fix = report.fix();
            if (!report.good()) {
                continue;
            }
            if (fix.speedKn() >= SLOW_KN || inPort(zonesAt(fix), fix)) {
                // Under way again, or in port: no longer a party to a meeting.
                latestSlow.remove(fix.mmsi());
                continue;
            }
            for (Report other : latestSlow.values()) {
                PositionReport o = other.fix();
                if (o.mmsi() == fix.mmsi()
                        || fix.time() - o.time() > ENCOUNTER_PARTNER_MAX_AGE_MILLIS
                        || GeoMath.distanceMeters(fix.lat(), fix.lon(), o.lat(), o.lon())
                                > ENCOUNTER_METERS) {
                    continue;
                }
                Report lower = fix.mmsi() < o.mmsi() ? report : other;
                Report higher = lower == report ? other : report;
                String pair = lower.fix().mmsi() + "/" + higher.fix().mmsi();
                EncounterRun run = runs.get(pair);
                if (run != null && fix.time() - run.last.fix().time() > ENCOUNTER_END_MILLIS) {
                    encounter(run, false);
                    run = null;
                }
                if (run == null) {
                    run = new EncounterRun(lower, higher.fix().mmsi(), report);
                    runs.put(pair, run);
                }
                run.last = report;
            }
            latestSlow.put(fix.mmsi(), report);
        }
        for (EncounterRun run : runs.values()) {
            encounter(run, feedEnd - run.last.fix().time() <= ENCOUNTER_END_MILLIS);
        }
    }

    /** Close observations of one pair, from the first to the latest. */
    private static final class EncounterRun {
        final Report lowerAtStart;
        final long higherMmsi;
        final Report first;
        Report last;

        EncounterRun(Report lowerAtStart, long higherMmsi, Report first) {
            this.lowerAtStart = lowerAtStart;
            this.higherMmsi = higherMmsi;
            this.first = first;
            this.last = first;
        }
    }

    private void encounter(EncounterRun run, boolean stillOpen) {
        long first = run.first.fix().time();
        long last = run.last.fix().time();
        if (last - first < ENCOUNTER_MINUTES * 60_000) {
            return;
        }
        alerts.add(
                new ExpectedAlert(
                        "ENCOUNTER",
                        stillOpen ? "OPEN" : "CLOSED",
                        run.lowerAtStart.fix().mmsi(),
                        run.higherMmsi,
                        zoneIdAt(run.lowerAtStart.fix()),
                        null,
                        Instant.ofEpochMilli(first),
                        stillOpen ? null : Instant.ofEpochMilli(last),
                        Math.max(run.first.toleranceMillis(), run.last.toleranceMillis()) / 1000));
    }

    /**
     * A second transmitter with a genuine vessel's MMSI: its first fix is a position jump and opens
     * the conflict, which closes 60 minutes after its last fix.
     */
    private void identityConflicts(List<Report> reports) {
        Map<VesselPlan, Report[]> clones = new LinkedHashMap<>();
        for (Report report : reports) {
            if (report.vessel().isClone()) {
                Report[] span =
                        clones.computeIfAbsent(report.vessel(), v -> new Report[] {report, report});
                span[1] = report;
            }
        }
        for (Report[] span : clones.values()) {
            alerts.add(instant("POSITION_JUMP", span[0], zoneIdAt(span[0].fix())));
            boolean closed = feedEnd - span[1].fix().time() >= CONFLICT_END_MILLIS;
            alerts.add(
                    span(
                            "IDENTITY_CONFLICT",
                            span[0],
                            closed ? span[1] : null,
                            zoneIdAt(span[0].fix())));
        }
    }

    private List<Zone> zonesAt(PositionReport fix) {
        Point point = GEOMETRY.createPoint(new Coordinate(fix.lon(), fix.lat()));
        List<Zone> inside = new ArrayList<>(2);
        for (int i = 0; i < zones.size(); i++) {
            if (areas.get(i).covers(point)) {
                inside.add(zones.get(i));
            }
        }
        return inside;
    }

    private String zoneIdAt(PositionReport fix) {
        List<Zone> inside = zonesAt(fix);
        return inside.isEmpty() ? ExpectedAlert.OPEN_SEA : inside.get(0).id();
    }

    /** In a port zone, or within 10 km of a harbour or anchorage of the bundled list. */
    private static boolean inPort(List<Zone> here, PositionReport fix) {
        return inPortZone(here) || nearHarbour(fix);
    }

    /** In a port zone, or slow and near a harbour: where a ship lies with its AIS off. */
    private static boolean lyingInPort(List<Zone> here, PositionReport fix) {
        return inPortZone(here) || (fix.speedKn() < SLOW_KN && nearHarbour(fix));
    }

    private static boolean inPortZone(List<Zone> here) {
        for (Zone zone : here) {
            if (zone.kind() == ZoneKind.PORT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Within 10 km of a harbour or anchorage of the bundled list (docs/detectors.md), measured here
     * point by point over the whole list. A harbour more than 10 km north or south is skipped
     * unmeasured: no way to it is shorter than the way along the meridian.
     */
    private static boolean nearHarbour(PositionReport fix) {
        for (double[] harbour : HarbourList.POINTS) {
            if (Math.abs(fix.lat() - harbour[0]) > HARBOUR_LATITUDE_DEGREES) {
                continue;
            }
            if (GeoMath.distanceMeters(fix.lat(), fix.lon(), harbour[0], harbour[1])
                    <= HARBOUR_METERS) {
                return true;
            }
        }
        return false;
    }

    static final double HARBOUR_METERS = 10_000;

    /** {@link #HARBOUR_METERS} along a meridian, in degrees, with a margin for rounding. */
    static final double HARBOUR_LATITUDE_DEGREES =
            Math.toDegrees(HARBOUR_METERS / GeoMath.EARTH_RADIUS_M) * 1.001;

    /** The bundled harbour lists, read once. */
    private static final class HarbourList {
        static final List<double[]> POINTS = Harbours.bundledPoints();
    }

    private static ExpectedAlert instant(String type, Report at, String zoneId) {
        Instant time = Instant.ofEpochMilli(at.fix().time());
        return new ExpectedAlert(
                type,
                "CLOSED",
                at.fix().mmsi(),
                null,
                zoneId,
                null,
                time,
                time,
                at.toleranceMillis() / 1000);
    }

    /** A duration alert from one report to another, or still open when {@code end} is null. */
    private static ExpectedAlert span(String type, Report start, Report end, String zoneId) {
        long tolerance = start.toleranceMillis();
        if (end != null) {
            tolerance = Math.max(tolerance, end.toleranceMillis());
        }
        return new ExpectedAlert(
                type,
                end == null ? "OPEN" : "CLOSED",
                start.fix().mmsi(),
                null,
                zoneId,
                null,
                Instant.ofEpochMilli(start.fix().time()),
                end == null ? null : Instant.ofEpochMilli(end.fix().time()),
                tolerance / 1000);
    }
}
