package org.sealane.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.Poll;
import org.sealane.TestData;
import org.sealane.kafka.LocalKafkaBroker;
import org.sealane.simulate.Scenarios;
import org.sealane.simulate.Simulator;

/**
 * Savepoint upgrades of the live job on a real Flink cluster (run with {@code mvn verify
 * -Pcluster}), as the README's walk-through does them with {@code bin/flink-cluster}: the job is
 * stopped with a savepoint halfway through the traffic and restored into the next release of the
 * job jar, whose vessel state has a new field, with coverage turned on (three new stateful
 * operators) and at a higher parallelism (key groups move between subtasks). The traffic then
 * carries on, and the alert topic holds exactly the alerts of a fault-free run: none lost, none
 * twice. A release that renamed an operator's uid is refused, in one line, before any job starts.
 * And the metrics an engineer charts, read from the cluster's REST API as its web UI does, count
 * what went through the job.
 */
class LiveJobUpgradeClusterCase {

    private static final Duration SETTLE = Duration.ofMinutes(4);

    @TempDir static Path work;

    private static List<String> traffic;
    private static LocalKafkaBroker broker;
    private static ProcessFlinkCluster cluster;

    @BeforeAll
    static void startBrokerAndCluster() throws Exception {
        assertThat(TestData.repoRoot().resolve("jobs/target/sealane-job.jar"))
                .as("the job jar (mvn package)")
                .isRegularFile();
        traffic = Simulator.run(Scenarios.bulk(200, Duration.ofHours(24), 17L), 17L).nmeaLines();
        broker = LocalKafkaBroker.start();
        cluster =
                ProcessFlinkCluster.start(
                        LoopbackPorts.freePair(),
                        work.resolve("flink"),
                        "restart-strategy.type=fixed-delay",
                        "restart-strategy.fixed-delay.attempts=3",
                        "restart-strategy.fixed-delay.delay=1s");
    }

    @AfterAll
    static void stopClusterAndBroker() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    @Test
    void theNextReleaseRestoredFromASavepointCarriesOnWithEveryAlertOnce() throws Exception {
        // given: what a fault-free run of the upgraded configuration writes on the traffic
        List<String> faultFree = faultFreeAlerts();
        // and the next release of the job jar: a vessel's state has one more field
        Path nextRelease =
                NextJobJar.build(
                        work.resolve("sealane-job-next.jar"),
                        "org/sealane/track/VesselTrack.java",
                        source ->
                                source.replaceFirst(
                                        "public class VesselTrack \\{",
                                        "public class VesselTrack {\n"
                                                + "private String destination = \"unknown\";\n"
                                                + "public String getDestination() {"
                                                + " return destination; }\n"
                                                + "public void setDestination(String d) {"
                                                + " destination = d; }\n"));
        // and the job on the first half of the traffic, without coverage, at parallelism 2
        Map<String, String> settings = runningJobSettings("upgrade");
        Path before = configFile(settings, "before.properties", "coverage.enabled", "false");
        int half = traffic.size() / 2;
        broker.produceLines(settings.get("kafka.input-topic"), traffic.subList(0, half));
        String job = cluster.submit(jobOptions(before, "2"));
        Poll.until(
                "committed alerts",
                Duration.ofMinutes(3),
                () -> {
                    requireRunning(job);
                    return committedAlerts(settings).isEmpty() ? null : true;
                });

        // when: it is stopped with a savepoint
        String savepoint = cluster.stopWithSavepoint(job);
        int alertsAtSavepoint = committedAlerts(settings).size();

        // then: a release that renamed the vessel detectors' uid is refused, naming it
        Path renamed =
                NextJobJar.build(
                        work.resolve("sealane-job-renamed.jar"),
                        "org/sealane/flink/SealaneTopology.java",
                        source ->
                                source.replace(
                                        ".uid(\"vessel-tracker\")", ".uid(\"vessel-detectors\")"));
        int jobsBefore = cluster.rest("/jobs/overview").path("jobs").size();
        assertThatThrownBy(
                        () ->
                                cluster.submit(
                                        withRelease(jobOptions(before, "2"), renamed, savepoint)))
                .hasMessageContaining(
                        "flink-cluster: error: the job did not start: sealane: error: "
                                + savepoint
                                + " holds state of operator 'vessel-tracker' (Vessel detectors),"
                                + " which this job does not have")
                .hasMessageContaining("--allow-non-restored-state");
        assertThat(cluster.rest("/jobs/overview").path("jobs").size())
                .as("jobs on the cluster")
                .isEqualTo(jobsBefore);

        // when: the next release restores the savepoint with coverage on, at parallelism 3, and
        // the second half of the traffic comes
        Path after = configFile(settings, "after.properties", "coverage.enabled", "true");
        String upgraded =
                cluster.submit(withRelease(jobOptions(after, "3"), nextRelease, savepoint));
        broker.produceLines(
                settings.get("kafka.input-topic"), traffic.subList(half, traffic.size()));
        awaitSettled(upgraded, settings);
        JsonNode restored = cluster.rest("/jobs/" + upgraded + "/checkpoints").path("latest");
        JsonNode vertices = cluster.rest("/jobs/" + upgraded).path("vertices");
        cluster.cancel(upgraded);
        List<String> live = committedAlerts(settings);

        System.out.printf(
                "%d traffic lines; %d of %d alerts committed at the savepoint; %d after the"
                        + " upgrade%n",
                traffic.size(), alertsAtSavepoint, faultFree.size(), live.size());

        // then: the savepoint was restored into the new job graph, and every alert is there once
        assertThat(restored.path("restored").path("external_path").asText())
                .as("restored from")
                .isEqualTo(savepoint);
        assertThat(parallelismOf(vertices, "Vessel detectors")).isEqualTo(3);
        assertThat(parallelismOf(vertices, "Patrol zone coverage")).isEqualTo(3);
        assertThat(alertsAtSavepoint).isPositive().isLessThan(faultFree.size());
        LiveTopics.assertSameAlerts(faultFree, live);
    }

