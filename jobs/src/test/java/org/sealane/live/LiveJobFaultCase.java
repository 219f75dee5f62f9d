package org.sealane.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.config.SealaneConfig;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.kafka.LocalKafkaBroker;
import org.sealane.replay.ReplayJob;
import org.sealane.zones.ZoneCatalogue;

/**
 * Fault tests of the live job (run with {@code mvn verify -Pfaults}): its task fails twice, each
 * time after a checkpoint and with alerts written since, and the job restores from the checkpoint;
 * or the broker (a process of its own) is killed with SIGKILL mid-run and started again. Exactly
 * once, the alerts read back with read_committed are those of a fault-free replay, none lost and
 * none twice; at least once, the same task failures repeat alerts, which shows the comparison can
 * fail.
 */
class LiveJobFaultCase {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setConfiguration(ReplayJob.loopbackCluster())
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(4)
                            .build());

    private static LocalKafkaBroker broker;
    private static SimulatedTraffic traffic;
    private static List<String> expectedAlerts;

    @TempDir static Path work;

    @BeforeAll
    static void startBrokerAndReplayTheTraffic() throws Exception {
        broker = LocalKafkaBroker.start();
        // Enough traffic that the job runs through several checkpoints.
        traffic = SimulatedTraffic.bulk(work, 300, Duration.ofHours(12), 7L);
        expectedAlerts = traffic.expectedAlerts();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static ZoneCatalogue catalogue() {
        return SimulatedTraffic.catalogue();
    }

    private static TaskForceRoster roster() {
        return SimulatedTraffic.roster();
    }

    /** Runs the live job over the traffic with two task failures; returns the alerts it wrote. */
    private static List<String> runWithTwoTaskFailures(SealaneConfig config) throws Exception {
        broker.produceLines(config.kafkaInputTopic(), traffic.lines());
        Configuration restarts = new Configuration();
        restarts.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        restarts.set(
                RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(restarts);
        env.setParallelism(2);
        TaskFailures.arm(2);
        new LiveJob(catalogue(), roster(), config)
                .start(
                        env,
                        lines ->
                                lines.map(new TaskFailures(5_000))
                                        .setParallelism(lines.getParallelism())
                                        .uid("task-failures")
                                        .name("Task failures"))
                .getJobExecutionResult()
                .get(5, TimeUnit.MINUTES);
        assertThat(TaskFailures.injected()).as("task failures injected").isEqualTo(2);
        return LiveTopics.alertLines(LiveTopics.committed(broker, config.kafkaAlertsTopic()));
    }

    @Test
    void exactlyOnceNoAlertIsLostOrRepeatedAcrossTwoTaskFailures() throws Exception {
        SealaneConfig config =
                LiveTopics.configFor(broker, "exactly-once-faults")
                        .with("checkpoint.interval", "500ms");

        List<String> live = runWithTwoTaskFailures(config);

        assertThat(expectedAlerts).hasSizeGreaterThan(100);
        LiveTopics.assertSameAlerts(expectedAlerts, live);
    }

    @Test
    void atLeastOnceTheSameFailuresRepeatAlerts() throws Exception {
        SealaneConfig config =
                LiveTopics.configFor(broker, "at-least-once-faults")
                        .with("checkpoint.interval", "500ms")
                        .with("kafka.delivery-guarantee", "at-least-once");

        List<String> live = runWithTwoTaskFailures(config);

        assertThat(live)
                .as("alerts repeated after restores")
                .hasSizeGreaterThan(expectedAlerts.size());
        assertThat(new HashSet<>(live)).isEqualTo(new HashSet<>(expectedAlerts));
    }

    @Test
    void exactlyOnceNoAlertIsLostOrRepeatedWhenTheBrokerIsKilledAndRestarted() throws Exception {
        // given: a broker in a process of its own (bin/kafka, Kafka 4.3.1), the traffic on ais.raw
        Path dir = work.resolve("broker-crash");
        int port = LoopbackPorts.freePair();
        ProcessBroker crashing = ProcessBroker.start(port, dir);
        try {
            crashing.produceLines("ais.raw", traffic.lines());
            SealaneConfig config =
                    SealaneConfig.defaults()
                            .with("kafka.bootstrap-servers", crashing.bootstrapServers())
                            .with("kafka.starting-offsets", "earliest")
                            .with("kafka.bounded", "true")
                            .with("checkpoint.interval", "500ms");

            // when: 5,000 lines after a checkpoint, kill -9 the broker; start it again 2 s later
            Configuration restarts = new Configuration();
            restarts.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
            restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 30);
            restarts.set(
                    RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY,
                    Duration.ofSeconds(1));
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.configure(restarts);
            env.setParallelism(2);
            AfterCheckpoint.arm(crashing::killAndRestartLater);
            new LiveJob(catalogue(), roster(), config)
                    .start(
                            env,
                            lines ->
                                    lines.map(new AfterCheckpoint(5_000))
                                            .setParallelism(lines.getParallelism())
                                            .uid("broker-crash")
                                            .name("Broker crash"))
                    .getJobExecutionResult()
                    .get(5, TimeUnit.MINUTES);

            // then: the alerts of a fault-free replay, each once
            assertThat(AfterCheckpoint.fired()).as("the broker was killed mid-run").isTrue();
            assertThat(crashing.restarted()).as("and started again").isTrue();
            LiveTopics.assertSameAlerts(
                    expectedAlerts,
                    LiveTopics.alertLines(crashing.readAllCommitted("sealane.alerts")));
        } finally {
            crashing.stop();
        }
    }
}
