package org.sealane.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sealane.ais.NmeaLineDecoder;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.input.RecordedOutput;
import org.sealane.model.PositionReport;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/**
 * The coverage contract (docs/coverage.md) worked out again, slowly and plainly, for tests: from a
 * scenario's fixes, the roster, the patrol zones and the alerts a replay raised, every
 * CoverageMetric the replay must write and every COVERAGE_GAP it must raise. Deliberately unlike
 * the production code: whole fix lists in memory, integer milliseconds, JTS {@code covers} on the
 * catalogue's polygons one point at a time, and one sweep over the sorted ends of the presence
 * intervals per zone and window.
 *
 * <p>Its reading of the contract, where the contract leaves room:
 *
 * <ul>
 *   <li>Good fixes are the decoded positions with a time, one per vessel and time (the first one
 *       read), in time order; the scenarios it is used on have no position jumps or cloned
 *       identities, which the track filter would also drop.
 *   <li>A fix on a zone's boundary is inside ({@code covers}); so is an alert's position, also when
 *       it is off the boundary by rounding only (see {@link PatrolZone#holds}).
 *   <li>Presence needs two fixes: a lone fix inside a zone counts for {@code distinctAssets} and
 *       {@code trafficVessels}, not for presence or for closing a coverage gap.
 *   <li>A day summary divides by the whole day (24 hours), also on the first and last day of a feed
 *       that covers only part of them.
 *   <li>{@code transits} counts each transit alert once (by {@code alertId}); {@code alerts} counts
 *       events by type, vessels and start time, so an alert's OPEN and CLOSED lines, or the same
 *       event reported for a chokepoint and a patrol zone, count once.
 *   <li>A coverage gap starts where a stretch of the zone's covered time ends (the union of the
 *       roster's presence intervals, intervals that touch joined) and ends where the next starts;
 *       it is raised when that stretch of uncovered time is longer than the zone's threshold, and
 *       left open when the end of the minute of the feed's last position comes more than the
 *       threshold after the last presence. Its vessel is the one whose presence ended the covered
 *       stretch before it (the lowest MMSI on a tie), {@code resumedBy} the one whose presence
 *       began the next (likewise).
 * </ul>
 */
public final class CoverageBruteForce {

    static final long MINUTE = 60_000L;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    /** {@code coverage.window}. */
    static final long WINDOW = HOUR;

    /** {@code coverage.max-fix-interval}. */
    static final long MAX_FIX_INTERVAL = 60 * MINUTE;

    /** {@code coverage.gap}, for zones without {@code coverageMaxGapMinutes}. */
    static final long DEFAULT_GAP = 4 * HOUR;

    /** Alert types that {@code alerts} does not count. */
    static final Set<String> NOT_COUNTED_AS_ALERTS =
            Set.of("ZONE_ENTRY", "ZONE_EXIT", "CHOKEPOINT_TRANSIT", "COVERAGE_GAP");

    /** How far off a zone's edge an alert position computed on it may be (about 0.1 mm). */
    static final double ROUNDING_DEGREES = 1e-9;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A patrol zone.
     *
     * @param area its polygons in lon/lat, longitudes in [-180, 180] (a zone across the
     *     antimeridian is its two sides, as the catalogue stores it)
     * @param maxGapMillis how long it may be uncovered before a COVERAGE_GAP
     */
    public record PatrolZone(String id, Geometry area, long maxGapMillis) {

        boolean covers(double lat, double lon) {
            return area.covers(GEOMETRY.createPoint(new Coordinate(lon, lat)));
        }

        /**
         * Whether an alert's position lies in the zone: inside, on its boundary, or off it by no
         * more than rounding. A transit's position is computed on the gate line, and the gates of
         * the bundled catalogue's chokepoints are the edges of the patrol zones beyond them
         * (Bab-el-Mandeb's northern gate is red-sea-south's southern edge): a transit into the zone
         * counts, whichever side of the edge floating point put its crossing.
         */
        boolean holds(Alert alert) {
            Geometry point = GEOMETRY.createPoint(new Coordinate(alert.lon(), alert.lat()));
            return area.covers(point) || area.isWithinDistance(point, ROUNDING_DEGREES);
        }
    }