    @Test
    void metricsOnTheRestApiCountWhatWentThroughTheJob() throws Exception {
        // given: simulated traffic with what a replay of it counts, and a job reading it
        SimulatedTraffic simulated = SimulatedTraffic.bulk(work, 60, Duration.ofHours(6), 23L);
        JsonNode replayed =
                new ObjectMapper().readTree(work.resolve("replay/summary.json").toFile());
        long positions = replayed.path("positions").asLong() + replayed.path("duplicates").asLong();
        Map<String, String> settings = runningJobSettings("metrics");
        broker.produceLines(settings.get("kafka.input-topic"), simulated.lines());
        String job =
                cluster.submit(
                        jobOptions(
                                configFile(
                                        settings, "metrics.properties", "coverage.enabled", "true"),
                                "2"));

        // when: it has read everything and committed its alerts
        awaitSettled(job, settings);
        int committed = committedAlerts(settings).size();
        Map<String, Double> alerts =
                Poll.until(
                        "the alert metrics to count the " + committed + " committed alerts",
                        Duration.ofMinutes(1),
                        () -> {
                            Map<String, Double> byType =
                                    cluster.metricSums(
                                            job,
                                            name ->
                                                    name.contains(".sealane.alertType.")
                                                            && name.endsWith(".alerts"));
                            return sum(byType) == committed ? byType : null;
                        });

        // then: the REST API shows positions, rejected lines, alerts, vessels and event-time lag
        assertThat(sum(cluster.metricSums(job, name -> name.endsWith(".sealane.positions"))))
                .as("positions decoded")
                .isEqualTo(positions);
        assertThat(alerts.keySet())
                .as("alert series by type")
                .anyMatch(name -> name.contains(".alertType.ZONE_ENTRY."))
                .anyMatch(name -> name.contains(".alertType.CHOKEPOINT_TRANSIT."));
        assertThat(
                        sum(
                                cluster.metricSums(
                                        job,
                                        name ->
                                                name.contains(".sealane.reason.")
                                                        && name.endsWith(".rejected"))))
                .as("rejected lines, as many as on the rejected topic")
                .isEqualTo(
                        LiveTopics.committed(broker, settings.get("kafka.rejected-topic")).size());
        assertThat(sum(cluster.metricSums(job, name -> name.endsWith(".sealane.trackedVessels"))))
                .as("vessels in the trackers' state")
                .isBetween(1.0, 60.0);
        assertThat(cluster.metricSums(job, name -> name.endsWith(".sealane.eventTimeLagMs")))
                .as("event-time lag of the detectors: the simulated traffic is in the past")
                .isNotEmpty()
                .allSatisfy((name, lag) -> assertThat(lag).isPositive());
        cluster.cancel(job);
    }

