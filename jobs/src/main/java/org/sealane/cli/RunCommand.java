package org.sealane.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.client.program.StreamContextEnvironment;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sealane.config.SealaneConfig;
import org.sealane.flink.LineTally;
import org.sealane.live.LiveJob;
import org.sealane.live.RetainedCheckpoints;
import org.sealane.replay.ReplayJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sealane run}: the live job, Kafka in and Kafka out. Run from a shell it starts an embedded
 * Flink cluster on 127.0.0.1; submitted with {@code flink run} it runs on that cluster.
 */
@Command(
        name = "run",
        header = "Run the live job, Kafka to Kafka, exactly once.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Run the live job: raw AIS lines from a Kafka topic (kafka.input-topic,",
            "ais.raw) through the same pipeline as a replay, into the alerts, coverage and",
            "rejected topics (sealane.alerts, sealane.coverage, sealane.rejected) as Avro",
            "single-object records, exactly once: each checkpoint commits a Kafka",
            "transaction, so consumers reading with isolation.level=read_committed see",
            "every alert once. Runs until stopped (Ctrl-C), or with kafka.bounded=true",
            "until what the topic held at start is done.",
            ""
        },
        footer = {
            "",
            "Configuration keys (--config FILE or --set KEY=VALUE); kafka.client.NAME=VALUE",
            "passes NAME to every Kafka client (security.protocol, sasl.mechanism, ...):",
            "${sys:sealane.configHelp}"
        })
final class RunCommand implements Callable<Integer> {

    @Mixin JobSettings settings;

    @Option(
            names = "--parallelism",
            paramLabel = "N",
            description =
                    "Parallelism of the job (default: the number of cores embedded, the"
                            + " cluster's parallelism.default on a cluster).")
    Integer parallelism;

    @Option(
            names = "--restore",
            paramLabel = "CHECKPOINT",
            description = {
                "Resume from a retained checkpoint or a savepoint: its directory (chk-N),",
                "or 'latest' for the newest checkpoint in checkpoint.directory. The job",
                "carries on from the checkpoint's offsets with its state and open",
                "transactions, so nothing is lost or repeated after a crash."
            })
    String restore;

    @Option(
            names = "--allow-non-restored-state",
            description = {
                "With --restore: drop the state of operators this job no longer has (an",
                "operator removed, or its uid renamed) instead of refusing to start."
            })
    boolean allowNonRestoredState;

    static {
        System.setProperty("sealane.configHelp", ReplayCommand.configurationHelp());
    }

