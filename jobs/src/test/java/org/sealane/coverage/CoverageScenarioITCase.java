package org.sealane.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.TestClusters;
import org.sealane.TestData;
import org.sealane.config.SealaneConfig;
import org.sealane.coverage.CoverageBruteForce.Alert;
import org.sealane.coverage.CoverageBruteForce.Coverage;
import org.sealane.coverage.CoverageBruteForce.Gap;
import org.sealane.coverage.CoverageBruteForce.Metric;
import org.sealane.coverage.CoverageBruteForce.PatrolZone;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.replay.ReplayInput;
import org.sealane.replay.ReplayJob;
import org.sealane.zones.ZoneCatalogue;

/**
 * Task-force coverage (docs/coverage.md) through the whole replay job (MiniCluster, parallelism 2),
 * with the default roster (replay-data/fleet/task-force.csv), on the two coverage scenarios of
 * replay-data/scenarios: task-force-patrol's {@code coverage.jsonl} and {@code COVERAGE_GAP} alerts
 * must be what {@link CoverageBruteForce} works out from its positions and the replay's other
 * alerts; coverage-handover's {@code coverage.jsonl} must be its hand-worked {@code
 * coverage-handover.expected-coverage.jsonl}.
 */
class CoverageScenarioITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.loopback(4);

    /** The replay's coverage metrics (docs/coverage.md, "Files"). */
    private static final String COVERAGE_FILE = "coverage.jsonl";

    /** How far a metric's numbers may be off: floating-point sums in another order. */
    private static final double TOLERANCE = 1e-9;

    @TempDir Path work;

    private static Path scenarios() {
        return TestData.repoRoot().resolve("replay-data/scenarios");
    }

    private static ZoneCatalogue catalogue() {
        return ZoneCatalogue.load(
                TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson"));
    }

    private static TaskForceRoster defaultRoster() {
        return TaskForceRoster.load(
                TestData.repoRoot().resolve("replay-data/fleet/task-force.csv"));
    }

    /** Replays a scenario as {@code sealane replay} does, with the default roster. */
    private Path replay(String name) throws Exception {
        Path out = work.resolve(name);
        new ReplayJob(
                        List.of(ReplayInput.of(scenarios().resolve(name + ".nmea"), null)),
                        catalogue(),
                        defaultRoster(),
                        SealaneConfig.defaults(),
                        out,
                        2)
                .runOn(
                        StreamExecutionEnvironment.getExecutionEnvironment(),
                        (read, total, elapsed) -> {});
        assertThat(out.resolve(COVERAGE_FILE))
                .as("%s: the replay writes %s", name, COVERAGE_FILE)
                .isRegularFile();
        return out;
    }

    private static List<Metric> readMetrics(Path file) throws IOException {
        List<Metric> metrics = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            metrics.add(Metric.parse(line));
        }
        return metrics;
    }

    @Test
    void taskForcePatrolCoverageIsTheBruteForceRecomputation() throws Exception {
        // run
        Path out = replay("task-force-patrol");
        List<Alert> alerts = CoverageBruteForce.readAlerts(out.resolve(ReplayJob.ALERTS_FILE));
        List<PatrolZone> zones = CoverageBruteForce.patrolZones(catalogue());
        Coverage expected =
                CoverageBruteForce.compute(
                        CoverageBruteForce.readNmea(scenarios().resolve("task-force-patrol.nmea")),
                        zones,
                        defaultRoster(),
                        alerts);

        // verify: every window, in the file's order, with the same numbers
        List<Metric> actual = readMetrics(out.resolve(COVERAGE_FILE));
        assertSameMetrics("task-force-patrol", expected.metrics(), actual);
        assertThat(actual)
                .as("the scenario exercises every field")
                .anyMatch(m -> m.transits() > 0)
                .anyMatch(m -> m.alerts() > 0)
                .anyMatch(m -> m.uncoveredTrafficMinutes() > 0)
                .anyMatch(m -> m.assetMinutesByNation().size() > 1);

        // verify: the coverage gaps
        assertThat(coverageGaps(alerts, zones))
                .as("COVERAGE_GAP alerts, in their final state")
                .containsExactlyInAnyOrderElementsOf(expected.gaps());
        assertThat(expected.gaps())
                .anyMatch(gap -> gap.endTime() != null)
                .anyMatch(gap -> gap.endTime() == null);
    }

    @Test
    void coverageHandoverCoverageIsWhatWasWorkedOutByHand() throws Exception {
        // run
        Path out = replay("coverage-handover");

        // verify: the patrolled zone as worked out by hand, every other one zero in each window
        List<Metric> handWorked =
                readMetrics(scenarios().resolve("coverage-handover.expected-coverage.jsonl"));
        String patrolled = handWorked.get(0).zoneId();
        List<Metric> expected = new ArrayList<>();
        for (PatrolZone zone : CoverageBruteForce.patrolZones(catalogue())) {
            for (Metric window : handWorked) {
                expected.add(
                        zone.id().equals(patrolled)
                                ? window
                                : new Metric(
                                        zone.id(),
                                        window.windowStart(),
                                        window.windowEnd(),
                                        0,
                                        0,
                                        Map.of(),
                                        0,
                                        0,
                                        0,
                                        0,
                                        0));
            }
        }
        expected.sort(Comparator.comparing(Metric::zoneId));
        assertSameMetrics("coverage-handover", expected, readMetrics(out.resolve(COVERAGE_FILE)));
        assertThat(
                        CoverageBruteForce.readAlerts(out.resolve(ReplayJob.ALERTS_FILE)).stream()
                                .filter(a -> a.type().equals("COVERAGE_GAP")))
                .as("no zone uncovered for four hours")
                .isEmpty();
    }

    @Test
    void withCoverageOffTheReplayWritesNoCoverageAndTheSameDetectorAlerts() throws Exception {
        // run: the patrol scenario with coverage, then without, into the same folder
        Path out = replay("task-force-patrol");
        List<String> withCoverage = Files.readAllLines(out.resolve(ReplayJob.ALERTS_FILE));
        new ReplayJob(
                        List.of(
                                ReplayInput.of(
                                        scenarios().resolve("task-force-patrol.nmea"), null)),
                        catalogue(),
                        defaultRoster(),
                        SealaneConfig.defaults().with("coverage.enabled", "false"),
                        out,
                        2)
                .runOn(StreamExecutionEnvironment.getExecutionEnvironment(), (r, t, e) -> {});

        // verify
        assertThat(out.resolve(COVERAGE_FILE)).doesNotExist();
        assertThat(out.resolve(ReplayJob.COVERAGE_CSV_FILE)).doesNotExist();
        assertThat(Files.readAllLines(out.resolve(ReplayJob.ALERTS_FILE)))
                .isEqualTo(
                        withCoverage.stream()
                                .filter(line -> !line.contains("\"type\":\"COVERAGE_GAP\""))
                                .toList())
                .hasSizeLessThan(withCoverage.size());
    }

    /**
     * The same windows in the same order (zone, window start, window length), each with the same
     * numbers; the differences listed: windows missing ({@code -}), extra ({@code +}), and fields.
     */
    private static void assertSameMetrics(String name, List<Metric> expected, List<Metric> actual) {
        Map<String, Metric> want = new LinkedHashMap<>();
        expected.forEach(m -> want.put(m.window(), m));
        Map<String, Metric> got = new LinkedHashMap<>();
        actual.forEach(m -> got.put(m.window(), m));
        StringBuilder diff = new StringBuilder();
        for (Map.Entry<String, Metric> window : want.entrySet()) {
            Metric metric = got.get(window.getKey());
            if (metric == null) {
                diff.append("\n  - missing: ").append(window.getValue().toJson());
                continue;
            }
            for (String difference : metric.differences(window.getValue(), TOLERANCE)) {
                diff.append("\n  ! ")
                        .append(window.getKey())
                        .append(" ")
                        .append(difference)
                        .append(" (written vs expected)");
            }
        }
        for (Map.Entry<String, Metric> window : got.entrySet()) {
            if (!want.containsKey(window.getKey())) {
                diff.append("\n  + not expected: ").append(window.getValue().toJson());
            }
        }
        assertThat(diff.toString())
                .as("%s: %d windows expected, %d written", name, want.size(), actual.size())
                .isEmpty();
        assertThat(actual)
                .as("%s: %s sorted by zone, window start, window length", name, COVERAGE_FILE)
                .extracting(Metric::window)
                .containsExactlyElementsOf(want.keySet());
    }

    /**
     * The COVERAGE_GAP alerts in their final state (the CLOSED line, else the OPEN one); each at
     * its zone's interior point, with the threshold and, once closed, the uncovered time.
     */
    private static List<Gap> coverageGaps(List<Alert> alerts, List<PatrolZone> zones) {
        Map<String, Alert> last = new LinkedHashMap<>();
        for (Alert alert : alerts) {
            if (!alert.type().equals("COVERAGE_GAP")) {
                continue;
            }
            Alert earlier = last.get(alert.alertId());
            if (earlier == null || !earlier.state().equals("CLOSED")) {
                last.put(alert.alertId(), alert);
            }
        }
        List<Gap> gaps = new ArrayList<>();
        for (Alert alert : last.values()) {
            PatrolZone zone =
                    zones.stream().filter(z -> z.id().equals(alert.zoneId())).findFirst().get();
            assertThat(zone.covers(alert.lat(), alert.lon()))
                    .as("%s at its zone's interior point", alert)
                    .isTrue();
            assertThat(Double.parseDouble(alert.details().get("thresholdMinutes")))
                    .as("%s: thresholdMinutes", alert)
                    .isEqualTo(zone.maxGapMillis() / (double) CoverageBruteForce.MINUTE);
            Long resumedBy = null;
            if (alert.endTime() != null) {
                assertThat(alert.state()).isEqualTo("CLOSED");
                assertThat(Double.parseDouble(alert.details().get("uncoveredMinutes")))
                        .as("%s: uncoveredMinutes", alert)
                        .isCloseTo(
                                (alert.endTime() - alert.startTime())
                                        / (double) CoverageBruteForce.MINUTE,
                                offset(0.05));
                resumedBy = Long.parseLong(alert.details().get("resumedBy"));
            } else {
                assertThat(alert.state()).isEqualTo("OPEN");
            }
            gaps.add(
                    new Gap(
                            alert.zoneId(),
                            alert.startTime(),
                            alert.endTime(),
                            alert.mmsi(),
                            resumedBy));
        }
        return gaps;
    }
}
