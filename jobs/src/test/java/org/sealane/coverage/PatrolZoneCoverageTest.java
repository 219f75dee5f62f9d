package org.sealane.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.fleet.RosterVessel;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.model.AlertEvent;
import org.sealane.track.AlertFactory;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

class PatrolZoneCoverageTest {

    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long MIDNIGHT = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();

    private static final long FRIGATE_GBR = 232990001L;
    private static final long FRIGATE_FRA = 226990001L;
    private static final long DESTROYER_USA = 369990001L;
    private static final long TANKER = 636012345L;
    private static final long BULKER = 538009876L;

    private final TaskForceRoster roster =
            TaskForceRoster.of(
                    List.of(
                            new RosterVessel(FRIGATE_GBR, "Example Frigate", "GBR", "frigate"),
                            new RosterVessel(FRIGATE_FRA, "Example Frigate", "FRA", "frigate"),
                            new RosterVessel(
                                    DESTROYER_USA, "Example Destroyer", "USA", "destroyer")));

    private final List<ZoneCoverageMetric> metrics = new ArrayList<>();
    private final List<AlertEvent> alerts = new ArrayList<>();
    private final Map<String, Long> contributions = new java.util.TreeMap<>();
    private final PatrolZoneCoverage.Output output =
            new PatrolZoneCoverage.Output() {
                @Override
                public void metric(ZoneCoverageMetric metric) {
                    metrics.add(metric);
                }

                @Override
                public void alert(AlertEvent alert) {
                    alerts.add(alert);
                }

                @Override
                public void nationContribution(String nation, long millis) {
                    contributions.merge(nation, millis, Long::sum);
                }
            };

    private PatrolZoneCoverage coverage;
    private ZoneCoverageState state;

    @BeforeEach
    void zone() throws ParseException {
        Zone sector =
                new Zone(
                        "red-sea-south",
                        "Southern Red Sea",
                        ZoneKind.PATROL,
                        new WKTReader().read("POLYGON ((41 12, 44 12, 44 16, 41 16, 41 12))"),
                        List.of(),
                        Map.of());
        coverage =
                new PatrolZoneCoverage(
                        sector,
                        new CoverageRules(HOUR, HOUR, 4 * HOUR, 3 * HOUR),
                        roster,
                        new AlertFactory(ZoneCatalogue.of("test", List.of(sector))));
        state = new ZoneCoverageState();
    }

    private static long at(long minutes) {
        return MIDNIGHT + minutes * MINUTE;
    }

    private void feedReaches(long minutes) {
        coverage.add(state, ZoneObservation.feed("red-sea-south", at(minutes)));
    }

    private boolean present(long mmsi, long fromMinutes, long toMinutes) {
        return coverage.add(
                state,
                ZoneObservation.presence("red-sea-south", mmsi, at(fromMinutes), at(toMinutes)));
    }

    private ZoneCoverageMetric window(long startMinutes, long hours) {
        return metrics.stream()
                .filter(m -> m.windowStart() == at(startMinutes))
                .filter(m -> m.windowEnd() - m.windowStart() == hours * HOUR)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no window at minute " + startMinutes));
    }

    @Test
    void twoFrigatesHandingOverCoverTheFirstHourWithSeventyFiveAssetMinutes() {
        feedReaches(0);
        feedReaches(90);
        present(FRIGATE_GBR, 0, 45);
        present(FRIGATE_FRA, 30, 90);

        coverage.advance(state, Long.MAX_VALUE, output);

        ZoneCoverageMetric first = window(0, 1);
        assertThat(first.coveredFraction()).isEqualTo(1.0);
        assertThat(first.assetMinutes()).isEqualTo(75.0);
        assertThat(first.assetMinutesByNation())
                .containsOnly(entry("GBR", 45.0), entry("FRA", 30.0));
        assertThat(first.distinctAssets()).isEqualTo(2);
        ZoneCoverageMetric second = window(60, 1);
        assertThat(second.coveredFraction()).isEqualTo(0.5);
        assertThat(second.assetMinutes()).isEqualTo(30.0);
        assertThat(second.assetMinutesByNation()).containsOnly(entry("FRA", 30.0));
        assertThat(second.distinctAssets()).isEqualTo(1);
        ZoneCoverageMetric day = window(0, 24);
        assertThat(day.assetMinutes()).isEqualTo(105.0);
        assertThat(day.coveredFraction()).isCloseTo(90.0 / 1440, within(1e-15));
        assertThat(day.distinctAssets()).isEqualTo(2);
        assertThat(metrics).hasSize(3);
        assertThat(contributions)
                .containsOnly(entry("GBR", 45 * MINUTE), entry("FRA", 60 * MINUTE));
    }

