package org.sealane.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.TestClusters;
import org.sealane.config.SealaneConfig;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.kafka.LocalKafkaBroker;
import org.sealane.zones.ZoneCatalogue;

/**
 * Fault tests of the live job (run with {@code mvn verify -Pfaults}): its task fails twice, each
 * time after a checkpoint and with alerts written since, and the job restores from the checkpoint;
 * the broker (a process of its own) is killed with SIGKILL mid-run and started again; the job's own
 * JVM ({@code bin/sealane run}) is killed with SIGKILL mid-run and a new one restores it from the
 * last retained checkpoint. Exactly once, the alerts read back with read_committed are those of a
 * fault-free run, none lost and none twice; at least once, the same faults repeat alerts, which
 * shows the comparison can fail.
 */
class LiveJobFaultCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.loopback(4);

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
    private static List<String> runWithTwoTaskFailures(SealaneConfig backfill) throws Exception {
        // A live job's batching: alerts go out as fixes come, not in a backfill's half-hour
        // bursts, so that each failure finds alerts written since the checkpoint it restores.
        SealaneConfig config = backfill.with("tracker.flush-interval", "0s");
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
                            // Shorter than the outage: a backfill waits for its broker all the
                            // same, where a partition left behind as idle would let the finished
                            // empty ones carry event time to the end of input.
                            .with("input.idleness", "2s")
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

    @Test
    void exactlyOnceNoAlertIsLostOrRepeatedWhenTheJobProcessIsKilledAndRestored() throws Exception {
        List<String> live = killTheJobProcessAndRestore("job-kill-exactly-once", "exactly-once");

        assertThat(live).containsExactlyElementsOf(faultFreeLiveAlerts());
    }

    @Test
    void atLeastOnceKillingTheJobProcessRepeatsAlerts() throws Exception {
        List<String> live = killTheJobProcessAndRestore("job-kill-at-least-once", "at-least-once");

        List<String> faultFree = faultFreeLiveAlerts();
        assertThat(live)
                .as("alerts repeated after the restore")
                .hasSizeGreaterThan(faultFree.size());
        assertThat(new HashSet<>(live)).isEqualTo(new HashSet<>(faultFree));
    }

    /**
     * Settings of a live job that runs on, as a real one does, and not a bounded backfill: a
     * bounded Kafka source restored from a checkpoint never ends (FLINK-31006). Short idleness and
     * checkpoint interval let the job settle soon after the traffic is read.
     */
    private static Map<String, String> runningJobSettings(String test, String guarantee)
            throws IOException {
        Map<String, String> settings = new LinkedHashMap<>(LiveTopics.settingsFor(broker, test));
        settings.put("kafka.bounded", "false");
        settings.put("input.idleness", "2s");
        settings.put("checkpoint.interval", "500ms");
        settings.put("checkpoint.directory", work.resolve(test).resolve("checkpoints").toString());
        settings.put("kafka.delivery-guarantee", guarantee);
        broker.produceLines(settings.get("kafka.input-topic"), traffic.lines());
        return settings;
    }

    private static List<String> faultFreeLiveAlerts;

    /**
     * The alerts of the same live job without a fault, once it has read all the traffic: what a
     * running job has decided by then (a replay also closes what is open at the end of its input).
     */
    private static synchronized List<String> faultFreeLiveAlerts() throws Exception {
        if (faultFreeLiveAlerts == null) {
            Map<String, String> settings = runningJobSettings("job-fault-free", "exactly-once");
            SealaneConfig config = SealaneConfig.defaults();
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                config = config.with(setting.getKey(), setting.getValue());
            }
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(2);
            JobClient job = new LiveJob(catalogue(), roster(), config).start(env);
            try {
                awaitSettled(settings, job::getJobStatus);
            } finally {
                job.cancel().get(1, TimeUnit.MINUTES);
            }
            faultFreeLiveAlerts =
                    LiveTopics.alertLines(
                            LiveTopics.committed(broker, settings.get("kafka.alerts-topic")));
            assertThat(faultFreeLiveAlerts).hasSizeGreaterThan(100);
        }
        return faultFreeLiveAlerts;
    }

    /**
     * Runs {@code bin/sealane run} over the traffic with checkpoints retained in a directory, kills
     * its JVM with SIGKILL once two checkpoints are complete and alerts are being written, before
     * it has read all the traffic, then runs {@code sealane run --restore latest} until it has;
     * returns the alerts on the topic.
     */
    private static List<String> killTheJobProcessAndRestore(String test, String guarantee)
            throws Exception {
        Map<String, String> settings = runningJobSettings(test, guarantee);
        Path checkpoints = Path.of(settings.get("checkpoint.directory"));
        try (JobProcess job = JobProcess.start(settings, work.resolve(test))) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            // Mid-stream: alerts written, some since the last checkpoint, more traffic to read.
            while (checkpointNumber(checkpoints) < 2
                    || TopicProgress.endOffsets(broker.admin(), settings.get("kafka.alerts-topic"))
                            < 200) {
                if (!job.isAlive()) {
                    throw new AssertionError("the job ended before its kill:\n" + job.output());
                }
                assertThat(System.nanoTime())
                        .as("two checkpoints and 200 alerts within 2 min")
                        .isLessThan(deadline);
                TimeUnit.MILLISECONDS.sleep(20);
            }
            job.killHard();
        }
        assertThat(unreadLines(settings)).as("traffic not yet read when the job died").isPositive();

        try (JobProcess restored =
                JobProcess.start(settings, work.resolve(test), "--restore", "latest")) {
            awaitSettled(
                    settings,
                    () ->
                            CompletableFuture.completedFuture(
                                    restored.isAlive() ? JobStatus.RUNNING : JobStatus.FAILED));
            assertThat(restored.output())
                    .contains("restoring from " + checkpoints.toAbsolutePath());
        }
        return LiveTopics.alertLines(
                LiveTopics.committed(broker, settings.get("kafka.alerts-topic")));
    }

    /**
     * Waits until the job has committed the offsets of all the traffic with a checkpoint, and two
     * more checkpoints have completed since: all it will decide on this traffic is on the topics.
     */
    private static void awaitSettled(
            Map<String, String> settings, Supplier<CompletableFuture<JobStatus>> status)
            throws Exception {
        Path checkpoints = Path.of(settings.get("checkpoint.directory"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        long readAllAt = -1;
        while (readAllAt < 0 || checkpointNumber(checkpoints) < readAllAt + 2) {
            assertThat(status.get().get().isGloballyTerminalState())
                    .as("the job has ended")
                    .isFalse();
            assertThat(System.nanoTime()).as("the job settles within 3 min").isLessThan(deadline);
            if (readAllAt < 0 && unreadLines(settings) == 0) {
                readAllAt = checkpointNumber(checkpoints);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static long unreadLines(Map<String, String> settings) throws Exception {
        return TopicProgress.unreadLines(
                broker.admin(), settings.get("kafka.input-topic"), settings.get("kafka.group-id"));
    }

    /** The number of the newest complete checkpoint in the directory, 0 if none. */
    private static long checkpointNumber(Path checkpoints) {
        return RetainedCheckpoints.latest(checkpoints)
                .map(path -> Long.parseLong(path.getFileName().toString().substring(4)))
                .orElse(0L);
    }
}
