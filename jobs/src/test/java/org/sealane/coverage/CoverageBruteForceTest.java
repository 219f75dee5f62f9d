package org.sealane.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sealane.TestData;
import org.sealane.coverage.CoverageBruteForce.Alert;
import org.sealane.coverage.CoverageBruteForce.Coverage;
import org.sealane.coverage.CoverageBruteForce.Fix;
import org.sealane.coverage.CoverageBruteForce.Gap;
import org.sealane.coverage.CoverageBruteForce.Metric;
import org.sealane.coverage.CoverageBruteForce.PatrolZone;
import org.sealane.fleet.RosterVessel;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.zones.ZoneCatalogue;

/**
 * {@link CoverageBruteForce} on fix lists small enough to check by eye, then on the two coverage
 * scenarios: the hand-worked metrics of coverage-handover, and the shape task-force-patrol is made
 * for.
 */
class CoverageBruteForceTest {

    private static final Instant MIDNIGHT = Instant.parse("2026-03-01T00:00:00Z");
    private static final long FRIGATE_FRA = 226_990_001L;
    private static final long FRIGATE_GBR = 232_990_001L;
    private static final long TANKER = 100_000_001L;
    private static final long BULKER = 100_000_002L;

    private static final TaskForceRoster ROSTER =
            TaskForceRoster.of(
                    List.of(
                            new RosterVessel(FRIGATE_FRA, "Lavande", "FRA", "frigate"),
                            new RosterVessel(FRIGATE_GBR, "Thistle", "GBR", "frigate")));

    private static final PatrolZone BOX =
            new PatrolZone(
                    "box", polygon("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"), 4 * 3_600_000L);

    private static final PatrolZone EMPTY =
            new PatrolZone(
                    "empty", polygon("POLYGON ((50 50, 51 50, 51 51, 50 51, 50 50))"), 3_600_000L);