    @Test
    void trafficCountsWhereNoRosterShipIsAndAFixOnAWindowEdgeBelongsToTheLaterWindow() {
        feedReaches(0);
        feedReaches(150);
        present(DESTROYER_USA, 20, 40);
        present(TANKER, 0, 60); // uncovered 0-20 and 40-60
        present(TANKER, 60, 60); // its last fix, at the start of the second window
        present(BULKER, 100, 100); // one fix, no presence

        coverage.advance(state, Long.MAX_VALUE, output);

        ZoneCoverageMetric first = window(0, 1);
        assertThat(first.trafficVessels()).isEqualTo(1);
        assertThat(first.uncoveredTrafficMinutes()).isEqualTo(40.0);
        ZoneCoverageMetric second = window(60, 1);
        assertThat(second.trafficVessels()).isEqualTo(2);
        assertThat(second.uncoveredTrafficMinutes()).isZero();
        assertThat(second.distinctAssets()).isZero();
        ZoneCoverageMetric third = window(120, 1);
        assertThat(third.trafficVessels()).isZero();
        assertThat(window(0, 24).trafficVessels()).isEqualTo(2);
    }

    @Test
    void aWindowIsFinalOnlyOnceEventTimeHasPassedItsEndByTheLateness() {
        feedReaches(0);
        feedReaches(61);
        present(FRIGATE_GBR, 10, 50);

        coverage.advance(state, at(60 + 179), output);
        assertThat(metrics).isEmpty();
        assertThat(coverage.nextDeadline(state)).isEqualTo(at(60 + 180));

        coverage.advance(state, at(60 + 180), output);
        assertThat(metrics)
                .singleElement()
                .satisfies(m -> assertThat(m.assetMinutes()).isEqualTo(40.0));

        assertThat(present(FRIGATE_FRA, 5, 30)).as("too late for its window").isFalse();
        assertThat(present(FRIGATE_FRA, 50, 70)).as("late only in part").isFalse();
        coverage.advance(state, Long.MAX_VALUE, output);
        assertThat(window(60, 1).assetMinutes()).isEqualTo(10.0);
    }

    @Test
    void alertsCountOncePerEventAndTransitsByTheirEnd() {
        feedReaches(0);
        coverage.add(state, mark(ZoneObservation.Kind.TRANSIT, 10, null));
        coverage.add(state, mark(ZoneObservation.Kind.TRANSIT, 20, null));
        coverage.add(state, mark(ZoneObservation.Kind.ALERT, 30, "LOITERING|1|0|30"));
        coverage.add(state, mark(ZoneObservation.Kind.ALERT, 30, "LOITERING|1|0|30"));
        coverage.add(state, mark(ZoneObservation.Kind.ALERT, 30, "AIS_GAP|1|0|30"));

        coverage.advance(state, Long.MAX_VALUE, output);

        assertThat(window(0, 1).transits()).isEqualTo(2);
        assertThat(window(0, 1).alerts()).isEqualTo(2);
        assertThat(state.getMarks()).isEmpty();
        assertThat(state.getSpans()).isEmpty();
    }

    private static ZoneObservation mark(ZoneObservation.Kind kind, long minutes, String event) {
        return new ZoneObservation("red-sea-south", kind, 1, at(minutes), at(minutes), event);
    }

