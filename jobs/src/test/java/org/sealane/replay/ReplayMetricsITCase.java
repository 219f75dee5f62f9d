package org.sealane.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Meter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.avro.AlertType;
import org.sealane.flink.SealaneMetrics;
import org.sealane.zones.ZoneCatalogue;

/**
 * The metrics a watch floor charts, as Flink's reporters see them, after a replay of the scenario
 * whose alerts and rejected rows {@link ReplayScenarioITCase} knows exactly, at parallelism 2: they
 * must tell the same story as the replay's summary.
 */
class ReplayMetricsITCase {

    private static final InMemoryReporter REPORTER = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setConfiguration(
                                    REPORTER.addToConfiguration(ReplayJob.loopbackCluster()))
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    /** A ship heard once, 27 hours after the scenario began: by then the others have expired. */
    private static final String LATECOMER_ROW =
            "235000005,2024-06-02T03:00:00,10.5,88.5,0.1,0,0,,,,";

    @Test
    void metricsCountWhatTheSummaryCounts(@TempDir Path dir) throws Exception {
        List<String> rows = new ArrayList<>(ReplayScenarioITCase.scenarioRows());
        rows.add(LATECOMER_ROW);
        Path input = Files.write(dir.resolve("scenario.csv"), rows, StandardCharsets.UTF_8);
        Instant started = Instant.now();
        ReplaySummary summary =
                ReplayScenarioITCase.replay(
                        dir,
                        "out",
                        2,
                        ZoneCatalogue.parse(ReplayScenarioITCase.ZONES, "scenario"),
                        List.of(input));

        // The trackers find the repeated row a duplicate after it has been counted a position.
        assertThat(counted(SealaneMetrics.POSITIONS, group -> true))
                .isEqualTo((long) summary.asMap().get("positions") + 1);
        assertThat(counted(SealaneMetrics.REJECTED, byKey(SealaneMetrics.REASON, "INVALID_MMSI")))
                .isEqualTo(1);
        assertThat(counted(SealaneMetrics.REJECTED, byKey(SealaneMetrics.REASON, "BAD_POSITION")))
                .isEqualTo(1);
        assertThat(counted(SealaneMetrics.REJECTED, byKey(SealaneMetrics.REASON, "LATE")))
                .as("every reason has a series, zero when nothing was rejected for it")
                .isZero();
        assertThat(counted(SealaneMetrics.REJECTED, group -> true)).isEqualTo(summary.rejected());

        Map<String, Long> written = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String alert : Files.readAllLines(dir.resolve("out/alerts.jsonl"))) {
            written.merge(json.readTree(alert).get("type").asText(), 1L, Long::sum);
        }
        assertThat(written).containsKeys("ZONE_ENTRY", "ZONE_EXIT", "POSITION_JUMP");
        for (AlertType type : AlertType.values()) {
            assertThat(
                            counted(
                                    SealaneMetrics.ALERTS,
                                    byKey(SealaneMetrics.ALERT_TYPE, type.name())))
                    .as(type + " alerts")
                    .isEqualTo(written.getOrDefault(type.name(), 0L));
        }
        assertThat(metrics(SealaneMetrics.POSITIONS + SealaneMetrics.PER_SECOND, group -> true))
                .isNotEmpty()
                .allSatisfy(rate -> assertThat(rate).isInstanceOf(Meter.class));

        // The four ships of the first hour expired a day after their last fix; the latecomer is
        // still followed (nothing expires at the end of a bounded input).
        assertThat(
                        metrics(SealaneMetrics.TRACKED_VESSELS, group -> true).stream()
                                .mapToLong(gauge -> (Long) ((Gauge<?>) gauge).getValue())
                                .sum())
                .isEqualTo(1);

        // The detectors' event time is within the scenario's 27 hours, as far behind the wall
        // clock as that. A tracker that no vessel hashed to has seen no event time: it reports no
        // lag rather than a made-up one.
        Instant first = Instant.parse("2024-06-01T00:00:00Z");
        Instant last = Instant.parse("2024-06-02T03:00:00Z");
        List<Object> lags =
                metrics(SealaneMetrics.EVENT_TIME_LAG, group -> true).stream()
                        .<Object>map(gauge -> ((Gauge<?>) gauge).getValue())
                        .toList();
        assertThat(lags).hasSize(2).anySatisfy(lag -> assertThat(lag).isNotNull());
        assertThat(lags.stream().filter(lag -> lag != null).map(lag -> (Long) lag))
                .allSatisfy(
                        lag ->
                                assertThat(lag)
                                        .isBetween(
                                                started.toEpochMilli() - last.toEpochMilli(),
                                                Instant.now().toEpochMilli()
                                                        - first.toEpochMilli()));
    }

    private static Predicate<MetricGroup> byKey(String key, String value) {
        return group -> value.equals(group.getAllVariables().get("<" + key + ">"));
    }

    private static long counted(String name, Predicate<MetricGroup> groups) {
        return metrics(name, groups).stream().mapToLong(c -> ((Counter) c).getCount()).sum();
    }

    /** The metric of that name in every sealane group (all operators and subtasks). */
    private static List<Metric> metrics(String name, Predicate<MetricGroup> groups) {
        return REPORTER.getMetricsByGroup().entrySet().stream()
                .filter(entry -> entry.getKey().getMetricIdentifier(name).contains(".sealane."))
                .filter(entry -> groups.test(entry.getKey()))
                .map(Map.Entry::getValue)
                .filter(byName -> byName.containsKey(name))
                .map(byName -> byName.get(name))
                .toList();
    }
}