    private static double sum(Map<String, Double> sums) {
        return sums.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The alerts of the upgraded configuration run from the start on all the traffic. */
    private static List<String> faultFreeAlerts() throws Exception {
        Map<String, String> settings = runningJobSettings("fault-free");
        Path config = configFile(settings, "fault-free.properties", "coverage.enabled", "true");
        broker.produceLines(settings.get("kafka.input-topic"), traffic);
        String job = cluster.submit(jobOptions(config, "2"));
        awaitSettled(job, settings);
        cluster.cancel(job);
        List<String> alerts = committedAlerts(settings);
        assertThat(alerts).hasSizeGreaterThan(100);
        return alerts;
    }

    /**
     * A job that runs on, as a real one does: a bounded Kafka source restored from a savepoint
     * never ends (FLINK-31006).
     */
    private static Map<String, String> runningJobSettings(String test) {
        Map<String, String> settings = new LinkedHashMap<>(LiveTopics.settingsFor(broker, test));
        settings.put("kafka.bounded", "false");
        settings.put("input.idleness", "2s");
        return settings;
    }

    private static Path configFile(
            Map<String, String> settings, String name, String key, String value)
            throws IOException {
        Properties properties = new Properties();
        properties.putAll(settings);
        properties.setProperty(key, value);
        Path file = work.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "live job of an upgrade test");
        }
        return file;
    }

    private static String[] jobOptions(Path config, String parallelism) {
        return new String[] {
            "--config", config.toString(),
            "--zones", SimulatedTraffic.catalogueFile().toString(),
            "--fleet", SimulatedTraffic.rosterFile().toString(),
            "--parallelism", parallelism
        };
    }

    private static String[] withRelease(String[] options, Path jar, String savepoint) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(List.of("--jar", jar.toString(), "--savepoint", savepoint));
        return all.toArray(String[]::new);
    }

    private static List<String> committedAlerts(Map<String, String> settings) {
        return LiveTopics.alertLines(
                LiveTopics.committed(broker, settings.get("kafka.alerts-topic")));
    }

    /**
     * Waits until the job has committed the offsets of all the traffic with a checkpoint, and two
     * more checkpoints have completed since: all it will decide on this traffic is on the topics.
     */
    private static void awaitSettled(String job, Map<String, String> settings) throws Exception {
        long[] readAllAt = {-1};
        Poll.until(
                "job " + job + " to read all the traffic and checkpoint twice more",
                SETTLE,
                () -> {
                    requireRunning(job);
                    long completed =
                            cluster.rest("/jobs/" + job + "/checkpoints")
                                    .path("counts")
                                    .path("completed")
                                    .asLong();
                    if (readAllAt[0] < 0
                            && TopicProgress.unreadLines(
                                            broker.admin(),
                                            settings.get("kafka.input-topic"),
                                            settings.get("kafka.group-id"))
                                    == 0) {
                        readAllAt[0] = completed;
                    }
                    return readAllAt[0] >= 0 && completed >= readAllAt[0] + 2 ? true : null;
                });
    }

    private static int parallelismOf(JsonNode vertices, String operatorName) {
        for (JsonNode vertex : vertices) {
            if (vertex.path("name").asText().contains(operatorName)) {
                return vertex.path("parallelism").asInt();
            }
        }
        throw new AssertionError("no vertex runs " + operatorName + ": " + vertices);
    }

    private static void requireRunning(String job) throws Exception {
        String state = cluster.rest("/jobs/" + job).path("state").asText();
        assertThat(state)
                .as(
                        "job %s, last failure %s (logs in %s)",
                        job,
                        cluster.rest("/jobs/" + job + "/exceptions")
                                .path("exceptionHistory")
                                .path("entries")
                                .path(0)
                                .path("exceptionName"),
                        cluster.logs())
                .isIn("CREATED", "INITIALIZING", "RUNNING");
    }
}