    @Override
    public Integer call() throws Exception {
        if (parallelism != null && (parallelism < 1 || parallelism > ReplayJob.MAX_PARALLELISM)) {
            throw new IllegalArgumentException(
                    "--parallelism must be from 1 to " + ReplayJob.MAX_PARALLELISM);
        }
        SealaneConfig jobConfig = settings.config();
        LiveJob liveJob = new LiveJob(settings.catalogue(), settings.roster(), jobConfig);

        // Submitted to a cluster (flink run, the REST API, application mode), Flink's client
        // provides the environment, and the zone catalogue and roster read above travel inside
        // the job; from a shell, an embedded cluster on 127.0.0.1.
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        boolean onCluster = env instanceof StreamContextEnvironment;
        if (!onCluster) {
            if (allowNonRestoredState && restore == null) {
                throw new IllegalArgumentException("--allow-non-restored-state needs --restore");
            }
            Configuration cluster = ReplayJob.loopbackCluster();
            checkpointToRestore(jobConfig)
                    .ifPresent(
                            path -> {
                                cluster.set(
                                        StateRecoveryOptions.SAVEPOINT_PATH,
                                        path.toUri().toString());
                                cluster.set(
                                        StateRecoveryOptions.SAVEPOINT_IGNORE_UNCLAIMED_STATE,
                                        allowNonRestoredState);
                                System.err.println("sealane: restoring from " + path);
                            });
            env = StreamExecutionEnvironment.getExecutionEnvironment(cluster);
            env.setParallelism(
                    parallelism != null ? parallelism : Runtime.getRuntime().availableProcessors());
        } else {
            if (restore != null) {
                throw new IllegalArgumentException(
                        "--restore is for the embedded cluster; on a Flink cluster, give the"
                                + " checkpoint or savepoint to the submission (bin/flink-cluster"
                                + " submit --savepoint PATH, flink run -s PATH)");
            }
            if (allowNonRestoredState) {
                throw new IllegalArgumentException(
                        "--allow-non-restored-state is for the embedded cluster; on a Flink"
                                + " cluster, give it to the submission (bin/flink-cluster submit"
                                + " --allow-non-restored-state, flink run -n)");
            }
            if (parallelism != null) {
                env.setParallelism(parallelism);
            }
        }
        JobClient job = liveJob.start(env);
        System.err.printf(
                Locale.ROOT,
                "sealane: live job %s: %s %s -> %s, %s, %s (%s, checkpoint every %s)%n",
                job.getJobID(),
                jobConfig.kafkaBootstrapServers(),
                jobConfig.kafkaInputTopic(),
                jobConfig.kafkaAlertsTopic(),
                jobConfig.kafkaCoverageTopic(),
                jobConfig.kafkaRejectedTopic(),
                jobConfig.exactlyOnce() ? "exactly once" : "at least once",
                shortDuration(jobConfig.checkpointInterval()));
        if (onCluster && !env.getConfiguration().get(DeploymentOptions.ATTACHED)) {
            // Detached (flink run -d, the REST API): the job runs on; there is no result to
            // wait for here.
            return 0;
        }
        JobExecutionResult result = job.getJobExecutionResult().get();
        LineTally lines = LineTally.from(result.getAllAccumulatorResults());
        long runningMillis = Math.max(1, result.getNetRuntime());
        System.err.printf(
                Locale.ROOT,
                "sealane: %,d positions in %.1f s of running (%,.0f positions/s)%n",
                lines.positions() + lines.duplicates(),
                runningMillis / 1000.0,
                (lines.positions() + lines.duplicates()) * 1000.0 / runningMillis);
        System.err.printf(
                Locale.ROOT,
                "sealane: read %,d lines from %s: %,d accepted (%,d positions, %,d static reports,"
                        + " %,d other messages, %,d blank), %,d rejected (on %s), %,d duplicates%n",
                lines.inputLines(),
                jobConfig.kafkaInputTopic(),
                lines.accepted(),
                lines.positions(),
                lines.staticReports(),
                lines.ignoredTotal(),
                lines.blank(),
                lines.rejected(),
                jobConfig.kafkaRejectedTopic(),
                lines.duplicates());
        return 0;
    }

    private static String shortDuration(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private Optional<Path> checkpointToRestore(SealaneConfig jobConfig) {
        Optional<Path> retainedIn =
                jobConfig.checkpointDirectory().flatMap(RetainedCheckpoints::localDirectory);
        if (restore == null) {
            retainedIn
                    .flatMap(RetainedCheckpoints::latest)
                    .ifPresent(
                            latest ->
                                    System.err.println(
                                            "sealane: note: starting afresh; to resume from the"
                                                    + " last checkpoint ("
                                                    + latest
                                                    + "), pass --restore latest"));
            return Optional.empty();
        }
        if (!restore.equals("latest")) {
            Path path = Path.of(restore).toAbsolutePath().normalize();
            if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
                throw new IllegalArgumentException("--restore: no checkpoint at " + path);
            }
            return Optional.of(path);
        }
        if (jobConfig.checkpointDirectory().isEmpty()) {
            throw new IllegalArgumentException(
                    "--restore latest needs checkpoint.directory, where the job retains its"
                            + " checkpoints");
        }
        Path directory =
                retainedIn.orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "--restore latest lists local checkpoint directories"
                                                + " only; give the checkpoint's path in "
                                                + jobConfig.checkpointDirectory().get()));
        return Optional.of(
                RetainedCheckpoints.latest(directory)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "--restore latest: no complete checkpoint in "
                                                        + directory)));
    }
}
