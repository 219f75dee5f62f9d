package org.sealane.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sealane.config.SealaneConfig;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.flink.SealaneTopology;
import org.sealane.input.InputFormat;
import org.sealane.model.RawLine;
import org.sealane.output.AlertJsonFormat;
import org.sealane.output.CoverageCsvFormat;
import org.sealane.output.CoverageJsonFormat;
import org.sealane.output.JsonLinesFileSink;
import org.sealane.output.JsonLinesFiles;
import org.sealane.output.RejectedJsonFormat;
import org.sealane.output.TrackPointFormat;
import org.sealane.output.VesselNameFormat;
import org.sealane.output.VesselTracks;
import org.sealane.zones.ZoneCatalogue;

/**
 * Replays AIS files through the sealane topology on a Flink cluster (by default an embedded
 * MiniCluster bound to loopback) and writes {@code alerts.jsonl}, {@code coverage.jsonl}, {@code
 * coverage.csv}, {@code rejected.jsonl}, {@code tracks.jsonl} (the named, thinned tracks of the
 * vessels with alerts, for the report's map) and {@code summary.json} into the output directory.
 * The same input gives byte-identical files at any parallelism.
 */
public final class ReplayJob {

    /** Largest parallelism the job's keyed state can ever be rescaled to (DESIGN 6). */
    public static final int MAX_PARALLELISM = SealaneTopology.MAX_PARALLELISM;

    public static final String ALERTS_FILE = "alerts.jsonl";
    public static final String REJECTED_FILE = "rejected.jsonl";
    public static final String COVERAGE_FILE = "coverage.jsonl";
    public static final String COVERAGE_CSV_FILE = "coverage.csv";
    public static final String SUMMARY_FILE = "summary.json";
    public static final String TRACKS_FILE = "tracks.jsonl";

    private final List<ReplayInput> inputs;
    private final ZoneCatalogue zones;
    private final TaskForceRoster roster;
    private final SealaneConfig config;
    private final Path outDirectory;
    private final int parallelism;

    /** Receives progress while the replay runs. */
    public interface ProgressListener {
        void progress(long bytesRead, long totalBytes, Duration elapsed);
    }

    /** A replay whose coverage counts no vessel as the task force's. */
    public ReplayJob(
            List<ReplayInput> inputs,
            ZoneCatalogue zones,
            SealaneConfig config,
            Path outDirectory,
            int parallelism) {
        this(inputs, zones, TaskForceRoster.empty(), config, outDirectory, parallelism);
    }