    /** One good fix. */
    public record Fix(long mmsi, long time, double lat, double lon) {}

    /** One line of {@code alerts.jsonl}, the fields coverage reads. */
    public record Alert(
            String alertId,
            String type,
            String state,
            long mmsi,
            Long otherMmsi,
            String zoneId,
            long startTime,
            Long endTime,
            double lat,
            double lon,
            Map<String, String> details) {}

    /**
     * A CoverageMetric (DESIGN 3.4); times in epoch milliseconds, nations in alphabetical order.
     */
    public record Metric(
            String zoneId,
            long windowStart,
            long windowEnd,
            double coveredFraction,
            double assetMinutes,
            Map<String, Double> assetMinutesByNation,
            int distinctAssets,
            int trafficVessels,
            int transits,
            int alerts,
            double uncoveredTrafficMinutes) {

        /** Zone, window start and window end: what identifies the window. */
        public String window() {
            return zoneId
                    + " "
                    + Instant.ofEpochMilli(windowStart)
                    + ".."
                    + Instant.ofEpochMilli(windowEnd);
        }

        /** Reads a line of {@code coverage.jsonl} (or of a hand-written expected file). */
        public static Metric parse(String jsonLine) {
            JsonNode json = readTree(jsonLine);
            Map<String, Double> nations = new TreeMap<>();
            json.get("assetMinutesByNation")
                    .fields()
                    .forEachRemaining(e -> nations.put(e.getKey(), e.getValue().asDouble()));
            return new Metric(
                    json.get("zoneId").asText(),
                    Instant.parse(json.get("windowStart").asText()).toEpochMilli(),
                    Instant.parse(json.get("windowEnd").asText()).toEpochMilli(),
                    json.get("coveredFraction").asDouble(),
                    json.get("assetMinutes").asDouble(),
                    nations,
                    json.get("distinctAssets").asInt(),
                    json.get("trafficVessels").asInt(),
                    json.get("transits").asInt(),
                    json.get("alerts").asInt(),
                    json.get("uncoveredTrafficMinutes").asDouble());
        }

        /**
         * The differences from {@code other} beyond {@code tolerance}, one a line; empty if none.
         */
        public List<String> differences(Metric other, double tolerance) {
            List<String> out = new ArrayList<>();
            differs(out, "coveredFraction", coveredFraction, other.coveredFraction, tolerance);
            differs(out, "assetMinutes", assetMinutes, other.assetMinutes, tolerance);
            Set<String> nations = new HashSet<>(assetMinutesByNation.keySet());
            nations.addAll(other.assetMinutesByNation.keySet());
            for (String nation : nations.stream().sorted().toList()) {
                Double mine = assetMinutesByNation.get(nation);
                Double theirs = other.assetMinutesByNation.get(nation);
                if (mine == null || theirs == null) {
                    out.add("assetMinutesByNation." + nation + ": " + mine + " vs " + theirs);
                } else {
                    differs(out, "assetMinutesByNation." + nation, mine, theirs, tolerance);
                }
            }
            differs(out, "distinctAssets", distinctAssets, other.distinctAssets, 0);
            differs(out, "trafficVessels", trafficVessels, other.trafficVessels, 0);
            differs(out, "transits", transits, other.transits, 0);
            differs(out, "alerts", alerts, other.alerts, 0);
            differs(
                    out,
                    "uncoveredTrafficMinutes",
                    uncoveredTrafficMinutes,
                    other.uncoveredTrafficMinutes,
                    tolerance);
            return out;
        }

        private static void differs(
                List<String> out, String field, double mine, double theirs, double tolerance) {
            if (!(Math.abs(mine - theirs) <= tolerance)) {
                out.add(field + ": " + mine + " vs " + theirs);
            }
        }

        /** As a line of {@code coverage.jsonl}. */
        public String toJson() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("zoneId", zoneId);
            fields.put("windowStart", Instant.ofEpochMilli(windowStart).toString());
            fields.put("windowEnd", Instant.ofEpochMilli(windowEnd).toString());
            fields.put("coveredFraction", coveredFraction);
            fields.put("assetMinutes", assetMinutes);
            fields.put("assetMinutesByNation", assetMinutesByNation);
            fields.put("distinctAssets", distinctAssets);
            fields.put("trafficVessels", trafficVessels);
            fields.put("transits", transits);
            fields.put("alerts", alerts);
            fields.put("uncoveredTrafficMinutes", uncoveredTrafficMinutes);
            try {
                return JSON.writeValueAsString(fields);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A COVERAGE_GAP.
     *
     * @param startTime when the zone was last covered
     * @param endTime when a roster vessel was present again, or null while open
     * @param mmsi the last roster vessel present
     * @param resumedBy the roster vessel present again, or null while open
     */
    public record Gap(String zoneId, long startTime, Long endTime, long mmsi, Long resumedBy) {

        @Override
        public String toString() {
            return String.format(
                    "COVERAGE_GAP %s %s .. %s mmsi %d resumedBy %s",
                    zoneId,
                    Instant.ofEpochMilli(startTime),
                    endTime == null ? "open" : Instant.ofEpochMilli(endTime),
                    mmsi,
                    resumedBy);
        }
    }

    /** What a replay must write: metrics in the file's order, and the gaps by zone and start. */
    public record Coverage(List<Metric> metrics, List<Gap> gaps) {}

    /** A closed presence interval [start, end] of one vessel in one zone. */
    private record Presence(long mmsi, long start, long end) {}

    private CoverageBruteForce() {}

    /** The patrol zones of a catalogue, with their gap thresholds. */
    public static List<PatrolZone> patrolZones(ZoneCatalogue catalogue) {
        List<PatrolZone> zones = new ArrayList<>();
        for (Zone zone : catalogue.zones()) {
            if (zone.kind() == ZoneKind.PATROL) {
                double minutes = zone.threshold("coverageMaxGapMinutes", DEFAULT_GAP / MINUTE);
                zones.add(new PatrolZone(zone.id(), zone.area(), Math.round(minutes * MINUTE)));
            }
        }
        return zones;
    }

    /** The positions of an NMEA file, decoded as the replay decodes them; those with a time. */
    public static List<Fix> readNmea(Path file) {
        NmeaLineDecoder decoder = new NmeaLineDecoder();
        RecordedOutput out = new RecordedOutput();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            for (int i = 0; i < lines.size(); i++) {
                decoder.decode(lines.get(i), i, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        decoder.finish(out);
        List<Fix> fixes = new ArrayList<>();
        for (PositionReport p : out.positions) {
            if (p.hasTime()) {
                fixes.add(new Fix(p.mmsi(), p.time(), p.lat(), p.lon()));
            }
        }
        return fixes;
    }

    /** The lines of an {@code alerts.jsonl}. */
    public static List<Alert> readAlerts(Path file) {
        List<Alert> alerts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode json = readTree(line);
                Map<String, String> details = new TreeMap<>();
                json.path("details")
                        .fields()
                        .forEachRemaining(e -> details.put(e.getKey(), e.getValue().asText()));
                alerts.add(
                        new Alert(
                                json.get("alertId").asText(),
                                json.get("type").asText(),
                                json.get("state").asText(),
                                json.get("mmsi").asLong(),
                                json.get("otherMmsi").isNull()
                                        ? null
                                        : json.get("otherMmsi").asLong(),
                                json.get("zoneId").asText(),
                                Instant.parse(json.get("startTime").asText()).toEpochMilli(),
                                json.get("endTime").isNull()
                                        ? null
                                        : Instant.parse(json.get("endTime").asText())
                                                .toEpochMilli(),
                                json.get("lat").asDouble(),
                                json.get("lon").asDouble(),
                                details));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return alerts;
    }

    private static JsonNode readTree(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object: " + line, e);
        }
    }

    /**
     * Coverage of every patrol zone, hourly and by UTC day, from the window of the feed's first
     * position to the window of its last, and the gaps.
     *
     * @param positions every position of the feed, in any order, duplicates included
     * @param alerts the alerts the replay raised ({@code transits} and {@code alerts} count them)
     */
    public static Coverage compute(
            List<Fix> positions,
            List<PatrolZone> zones,
            TaskForceRoster roster,
            List<Alert> alerts) {
        Map<Long, TreeMap<Long, Fix>> tracks = new TreeMap<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Fix fix : positions) {
            tracks.computeIfAbsent(fix.mmsi(), m -> new TreeMap<>()).putIfAbsent(fix.time(), fix);
            first = Math.min(first, fix.time());
            last = Math.max(last, fix.time());
        }
        List<Metric> metrics = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        if (tracks.isEmpty()) {
            return new Coverage(metrics, gaps);
        }
        List<long[]> windows = new ArrayList<>();
        for (long start = Math.floorDiv(first, WINDOW) * WINDOW; start <= last; start += WINDOW) {
            windows.add(new long[] {start, start + WINDOW});
        }
        for (long start = Math.floorDiv(first, DAY) * DAY; start <= last; start += DAY) {
            windows.add(new long[] {start, start + DAY});
        }
        // The file's order: zone, then window start, then window length.
        windows.sort(
                Comparator.comparingLong((long[] w) -> w[0]).thenComparingLong(w -> w[1] - w[0]));
        List<PatrolZone> byId = new ArrayList<>(zones);
        byId.sort(Comparator.comparing(PatrolZone::id));
        for (PatrolZone zone : byId) {
            List<Presence> presences = new ArrayList<>();
            List<Fix> inside = new ArrayList<>();
            for (TreeMap<Long, Fix> track : tracks.values()) {
                Fix previous = null;
                boolean previousInside = false;
                for (Fix fix : track.values()) {
                    boolean in = zone.covers(fix.lat(), fix.lon());
                    if (in) {
                        inside.add(fix);
                    }
                    if (in && previousInside && fix.time() - previous.time() <= MAX_FIX_INTERVAL) {
                        presences.add(new Presence(fix.mmsi(), previous.time(), fix.time()));
                    }
                    previous = fix;
                    previousInside = in;
                }
            }
            for (long[] window : windows) {
                metrics.add(metric(zone, window[0], window[1], presences, inside, roster, alerts));
            }
            // The end of the input is known to the minute: the end of its last position's minute.
            gaps.addAll(
                    gaps(zone, presences, roster, Math.floorDiv(last, MINUTE) * MINUTE + MINUTE));
        }
        return new Coverage(metrics, gaps);
    }

    private static Metric metric(
            PatrolZone zone,
            long start,
            long end,
            List<Presence> presences,
            List<Fix> inside,
            TaskForceRoster roster,
            List<Alert> alerts) {
        // Each presence clipped to the window, as two events: +1 at its start, -1 at its end.
        List<long[]> events = new ArrayList<>(); // {time, +1 or -1, 1 for roster, 0 for traffic}
        Map<String, Long> nationMillis = new TreeMap<>();
        long assetMillis = 0;
        Set<Long> assets = new HashSet<>();
        Set<Long> traffic = new HashSet<>();
        for (Presence p : presences) {
            long from = Math.max(p.start(), start);
            long until = Math.min(p.end(), end);
            if (until <= from) {
                continue;
            }
            String nation = roster.nationOf(p.mmsi());
            long isRoster = nation != null ? 1 : 0;
            events.add(new long[] {from, 1, isRoster});
            events.add(new long[] {until, -1, isRoster});
            if (nation != null) {
                assetMillis += until - from;
                nationMillis.merge(nation, until - from, Long::sum);
                assets.add(p.mmsi());
            } else {
                traffic.add(p.mmsi());
            }
        }
        for (Fix fix : inside) {
            if (fix.time() >= start && fix.time() < end) {
                (roster.nationOf(fix.mmsi()) != null ? assets : traffic).add(fix.mmsi());
            }
        }
        // Sweep: between two consecutive event times the counts of present roster and traffic
        // vessels are constant.
        events.sort(Comparator.comparingLong((long[] e) -> e[0]));
        long covered = 0;
        long uncoveredTraffic = 0;
        long rosterPresent = 0;
        long trafficPresent = 0;
        long previous = start;
        for (long[] event : events) {
            long span = event[0] - previous;
            if (rosterPresent > 0) {
                covered += span;
            } else {
                uncoveredTraffic += trafficPresent * span;
            }
            if (event[2] == 1) {
                rosterPresent += event[1];
            } else {
                trafficPresent += event[1];
            }
            previous = event[0];
        }

        int transits = 0;
        Set<String> transitIds = new HashSet<>();
        Set<String> alertEvents = new HashSet<>();
        for (Alert alert : alerts) {
            if (alert.type().equals("CHOKEPOINT_TRANSIT")) {
                if (alert.endTime() != null
                        && alert.endTime() >= start
                        && alert.endTime() < end
                        && zone.holds(alert)
                        && transitIds.add(alert.alertId())) {
                    transits++;
                }
            } else if (!NOT_COUNTED_AS_ALERTS.contains(alert.type())
                    && alert.startTime() >= start
                    && alert.startTime() < end
                    && zone.holds(alert)) {
                alertEvents.add(
                        alert.type()
                                + "|"
                                + alert.mmsi()
                                + "|"
                                + alert.otherMmsi()
                                + "|"
                                + alert.startTime());
            }
        }
        Map<String, Double> nationMinutes = new TreeMap<>();
        nationMillis.forEach(
                (nation, millis) -> nationMinutes.put(nation, millis / (double) MINUTE));
        return new Metric(
                zone.id(),
                start,
                end,
                covered / (double) (end - start),
                assetMillis / (double) MINUTE,
                nationMinutes,
                assets.size(),
                traffic.size(),
                transits,
                alertEvents.size(),
                uncoveredTraffic / (double) MINUTE);
    }

    /**
     * The zone's coverage gaps: the stretches between the covered stretches (the union of the
     * roster's presence intervals) longer than the zone's threshold, after the first presence.
     */
    private static List<Gap> gaps(
            PatrolZone zone, List<Presence> presences, TaskForceRoster roster, long feedEnd) {
        List<Presence> assets = new ArrayList<>();
        for (Presence p : presences) {
            if (roster.nationOf(p.mmsi()) != null) {
                assets.add(p);
            }
        }
        // By start; a stretch runs on while the next interval starts at or before its end.
        assets.sort(Comparator.comparingLong(Presence::start).thenComparingLong(Presence::mmsi));
        List<Gap> gaps = new ArrayList<>();
        int i = 0;
        Presence lastCovering = null;
        while (i < assets.size()) {
            Presence opening = assets.get(i);
            long stretchEnd = opening.end();
            Presence ending = opening;
            i++;
            while (i < assets.size() && assets.get(i).start() <= stretchEnd) {
                Presence p = assets.get(i);
                if (p.end() > stretchEnd || (p.end() == stretchEnd && p.mmsi() < ending.mmsi())) {
                    stretchEnd = Math.max(stretchEnd, p.end());
                    ending = p;
                }
                i++;
            }
            if (lastCovering != null
                    && opening.start() - lastCovering.end() > zone.maxGapMillis()) {
                gaps.add(
                        new Gap(
                                zone.id(),
                                lastCovering.end(),
                                opening.start(),
                                lastCovering.mmsi(),
                                opening.mmsi()));
            }
            lastCovering = ending;
        }
        if (lastCovering != null && feedEnd - lastCovering.end() > zone.maxGapMillis()) {
            gaps.add(new Gap(zone.id(), lastCovering.end(), null, lastCovering.mmsi(), null));
        }
        return gaps;
    }
}
