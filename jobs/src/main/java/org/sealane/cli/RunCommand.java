package org.sealane.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.flink.client.program.StreamContextEnvironment;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sealane.config.SealaneConfig;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.live.LiveJob;
import org.sealane.replay.ReplayJob;
import org.sealane.zones.ZoneCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sealane run}: the live job, Kafka in and Kafka out. Run from a shell it starts an embedded
 * Flink cluster on 127.0.0.1; submitted with {@code flink run} it runs on that cluster.
 */
@Command(
        name = "run",
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
        jobConfig.coverageLateness();
        ZoneCatalogue catalogue = settings.catalogue();
        TaskForceRoster roster = settings.roster();

        // Submitted to a cluster (flink run, the REST API, application mode), Flink's client
        // provides the environment, and the zone catalogue and roster read above travel inside
        // the job; from a shell, an embedded cluster on 127.0.0.1.
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        boolean onCluster = env instanceof StreamContextEnvironment;
        if (!onCluster) {
            env = StreamExecutionEnvironment.getExecutionEnvironment(ReplayJob.loopbackCluster());
            env.setParallelism(
                    parallelism != null ? parallelism : Runtime.getRuntime().availableProcessors());
        } else if (parallelism != null) {
            env.setParallelism(parallelism);
        }
        JobClient job = new LiveJob(catalogue, roster, jobConfig).start(env);
        System.err.printf(
                Locale.ROOT,
                "sealane: live job %s: %s %s -> %s, %s, %s (%s, checkpoint every %d s)%n",
                job.getJobID(),
                jobConfig.kafkaBootstrapServers(),
                jobConfig.kafkaInputTopic(),
                jobConfig.kafkaAlertsTopic(),
                jobConfig.kafkaCoverageTopic(),
                jobConfig.kafkaRejectedTopic(),
                jobConfig.exactlyOnce() ? "exactly once" : "at least once",
                jobConfig.checkpointInterval().toSeconds());
        if (onCluster && !env.getConfiguration().get(DeploymentOptions.ATTACHED)) {
            // Detached (flink run -d, the REST API): the job runs on; there is no result to
            // wait for here.
            return 0;
        }
        job.getJobExecutionResult().get();
        return 0;
    }
}
