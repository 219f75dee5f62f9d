package org.sealane.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.TestClusters;
import org.sealane.TestData;
import org.sealane.config.SealaneConfig;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.replay.ReplayInput;
import org.sealane.replay.ReplayJob;
import org.sealane.simulate.ExpectedAlert;
import org.sealane.simulate.ScenarioFiles;
import org.sealane.zones.ZoneCatalogue;

/**
 * Every simulated scenario in replay-data/scenarios through the whole replay job (MiniCluster,
 * parallelism 2): its {@code alerts.jsonl} must hold exactly the alerts of {@code
 * NAME.expected.jsonl}, within each one's time tolerance, and nothing else.
 *
 * <p>{@code COVERAGE_GAP} alerts are left out of the comparison: they are not detector alerts and
 * the simulator's expectations do not predict them; {@code
 * org.sealane.coverage.CoverageScenarioITCase} checks them, and the coverage metrics, against an
 * independent recomputation.
 */
class ScenarioReplayITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.loopback(4);

    /** Alerts of the coverage contract (docs/coverage.md), not compared here. */
    private static final String COVERAGE_GAP = "COVERAGE_GAP";

    /** Alerts that open and close: their final line is the one compared. */
    private static final Set<String> DURATION_TYPES =
            Set.of("LOITERING", "AIS_GAP", "ENCOUNTER", "SPEED_ANOMALY", "IDENTITY_CONFLICT");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path work;

    /** Same type, vessels, zone, direction and final state. */
    private static boolean sameEvent(ExpectedAlert want, ExpectedAlert got) {
        return want.type().equals(got.type())
                && want.state().equals(got.state())
                && want.mmsi() == got.mmsi()
                && Objects.equals(want.otherMmsi(), got.otherMmsi())
                && want.zoneId().equals(got.zoneId())
                && Objects.equals(want.direction(), got.direction());
    }

    /** How far the actual alert's times are off, or null when beyond the tolerance. */
    private static Duration offBy(ExpectedAlert want, ExpectedAlert got) {
        Duration start = Duration.between(want.startTime(), got.startTime()).abs();
        Duration end = Duration.ZERO;
        if (want.endTime() == null || got.endTime() == null) {
            if (want.endTime() != got.endTime()) {
                return null;
            }
        } else {
            end = Duration.between(want.endTime(), got.endTime()).abs();
        }
        Duration tolerance = Duration.ofSeconds(want.toleranceSeconds());
        if (start.compareTo(tolerance) > 0 || end.compareTo(tolerance) > 0) {
            return null;
        }
        return start.plus(end);
    }

    private static String describe(ExpectedAlert alert) {
        return String.format(
                "%-18s %-6s %d%s %s%s %s .. %s",
                alert.type(),
                alert.state(),
                alert.mmsi(),
                alert.otherMmsi() == null ? "" : "/" + alert.otherMmsi(),
                alert.zoneId(),
                alert.direction() == null ? "" : " " + alert.direction(),
                alert.startTime(),
                alert.endTime());
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioRaisesExactlyItsExpectedAlerts() throws IOException {
        List<Path> scenarios = scenarioFiles();
        assertThat(scenarios).as("scenario files in replay-data/scenarios").isNotEmpty();
        return scenarios.stream()
                .map(nmea -> DynamicTest.dynamicTest(name(nmea), () -> replayAndCompare(nmea)));
    }

    @TestFactory
    Stream<DynamicTest> shuffledWithinTheWatermarkAndAtParallelismFourGiveTheSameAlerts()
            throws IOException {
        return scenarioFiles().stream()
                .map(
                        nmea ->
                                DynamicTest.dynamicTest(
                                        name(nmea), () -> replayShuffledAndCompare(nmea)));
    }

    private static List<Path> scenarioFiles() throws IOException {
        Path dir = TestData.repoRoot().resolve("replay-data/scenarios");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(ScenarioFiles.NMEA_SUFFIX))
                    .sorted()
                    .toList();
        }
    }

    /**
     * The scenario in order at parallelism 1, then with its messages moved up to 4 minutes out of
     * order (less than the 5-minute watermark bound) at parallelism 4: the same alerts and coverage
     * (with the example roster), byte for byte.
     */
    private void replayShuffledAndCompare(Path nmea) throws Exception {
        String name = name(nmea);
        Path shuffled = work.resolve(name + "-shuffled.nmea");
        Files.write(
                shuffled, shuffleWithin(Files.readAllLines(nmea), 4 * 60), StandardCharsets.UTF_8);
        ZoneCatalogue zones =
                ZoneCatalogue.load(
                        TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson"));
        Path inOrder = work.resolve(name + "-p1");
        Path outOfOrder = work.resolve(name + "-p4");
        TaskForceRoster roster =
                TaskForceRoster.load(
                        TestData.repoRoot().resolve("replay-data/fleet/task-force.csv"));
        new ReplayJob(
                        List.of(ReplayInput.of(nmea, null)),
                        zones,
                        roster,
                        SealaneConfig.defaults(),
                        inOrder,
                        1)
                .runOn(StreamExecutionEnvironment.getExecutionEnvironment(), (r, t, e) -> {});
        new ReplayJob(
                        List.of(ReplayInput.of(shuffled, null)),
                        zones,
                        roster,
                        SealaneConfig.defaults(),
                        outOfOrder,
                        4)
                .runOn(StreamExecutionEnvironment.getExecutionEnvironment(), (r, t, e) -> {});

        List<String> sorted = Files.readAllLines(inOrder.resolve(ReplayJob.ALERTS_FILE));
        assertThat(sorted).as(name + " raises alerts").isNotEmpty();
        assertThat(Files.readAllLines(outOfOrder.resolve(ReplayJob.ALERTS_FILE)))
                .as(name + ": shuffled input at parallelism 4")
                .isEqualTo(sorted);
        for (String coverage : List.of(ReplayJob.COVERAGE_FILE, ReplayJob.COVERAGE_CSV_FILE)) {
            List<String> inOrderCoverage = Files.readAllLines(inOrder.resolve(coverage));
            assertThat(inOrderCoverage).as(name + " " + coverage).isNotEmpty();
            assertThat(Files.readAllLines(outOfOrder.resolve(coverage)))
                    .as(name + ": " + coverage + " of shuffled input at parallelism 4")
                    .isEqualTo(inOrderCoverage);
        }
    }

    /**
     * Moves each message (its sentences kept together) a seeded random amount of up to {@code
     * maxSeconds} later in the file, by its tag-block time.
     */
    private static List<String> shuffleWithin(List<String> lines, int maxSeconds) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261122L);
        List<List<String>> messages = new ArrayList<>();
        List<long[]> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> message = new ArrayList<>(List.of(lines.get(i)));
            String[] fields = lines.get(i).substring(lines.get(i).lastIndexOf('\\') + 1).split(",");
            int parts = Integer.parseInt(fields[1]);
            for (int part = 2; part <= parts; part++) {
                message.add(lines.get(++i));
            }
            String tag = lines.get(i).substring(lines.get(i).indexOf("c:") + 2);
            long seconds = Long.parseLong(tag.substring(0, tag.indexOf('*')));
            keys.add(new long[] {seconds + random.nextInt(maxSeconds), messages.size()});
            messages.add(message);
        }
        keys.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<String> shuffled = new ArrayList<>();
        for (long[] key : keys) {
            shuffled.addAll(messages.get((int) key[1]));
        }
        return shuffled;
    }

    private static String name(Path nmea) {
        String file = nmea.getFileName().toString();
        return file.substring(0, file.length() - ScenarioFiles.NMEA_SUFFIX.length());
    }

    private void replayAndCompare(Path nmea) throws Exception {
        String name = name(nmea);
        Path out = work.resolve(name);
        ZoneCatalogue zones =
                ZoneCatalogue.load(
                        TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson"));
        new ReplayJob(List.of(ReplayInput.of(nmea, null)), zones, SealaneConfig.defaults(), out, 2)
                .runOn(
                        StreamExecutionEnvironment.getExecutionEnvironment(),
                        (read, total, elapsed) -> {});

        List<ExpectedAlert> expected = new ArrayList<>();
        for (String line :
                Files.readAllLines(
                        nmea.resolveSibling(name + ScenarioFiles.EXPECTED_SUFFIX),
                        StandardCharsets.UTF_8)) {
            expected.add(ExpectedAlert.parse(line));
        }
        List<String> problems = new ArrayList<>();
        List<ExpectedAlert> actual = finalStates(out.resolve(ReplayJob.ALERTS_FILE), problems);

        List<ExpectedAlert> missing = new ArrayList<>();
        List<ExpectedAlert> unmatched = new ArrayList<>(actual);
        for (ExpectedAlert want : expected) {
            ExpectedAlert best = null;
            Duration bestOff = null;
            for (ExpectedAlert got : unmatched) {
                Duration off = sameEvent(want, got) ? offBy(want, got) : null;
                if (off != null && (bestOff == null || off.compareTo(bestOff) < 0)) {
                    best = got;
                    bestOff = off;
                }
            }
            if (best == null) {
                missing.add(want);
            } else {
                unmatched.remove(best);
            }
        }
        StringBuilder diff = new StringBuilder();
        for (String problem : problems) {
            diff.append("\n  ! ").append(problem);
        }
        for (ExpectedAlert alert : missing) {
            diff.append("\n  - expected, not raised: ")
                    .append(describe(alert))
                    .append(" (±")
                    .append(alert.toleranceSeconds())
                    .append(" s)");
        }
        for (ExpectedAlert alert : unmatched) {
            diff.append("\n  + raised, not expected: ").append(describe(alert));
        }
        assertThat(diff.toString())
                .as(
                        "%s: %d expected, %d raised; '-' lines are missing from %s, '+' lines extra",
                        name, expected.size(), actual.size(), out.resolve(ReplayJob.ALERTS_FILE))
                .isEmpty();
    }

    /**
     * Each alert but the coverage gaps once, in its final state: a duration alert's CLOSED line
     * (which must have an OPEN line with its id), or its OPEN line while it is still open.
     */
    private static List<ExpectedAlert> finalStates(Path alertsFile, List<String> problems)
            throws IOException {
        Map<String, List<JsonNode>> byId = new LinkedHashMap<>();
        for (String line : Files.readAllLines(alertsFile, StandardCharsets.UTF_8)) {
            JsonNode alert = JSON.readTree(line);
            if (alert.get("type").asText().equals(COVERAGE_GAP)) {
                continue;
            }
            byId.computeIfAbsent(alert.get("alertId").asText(), id -> new ArrayList<>()).add(alert);
        }
        List<ExpectedAlert> alerts = new ArrayList<>();
        for (List<JsonNode> lines : byId.values()) {
            JsonNode closed = null;
            JsonNode open = null;
            for (JsonNode line : lines) {
                if (line.get("state").asText().equals("CLOSED")) {
                    closed = line;
                } else {
                    open = line;
                }
            }
            JsonNode last = closed != null ? closed : open;
            String type = last.get("type").asText();
            if (DURATION_TYPES.contains(type) && closed != null && open == null) {
                problems.add("CLOSED without its OPEN line: " + last);
            }
            if (lines.size() > (DURATION_TYPES.contains(type) ? 2 : 1)) {
                problems.add(lines.size() + " lines with one alertId: " + last);
            }
            alerts.add(ExpectedAlert.parse(last.toString()));
        }
        return alerts;
    }
}