    @Test
    void aZoneLeftUncoveredForMoreThanFourHoursRaisesACoverageGapUntilAShipReturns() {
        feedReaches(0);
        feedReaches(11 * 60);
        present(FRIGATE_GBR, 0, 90);
        present(FRIGATE_FRA, 30, 60);
        present(DESTROYER_USA, 7 * 60, 8 * 60); // 5.5 hours later: a gap
        present(DESTROYER_USA, 8 * 60 + 30, 9 * 60); // 30 minutes: no gap

        coverage.advance(state, Long.MAX_VALUE, output);

        assertThat(alerts)
                .extracting(AlertEvent::state)
                .containsExactly(AlertState.OPEN, AlertState.CLOSED);
        AlertEvent closed = alerts.get(1);
        assertThat(closed.type()).isEqualTo(AlertType.COVERAGE_GAP);
        assertThat(closed.alertId()).isEqualTo(alerts.get(0).alertId());
        assertThat(closed.zoneId()).isEqualTo("red-sea-south");
        assertThat(closed.mmsi()).isEqualTo(FRIGATE_GBR);
        assertThat(closed.startTime()).isEqualTo(at(90));
        assertThat(closed.endTime()).isEqualTo(at(7 * 60));
        assertThat(closed.details())
                .containsEntry("thresholdMinutes", "240.0")
                .containsEntry("uncoveredMinutes", "330.0")
                .containsEntry("resumedBy", Long.toString(DESTROYER_USA));
        assertThat(closed.lat()).isBetween(12.0, 16.0);
    }

    @Test
    void aGapStillOpenWhenTheInputEndsStaysOpenAndIsOpenedWhenItsThresholdPasses() {
        feedReaches(0);
        feedReaches(6 * 60);
        present(FRIGATE_GBR, 0, 60);

        coverage.advance(state, at(5 * 60 + 180), output);
        assertThat(alerts).isEmpty();
        coverage.advance(state, at(6 * 60 + 180), output);
        assertThat(alerts)
                .singleElement()
                .satisfies(
                        gap -> {
                            assertThat(gap.state()).isEqualTo(AlertState.OPEN);
                            assertThat(gap.startTime()).isEqualTo(at(60));
                        });
        coverage.advance(state, Long.MAX_VALUE, output);
        assertThat(alerts).hasSize(1);
    }

    @Test
    void aZoneTheTaskForceHasNotBeenInRaisesNoGap() {
        feedReaches(0);
        feedReaches(20 * 60);
        present(TANKER, 0, 60);

        coverage.advance(state, Long.MAX_VALUE, output);

        assertThat(alerts).isEmpty();
        assertThat(metrics).hasSize(21 + 1);
        assertThat(metrics).allSatisfy(m -> assertThat(m.coveredFraction()).isZero());
    }

    @Test
    void presenceAcrossMidnightIsSplitBetweenTheDays() {
        feedReaches(23 * 60);
        feedReaches(25 * 60);
        present(FRIGATE_GBR, 23 * 60 + 30, 24 * 60 + 30);

        coverage.advance(state, Long.MAX_VALUE, output);

        assertThat(window(0, 24).assetMinutes()).isEqualTo(30.0);
        assertThat(window(24 * 60, 24).assetMinutes()).isEqualTo(30.0);
        assertThat(window(23 * 60, 1).coveredFraction()).isEqualTo(0.5);
        assertThat(window(24 * 60, 1).coveredFraction()).isEqualTo(0.5);
        assertThat(metrics)
                .extracting(m -> Instant.ofEpochMilli(m.windowStart()).toString())
                .containsExactly(
                        "2026-03-01T23:00:00Z",
                        "2026-03-01T00:00:00Z",
                        "2026-03-02T00:00:00Z",
                        "2026-03-02T01:00:00Z",
                        "2026-03-02T00:00:00Z");
    }

    @Test
    void unionAndOverlapOfIntervals() {
        List<long[]> union =
                PatrolZoneCoverage.union(
                        new ArrayList<>(
                                List.of(
                                        new long[] {50, 60},
                                        new long[] {0, 10},
                                        new long[] {5, 20},
                                        new long[] {20, 30})));
        assertThat(union).containsExactly(new long[] {0, 30}, new long[] {50, 60});
        assertThat(PatrolZoneCoverage.overlap(union, 25, 55)).isEqualTo(10);
        assertThat(PatrolZoneCoverage.overlap(union, 30, 50)).isZero();
        assertThat(PatrolZoneCoverage.overlap(union, -10, 100)).isEqualTo(40);
    }

    private static <K, V> Map.Entry<K, V> entry(K key, V value) {
        return Map.entry(key, value);
    }
}