    private static org.locationtech.jts.geom.Geometry polygon(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** {@code hh:mm} after {@link #MIDNIGHT}; 24:00 and beyond run into the next day. */
    private static long at(String hhmm) {
        String[] parts = hhmm.split(":");
        return MIDNIGHT.plus(Duration.ofHours(Integer.parseInt(parts[0])))
                .plus(Duration.ofMinutes(Integer.parseInt(parts[1])))
                .toEpochMilli();
    }

    private static Fix in(long mmsi, String hhmm) {
        return new Fix(mmsi, at(hhmm), 5, 5);
    }

    private static Fix out(long mmsi, String hhmm) {
        return new Fix(mmsi, at(hhmm), 5, 20);
    }

    /** Fixes inside {@link #BOX} every {@code minutes} from one time to another, both included. */
    private static List<Fix> inEvery(long mmsi, int minutes, String from, String until) {
        List<Fix> fixes = new ArrayList<>();
        for (long t = at(from); t <= at(until); t += minutes * 60_000L) {
            fixes.add(new Fix(mmsi, t, 5, 5));
        }
        return fixes;
    }

    private static List<Fix> fixes(Object... fixesOrLists) {
        List<Fix> all = new ArrayList<>();
        for (Object o : fixesOrLists) {
            if (o instanceof Fix fix) {
                all.add(fix);
            } else {
                for (Object f : (List<?>) o) {
                    all.add((Fix) f);
                }
            }
        }
        return all;
    }

    private static Metric window(Coverage coverage, String zone, String from, String until) {
        for (Metric metric : coverage.metrics()) {
            if (metric.zoneId().equals(zone)
                    && metric.windowStart() == at(from)
                    && metric.windowEnd() == at(until)) {
                return metric;
            }
        }
        throw new AssertionError("no window " + zone + " " + from + ".." + until);
    }

    private static Alert alert(
            String id,
            String type,
            long mmsi,
            String zone,
            String start,
            String end,
            double lat,
            double lon) {
        return new Alert(
                id,
                type,
                end == null ? "OPEN" : "CLOSED",
                mmsi,
                null,
                zone,
                at(start),
                end == null ? null : at(end),
                lat,
                lon,
                Map.of());
    }

    @Test
    void theIssuesExampleGivesTheFirstHourFullCoverAnd75AssetMinutes() {
        List<Fix> fixes =
                fixes(
                        inEvery(FRIGATE_FRA, 5, "00:00", "00:45"),
                        out(FRIGATE_FRA, "00:50"),
                        out(FRIGATE_GBR, "00:25"),
                        inEvery(FRIGATE_GBR, 5, "00:30", "01:30"),
                        out(FRIGATE_GBR, "01:35"));

        Coverage coverage = CoverageBruteForce.compute(fixes, List.of(BOX), ROSTER, List.of());

        Metric first = window(coverage, "box", "00:00", "01:00");
        assertThat(first.coveredFraction()).isEqualTo(1.0);
        assertThat(first.assetMinutes()).isEqualTo(75.0);
        assertThat(first.assetMinutesByNation()).isEqualTo(Map.of("FRA", 45.0, "GBR", 30.0));
        assertThat(first.distinctAssets()).isEqualTo(2);
        Metric second = window(coverage, "box", "01:00", "02:00");
        assertThat(second.coveredFraction()).isEqualTo(0.5);
        assertThat(second.assetMinutes()).isEqualTo(30.0);
        assertThat(second.assetMinutesByNation()).isEqualTo(Map.of("GBR", 30.0));
        assertThat(second.distinctAssets()).isEqualTo(1);
        Metric day = window(coverage, "box", "00:00", "24:00");
        assertThat(day.coveredFraction()).isEqualTo(90.0 / 1440);
        assertThat(day.assetMinutes()).isEqualTo(105.0);
        assertThat(coverage.metrics()).hasSize(3);
        assertThat(coverage.gaps()).isEmpty();
    }

    @Test
    void presenceAcrossMidnightIsSplitBetweenHoursAndDays() {
        List<Fix> fixes = List.of(in(FRIGATE_FRA, "23:40"), in(FRIGATE_FRA, "24:20"));

        Coverage coverage = CoverageBruteForce.compute(fixes, List.of(BOX), ROSTER, List.of());

        assertThat(coverage.metrics())
                .extracting(Metric::window)
                .containsExactly(
                        "box 2026-03-01T00:00:00Z..2026-03-02T00:00:00Z",
                        "box 2026-03-01T23:00:00Z..2026-03-02T00:00:00Z",
                        "box 2026-03-02T00:00:00Z..2026-03-02T01:00:00Z",
                        "box 2026-03-02T00:00:00Z..2026-03-03T00:00:00Z");
        for (Metric metric : coverage.metrics()) {
            assertThat(metric.assetMinutes()).as(metric.window()).isEqualTo(20.0);
            assertThat(metric.distinctAssets()).as(metric.window()).isEqualTo(1);
        }
        assertThat(window(coverage, "box", "23:00", "24:00").coveredFraction()).isEqualTo(1.0 / 3);
        assertThat(window(coverage, "box", "24:00", "48:00").coveredFraction())
                .isEqualTo(20.0 / 1440);
    }

    @Test
    void fixesMoreThanTheMaxFixIntervalApartAreNoPresenceButStillCountTheVessel() {
        List<Fix> fixes =
                List.of(
                        in(FRIGATE_FRA, "00:00"),
                        in(FRIGATE_FRA, "01:00"),
                        in(FRIGATE_FRA, "02:01"));

        Coverage coverage = CoverageBruteForce.compute(fixes, List.of(BOX), ROSTER, List.of());

        Metric first = window(coverage, "box", "00:00", "01:00");
        assertThat(first.assetMinutes()).as("60 minutes apart: present").isEqualTo(60.0);
        Metric second = window(coverage, "box", "01:00", "02:00");
        assertThat(second.assetMinutes()).as("61 minutes apart: not present").isZero();
        assertThat(second.distinctAssets()).as("a fix inside").isEqualTo(1);
        assertThat(window(coverage, "box", "02:00", "03:00").distinctAssets()).isEqualTo(1);
    }

    @Test
    void aFixOutsideEndsPresenceAndADuplicateFixCountsOnce() {
        List<Fix> fixes =
                List.of(
                        in(FRIGATE_FRA, "00:00"),
                        out(FRIGATE_FRA, "00:10"),
                        in(FRIGATE_FRA, "00:20"),
                        in(FRIGATE_FRA, "00:30"),
                        in(FRIGATE_FRA, "00:30"),
                        new Fix(FRIGATE_FRA, at("00:30"), 5, 30));

        Coverage coverage = CoverageBruteForce.compute(fixes, List.of(BOX), ROSTER, List.of());

        assertThat(window(coverage, "box", "00:00", "01:00").assetMinutes()).isEqualTo(10.0);
    }

    @Test
    void trafficCountsWhileTheZoneIsUncoveredAndALoneFixCountsTheVesselOnly() {
        List<Fix> fixes =
                fixes(
                        inEvery(TANKER, 10, "00:00", "01:00"),
                        out(TANKER, "01:10"),
                        in(BULKER, "00:50"),
                        out(BULKER, "00:55"),
                        inEvery(FRIGATE_FRA, 10, "00:20", "00:40"));

        Coverage coverage = CoverageBruteForce.compute(fixes, List.of(BOX), ROSTER, List.of());

        Metric first = window(coverage, "box", "00:00", "01:00");
        assertThat(first.trafficVessels()).isEqualTo(2);
        assertThat(first.uncoveredTrafficMinutes()).isEqualTo(40.0);
        assertThat(first.coveredFraction()).isEqualTo(1.0 / 3);
        Metric second = window(coverage, "box", "01:00", "02:00");
        assertThat(second.trafficVessels()).as("its fix at 01:00 is inside").isEqualTo(1);
        assertThat(second.uncoveredTrafficMinutes()).isZero();
    }

    @Test
    void everyPatrolZoneGetsEveryWindowFromTheFirstPositionToTheLast() {
        List<Fix> fixes = List.of(out(TANKER, "00:59"), in(FRIGATE_FRA, "02:10"));

        Coverage coverage =
                CoverageBruteForce.compute(fixes, List.of(EMPTY, BOX), ROSTER, List.of());

        assertThat(coverage.metrics())
                .extracting(Metric::window)
                .containsExactly(
                        "box 2026-03-01T00:00:00Z..2026-03-01T01:00:00Z",
                        "box 2026-03-01T00:00:00Z..2026-03-02T00:00:00Z",
                        "box 2026-03-01T01:00:00Z..2026-03-01T02:00:00Z",
                        "box 2026-03-01T02:00:00Z..2026-03-01T03:00:00Z",
                        "empty 2026-03-01T00:00:00Z..2026-03-01T01:00:00Z",
                        "empty 2026-03-01T00:00:00Z..2026-03-02T00:00:00Z",
                        "empty 2026-03-01T01:00:00Z..2026-03-01T02:00:00Z",
                        "empty 2026-03-01T02:00:00Z..2026-03-01T03:00:00Z");
        for (Metric metric : coverage.metrics()) {
            if (metric.zoneId().equals("empty")) {
                assertThat(metric.differences(zero(metric), 0)).as(metric.window()).isEmpty();
            }
        }
    }

    private static Metric zero(Metric like) {
        return new Metric(
                like.zoneId(), like.windowStart(), like.windowEnd(), 0, 0, Map.of(), 0, 0, 0, 0, 0);
    }

    @Test
    void aGapOpensAfterFourUncoveredHoursClosesOnPresenceAndStaysOpenAtTheEnd() {
        List<Fix> fixes =
                fixes(
                        inEvery(FRIGATE_FRA, 10, "00:00", "01:00"),
                        out(FRIGATE_FRA, "01:10"),
                        // 4 h 30 min later
                        inEvery(FRIGATE_GBR, 10, "05:30", "06:00"),
                        out(FRIGATE_GBR, "06:10"),
                        // exactly 4 h later: not longer than the threshold
                        inEvery(FRIGATE_FRA, 10, "10:00", "10:20"),
                        out(FRIGATE_FRA, "10:30"),
                        // the feed ends 4 h 1 min after the last presence
                        out(TANKER, "14:21"));

        Coverage coverage =
                CoverageBruteForce.compute(fixes, List.of(BOX, EMPTY), ROSTER, List.of());

        assertThat(coverage.gaps())
                .containsExactly(
                        new Gap("box", at("01:00"), at("05:30"), FRIGATE_FRA, FRIGATE_GBR),
                        new Gap("box", at("10:20"), null, FRIGATE_FRA, null));
    }

    @Test
    void aZonesOwnThresholdAppliesAndTouchingPresencesMakeOneCoveredStretch() {
        PatrolZone strict = new PatrolZone("box", BOX.area(), 30 * 60_000L);
        List<Fix> fixes =
                fixes(
                        in(FRIGATE_FRA, "00:00"),
                        in(FRIGATE_FRA, "00:30"),
                        out(FRIGATE_FRA, "00:40"),
                        in(FRIGATE_GBR, "00:30"),
                        in(FRIGATE_GBR, "01:00"),
                        out(FRIGATE_GBR, "01:10"),
                        in(FRIGATE_FRA, "01:31"),
                        in(FRIGATE_FRA, "01:40"));

        Coverage coverage = CoverageBruteForce.compute(fixes, List.of(strict), ROSTER, List.of());

        assertThat(coverage.gaps())
                .containsExactly(
                        new Gap("box", at("01:00"), at("01:31"), FRIGATE_GBR, FRIGATE_FRA));
    }

    @Test
    void transitsAndAlertsCountByPositionAndTimeEachEventOnce() {
        List<Fix> fixes = List.of(out(TANKER, "00:00"), out(TANKER, "01:59"));
        List<Alert> alerts =
                List.of(
                        // into the zone, ending in hour 0
                        alert("t1", "CHOKEPOINT_TRANSIT", TANKER, "strait", "00:00", "00:10", 5, 5),
                        // its second gate crossing off the zone's edge by rounding only
                        alert(
                                "t2",
                                "CHOKEPOINT_TRANSIT",
                                BULKER,
                                "strait",
                                "00:05",
                                "00:50",
                                5,
                                10 + 1e-13),
                        // out of the zone
                        alert(
                                "t3",
                                "CHOKEPOINT_TRANSIT",
                                TANKER,
                                "strait",
                                "00:20",
                                "00:40",
                                5,
                                20),
                        // an AIS gap's two lines: one event, in the hour it started
                        alert("g1", "AIS_GAP", TANKER, "box", "00:50", null, 5, 5),
                        alert("g1", "AIS_GAP", TANKER, "box", "00:50", "01:55", 5, 5),
                        // one loitering reported for a chokepoint and for the patrol zone
                        alert("l1", "LOITERING", BULKER, "strait", "01:10", null, 5, 5),
                        alert("l2", "LOITERING", BULKER, "box", "01:10", null, 5, 5),
                        // not counted
                        alert("e1", "ZONE_ENTRY", BULKER, "box", "01:20", "01:20", 5, 5),
                        alert("e2", "ZONE_EXIT", BULKER, "box", "01:30", "01:30", 5, 5),
                        alert("c1", "COVERAGE_GAP", FRIGATE_FRA, "box", "01:00", null, 5, 5),
                        alert("j1", "POSITION_JUMP", TANKER, "open-sea", "01:40", "01:40", 5, 30));

        Coverage coverage = CoverageBruteForce.compute(fixes, List.of(BOX), ROSTER, alerts);

        Metric first = window(coverage, "box", "00:00", "01:00");
        assertThat(first.transits()).isEqualTo(2);
        assertThat(first.alerts()).isEqualTo(1);
        Metric second = window(coverage, "box", "01:00", "02:00");
        assertThat(second.transits()).isZero();
        assertThat(second.alerts()).isEqualTo(1);
        Metric day = window(coverage, "box", "00:00", "24:00");
        assertThat(day.transits()).isEqualTo(2);
        assertThat(day.alerts()).isEqualTo(2);
    }

    @Test
    void presenceInAZoneAcrossTheAntimeridianIsUnbroken() {
        ZoneCatalogue catalogue =
                ZoneCatalogue.parse(
                        """
                        {"type": "FeatureCollection", "features": [{"type": "Feature",
                          "properties": {"id": "dateline", "kind": "patrol"},
                          "geometry": {"type": "Polygon", "coordinates":
                            [[[175, -23], [185, -23], [185, -14], [175, -14], [175, -23]]]}}]}
                        """,
                        "test");
        List<PatrolZone> zones = CoverageBruteForce.patrolZones(catalogue);
        List<Fix> fixes =
                List.of(
                        new Fix(FRIGATE_FRA, at("00:00"), -18, 179.9),
                        new Fix(FRIGATE_FRA, at("00:30"), -18, -179.9),
                        new Fix(FRIGATE_FRA, at("01:00"), -18, -175.5),
                        new Fix(FRIGATE_FRA, at("01:30"), -18, -174.5));

        Coverage coverage = CoverageBruteForce.compute(fixes, zones, ROSTER, List.of());

        assertThat(zones).extracting(PatrolZone::maxGapMillis).containsExactly(4 * 3_600_000L);
        assertThat(window(coverage, "dateline", "00:00", "01:00").coveredFraction()).isEqualTo(1);
        assertThat(window(coverage, "dateline", "01:00", "02:00").assetMinutes()).isZero();
    }

    private static Path scenario(String file) {
        return TestData.repoRoot().resolve("replay-data/scenarios").resolve(file);
    }

    private static ZoneCatalogue bundledCatalogue() {
        return ZoneCatalogue.load(
                TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson"));
    }

    private static TaskForceRoster bundledRoster() {
        return TaskForceRoster.load(
                TestData.repoRoot().resolve("replay-data/fleet/task-force.csv"));
    }

    /**
     * The brute force and the hand-worked file agree on coverage-handover (whose only alerts,
     * entries and exits, count for nothing), and every other patrol zone reports zeros.
     */
    @Test
    void coverageHandoverComesOutAsWorkedOutByHand() throws IOException {
        Coverage coverage =
                CoverageBruteForce.compute(
                        CoverageBruteForce.readNmea(scenario("coverage-handover.nmea")),
                        CoverageBruteForce.patrolZones(bundledCatalogue()),
                        bundledRoster(),
                        List.of());

        List<Metric> handWorked = new ArrayList<>();
        for (String line :
                Files.readAllLines(
                        scenario("coverage-handover.expected-coverage.jsonl"),
                        StandardCharsets.UTF_8)) {
            handWorked.add(Metric.parse(line));
        }
        List<Metric> central = new ArrayList<>();
        for (Metric metric : coverage.metrics()) {
            if (metric.zoneId().equals("scs-central")) {
                central.add(metric);
            } else {
                assertThat(metric.differences(zero(metric), 0)).as(metric.window()).isEmpty();
            }
        }
        assertThat(central)
                .extracting(Metric::window)
                .containsExactlyElementsOf(handWorked.stream().map(Metric::window).toList());
        for (int i = 0; i < central.size(); i++) {
            assertThat(central.get(i).differences(handWorked.get(i), 1e-9))
                    .as(central.get(i).window())
                    .isEmpty();
        }
        assertThat(coverage.gaps()).isEmpty();
    }

    /** task-force-patrol has what it is made for (replay-data/scenarios/README.md). */
    @Test
    void taskForcePatrolHasTheShapeItIsMadeFor() {
        TaskForceRoster roster = bundledRoster();
        List<Fix> fixes = CoverageBruteForce.readNmea(scenario("task-force-patrol.nmea"));
        Coverage coverage =
                CoverageBruteForce.compute(
                        fixes,
                        CoverageBruteForce.patrolZones(bundledCatalogue()),
                        roster,
                        List.of());

        Set<String> nations = new HashSet<>();
        Set<String> patrolled = new HashSet<>();
        int days = 0;
        int hours = 0;
        for (Metric metric : coverage.metrics()) {
            nations.addAll(metric.assetMinutesByNation().keySet());
            if (metric.assetMinutes() > 0) {
                patrolled.add(metric.zoneId());
            }
            if (metric.windowEnd() - metric.windowStart() == CoverageBruteForce.DAY) {
                days++;
            } else {
                hours++;
            }
        }
        Set<Long> assets = new HashSet<>();
        Set<Long> traffic = new HashSet<>();
        for (Fix fix : fixes) {
            (roster.nationOf(fix.mmsi()) != null ? assets : traffic).add(fix.mmsi());
        }
        assertThat(assets).hasSizeGreaterThanOrEqualTo(12);
        assertThat(nations).hasSizeGreaterThanOrEqualTo(8);
        assertThat(traffic).hasSizeGreaterThanOrEqualTo(30);
        assertThat(patrolled).hasSizeGreaterThanOrEqualTo(3);
        assertThat(hours).as("hourly windows").isEqualTo(8 * 30);
        assertThat(days).as("day summaries: across a UTC midnight").isEqualTo(8 * 2);
        assertThat(coverage.gaps())
                .as("a coverage gap that closes and one still open")
                .anyMatch(gap -> gap.endTime() != null)
                .anyMatch(gap -> gap.endTime() == null);
    }
}
