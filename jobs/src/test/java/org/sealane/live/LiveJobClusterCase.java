package org.sealane.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.Poll;
import org.sealane.TestData;

/**
 * The live job on a real Flink cluster (run with {@code mvn verify -Pcluster}): a broker and a
 * session cluster in processes of their own ({@code bin/kafka}, {@code bin/flink-cluster}), the job
 * jar submitted through the REST API as an engineer would, its TaskManager killed with {@code kill
 * -9} mid-stream and a new one started. The alerts read back with read_committed are those of a
 * fault-free replay of the same traffic, none lost and none twice.
 */
class LiveJobClusterCase {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration RUN = Duration.ofMinutes(5);

    @TempDir static Path work;

    private static SimulatedTraffic traffic;
    private static ProcessBroker broker;
    private static ProcessFlinkCluster cluster;

    @BeforeAll
    static void replayTheTrafficAndStartBrokerAndCluster() throws Exception {
        assertThat(TestData.repoRoot().resolve("jobs/target/sealane-job.jar"))
                .as("the job jar (mvn package)")
                .isRegularFile();
        // Enough traffic that the job is still reading it well after its first checkpoints.
        traffic = SimulatedTraffic.bulk(work, 400, Duration.ofHours(24), 11L);
        broker = ProcessBroker.start(LoopbackPorts.freePair(), work.resolve("kafka"));
        cluster =
                ProcessFlinkCluster.start(
                        LoopbackPorts.freePair(),
                        work.resolve("flink"),
                        // A lost TaskManager is noticed within seconds, and the job restarts
                        // from its last checkpoint as soon as a new one offers slots.
                        "heartbeat.interval=2000",
                        "heartbeat.timeout=20000",
                        "restart-strategy.type=fixed-delay",
                        "restart-strategy.fixed-delay.attempts=20",
                        "restart-strategy.fixed-delay.delay=2s");
    }

    @AfterAll
    static void stopClusterAndBroker() throws Exception {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } finally {
            if (broker != null) {
                broker.stop();
            }
        }
    }

    @Test
    void exactlyOnceNoAlertIsLostOrRepeatedWhenTheTaskManagerIsKilled() throws Exception {
        // given: the traffic on ais.raw, a bounded exactly-once job submitted to the cluster
        broker.produceLines("ais.raw", traffic.lines());
        Path config = work.resolve("live.properties");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "kafka.bootstrap-servers = " + broker.bootstrapServers(),
                        "kafka.starting-offsets = earliest",
                        "kafka.bounded = true",
                        "checkpoint.interval = 1s",
                        ""),
                StandardCharsets.UTF_8);
        String job =
                cluster.submit(
                        "--config",
                        config.toString(),
                        "--zones",
                        SimulatedTraffic.catalogueFile().toString(),
                        "--fleet",
                        SimulatedTraffic.rosterFile().toString(),
                        "--parallelism",
                        "2");

        // when: a checkpoint has completed and committed alerts, kill -9 the TaskManager, then
        // start a new one
        int committedBeforeKill =
                Poll.until(
                        "a completed checkpoint and committed alerts",
                        STARTUP,
                        () -> {
                            requireRunning(job);
                            if (checkpoints(job).path("completed").asLong() < 1) {
                                return null;
                            }
                            int committed = broker.readAllCommitted("sealane.alerts").size();
                            return committed > 0 ? committed : null;
                        });
        requireRunning(job);
        long killed = System.nanoTime();
        cluster.killTaskManager(1);
        cluster.startTaskManager();
        String finalState =
                Poll.until(
                        "the job to finish",
                        RUN,
                        () -> {
                            String state = cluster.rest("/jobs/" + job).path("state").asText();
                            return state.equals("FINISHED")
                                            || state.equals("FAILED")
                                            || state.equals("CANCELED")
                                    ? state
                                    : null;
                        });

        System.out.printf(
                "%d traffic lines; %d of %d alerts committed when the TaskManager was killed;"
                        + " the job finished %d s later%n",
                traffic.lines().size(),
                committedBeforeKill,
                traffic.expectedAlerts().size(),
                Duration.ofNanos(System.nanoTime() - killed).toSeconds());

        // then: it restored a checkpoint and finished, with the alerts of a fault-free replay
        assertThat(finalState).as("job %s (logs in %s)", job, cluster.logs()).isEqualTo("FINISHED");
        assertThat(committedBeforeKill)
                .as("alerts committed before the kill")
                .isLessThan(traffic.expectedAlerts().size());
        assertThat(checkpoints(job).path("restored").asLong())
                .as("restores from a checkpoint")
                .isGreaterThanOrEqualTo(1);
        assertThat(traffic.expectedAlerts()).hasSizeGreaterThan(100);
        LiveTopics.assertSameAlerts(
                traffic.expectedAlerts(),
                LiveTopics.alertLines(broker.readAllCommitted("sealane.alerts")));
    }

    private static JsonNode checkpoints(String job) throws Exception {
        return cluster.rest("/jobs/" + job + "/checkpoints").path("counts");
    }

    /** Fails at once if the job ended before the TaskManager could be killed mid-stream. */
    private static void requireRunning(String job) throws Exception {
        String state = cluster.rest("/jobs/" + job).path("state").asText();
        assertThat(state)
                .as("job %s, before the kill (logs in %s)", job, cluster.logs())
                .isIn("CREATED", "INITIALIZING", "RUNNING");
    }
}