    public ReplayJob(
            List<ReplayInput> inputs,
            ZoneCatalogue zones,
            TaskForceRoster roster,
            SealaneConfig config,
            Path outDirectory,
            int parallelism) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input files");
        }
        this.inputs = List.copyOf(inputs);
        this.zones = zones;
        this.roster = roster;
        this.config = config;
        this.outDirectory = outDirectory;
        this.parallelism = parallelism;
    }

    /** Runs the replay on an embedded MiniCluster bound to 127.0.0.1. */
    public ReplaySummary run(ProgressListener progress) throws Exception {
        return runOn(
                StreamExecutionEnvironment.createLocalEnvironment(parallelism, loopbackCluster()),
                progress);
    }

    /**
     * Cluster settings that keep an embedded cluster on 127.0.0.1 (its REST endpoint on a free
     * port), so a replay opens nothing to the network.
     */
    public static Configuration loopbackCluster() {
        Configuration cluster = new Configuration();
        cluster.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        cluster.set(RestOptions.ADDRESS, "127.0.0.1");
        cluster.set(RestOptions.BIND_PORT, "0");
        cluster.set(JobManagerOptions.BIND_HOST, "127.0.0.1");
        cluster.set(JobManagerOptions.ADDRESS, "127.0.0.1");
        cluster.set(TaskManagerOptions.BIND_HOST, "127.0.0.1");
        cluster.set(TaskManagerOptions.HOST, "127.0.0.1");
        return cluster;
    }

    /** Runs the replay on the given environment (a test MiniCluster, for example). */
    public ReplaySummary runOn(StreamExecutionEnvironment env, ProgressListener progress)
            throws Exception {
        Files.createDirectories(outDirectory);
        Path staging = Files.createTempDirectory(outDirectory, ".parts-");
        String runId = UUID.randomUUID().toString();
        long started = System.nanoTime();
        try {
            build(env, runId, staging);
            JobClient job = env.executeAsync("sealane replay");
            JobExecutionResult result = awaitResult(job, runId, started, progress);
            long alerts =
                    JsonLinesFiles.merge(
                            staging.resolve("alerts"), outDirectory.resolve(ALERTS_FILE));
            JsonLinesFiles.merge(staging.resolve("rejected"), outDirectory.resolve(REJECTED_FILE));
            VesselTracks.write(
                    staging.resolve("tracks"),
                    staging.resolve("names"),
                    outDirectory.resolve(ALERTS_FILE),
                    outDirectory.resolve(TRACKS_FILE));
            long coverage = 0;
            if (config.coverageEnabled()) {
                coverage =
                        JsonLinesFiles.merge(
                                staging.resolve("coverage"), outDirectory.resolve(COVERAGE_FILE));
                JsonLinesFiles.merge(
                        staging.resolve("coverage-csv"),
                        outDirectory.resolve(COVERAGE_CSV_FILE),
                        coverageCsv().header());
            } else {
                // Files of an earlier run in the same folder would be taken for this one's.
                Files.deleteIfExists(outDirectory.resolve(COVERAGE_FILE));
                Files.deleteIfExists(outDirectory.resolve(COVERAGE_CSV_FILE));
            }
            Duration wallTime = Duration.ofNanos(System.nanoTime() - started);
            ReplaySummary summary =
                    ReplaySummary.from(
                            inputs,
                            result.getAllAccumulatorResults(),
                            alerts,
                            coverage,
                            roster,
                            parallelism,
                            wallTime);
            summary.write(outDirectory.resolve(SUMMARY_FILE));
            return summary;
        } finally {
            ReplayProgress.forget(runId);
            deleteQuietly(staging);
        }
    }

    private void build(StreamExecutionEnvironment env, String runId, Path staging) {
        SealaneTopology.configure(env);
        env.setParallelism(parallelism);

        DataStream<RawLine> lines =
                env.fromSource(
                                new ReplayFileSource(inputs, runId),
                                WatermarkStrategy.noWatermarks(),
                                "Replay files")
                        .setParallelism(1)
                        .uid("replay-source");
        List<InputFormat> formats = inputs.stream().map(ReplayInput::format).toList();
        SealaneTopology.DecodedStreams decoded = SealaneTopology.decode(lines, formats, config);
        SealaneTopology.MonitoredStreams monitored =
                SealaneTopology.monitor(decoded.positions(), zones, roster, config);

        monitored
                .alerts()
                .sinkTo(new JsonLinesFileSink<>(staging.resolve("alerts"), new AlertJsonFormat()))
                .uid("alerts-file-sink")
                .name("alerts.jsonl");
        if (monitored.coverage() != null) {
            monitored
                    .coverage()
                    .sinkTo(
                            new JsonLinesFileSink<>(
                                    staging.resolve("coverage"), new CoverageJsonFormat()))
                    .uid("coverage-file-sink")
                    .name("coverage.jsonl");
            monitored
                    .coverage()
                    .sinkTo(new JsonLinesFileSink<>(staging.resolve("coverage-csv"), coverageCsv()))
                    .uid("coverage-csv-file-sink")
                    .name("coverage.csv");
        }
        monitored
                .trackPoints()
                .sinkTo(new JsonLinesFileSink<>(staging.resolve("tracks"), new TrackPointFormat()))
                .uid("track-points-file-sink")
                .name("tracks.jsonl points");
        decoded.staticReports()
                .filter(report -> report.shipName() != null)
                .setParallelism(lines.getParallelism())
                .uid("named-vessels")
                .name("Named vessels")
                .sinkTo(new JsonLinesFileSink<>(staging.resolve("names"), new VesselNameFormat()))
                .setParallelism(lines.getParallelism())
                .uid("vessel-names-file-sink")
                .name("tracks.jsonl names");
        decoded.rejected()
                .sinkTo(
                        new JsonLinesFileSink<>(
                                staging.resolve("rejected"),
                                new RejectedJsonFormat(
                                        inputs.stream().map(ReplayInput::path).toList())))
                .setParallelism(1)
                .uid("rejected-file-sink")
                .name("rejected.jsonl");
    }

    private CoverageCsvFormat coverageCsv() {
        return new CoverageCsvFormat(List.copyOf(roster.nations()));
    }

    private JobExecutionResult awaitResult(
            JobClient job, String runId, long started, ProgressListener progress) throws Exception {
        long totalBytes = inputs.stream().mapToLong(ReplayInput::sizeBytes).sum();
        while (true) {
            try {
                return job.getJobExecutionResult().get(500, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                progress.progress(
                        ReplayProgress.bytesRead(runId),
                        totalBytes,
                        Duration.ofNanos(System.nanoTime() - started));
            } catch (ExecutionException e) {
                throw unwrap(e);
            }
        }
    }

    private static Exception unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        while (cause != null
                && cause.getCause() != null
                && cause.getClass().getName().startsWith("org.apache.flink")) {
            cause = cause.getCause();
        }
        return cause instanceof Exception ex ? ex : e;
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(
                            p -> {
                                try {
                                    Files.deleteIfExists(p);
                                } catch (IOException ignored) {
                                    // a leftover empty staging folder is harmless
                                }
                            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
