package org.sealane.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A Flink session cluster of JVMs of their own, started, fed and stopped with {@code
 * bin/flink-cluster} (Flink 2.2.1, fetched with Maven on first use), for tests that kill its
 * TaskManagers with {@code kill -9}.
 */
final class ProcessFlinkCluster implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int restPort;
    private final Path dir;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ProcessFlinkCluster(int restPort, Path dir) {
        this.restPort = restPort;
        this.dir = dir;
    }

    /** Starts the JobManager and one TaskManager, with {@code settings} added to config.yaml. */
    static ProcessFlinkCluster start(int restPort, Path dir, String... settings)
            throws IOException, InterruptedException {
        ProcessFlinkCluster cluster = new ProcessFlinkCluster(restPort, dir);
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "start",
                                "--port",
                                Integer.toString(restPort),
                                "--dir",
                                dir.toString()));
        for (String setting : settings) {
            args.add("--set");
            args.add(setting);
        }
        try {
            cluster.script(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            try {
                cluster.close(); // a half-started cluster stops too
            } catch (RuntimeException stopping) {
                e.addSuppressed(stopping);
            }
            throw e;
        }
        return cluster;
    }

    /** Submits the job jar with these {@code sealane run} options; returns the job id. */
    String submit(String... options) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("submit", "--dir", dir.toString()));
        args.addAll(List.of(options));
        List<String> output = script(args.toArray(String[]::new)).strip().lines().toList();
        return output.get(output.size() - 1);
    }

    /**
     * Stops the job with a savepoint ({@code bin/flink-cluster cancel JOB --savepoint}); returns
     * the savepoint's path.
     */
    String stopWithSavepoint(String job) throws IOException, InterruptedException {
        List<String> output =
                script("cancel", job, "--savepoint", "--dir", dir.toString())
                        .strip()
                        .lines()
                        .toList();
        return output.get(output.size() - 1);
    }

    /** Cancels the job ({@code bin/flink-cluster cancel JOB}). */
    void cancel(String job) throws IOException, InterruptedException {
        script("cancel", job, "--dir", dir.toString());
    }

    /** The PID of TaskManager {@code n} (numbered from 1 in start order). */
    long taskManagerPid(int n) throws IOException {
        return Long.parseLong(Files.readString(dir.resolve("taskmanager-" + n + ".pid")).strip());
    }

    /** Kills TaskManager {@code n} with SIGKILL, as a crash would, and waits until it is gone. */
    void killTaskManager(int n) throws IOException {
        long pid = taskManagerPid(n);
        ProcessHandle process =
                ProcessHandle.of(pid)
                        .orElseThrow(
                                () -> new IllegalStateException("TaskManager " + n + " is gone"));
        process.destroyForcibly(); // SIGKILL on Linux and macOS
        process.onExit().join();
    }

    /** Starts one more TaskManager and waits until the JobManager has it. */
    void startTaskManager() throws IOException, InterruptedException {
        script("taskmanager", "start", "--dir", dir.toString());
    }

    /** GETs a path of the REST API as JSON. */
    JsonNode rest(String path) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + restPort + path))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /**
     * The sums over all subtasks of a running job's metrics whose names (as the REST API gives
     * them, {@code <operator>.<group>...<metric>}) match, by name; empty until the JobManager has
     * fetched them from the TaskManagers ({@code metrics.fetcher.update-interval}, 10 s).
     */
    Map<String, Double> metricSums(String job, Predicate<String> names)
            throws IOException, InterruptedException {
        Map<String, Double> sums = new TreeMap<>();
        for (JsonNode vertex : rest("/jobs/" + job).path("vertices")) {
            String metrics = "/jobs/" + job + "/vertices/" + vertex.path("id").asText();
            List<String> matching = new ArrayList<>();
            for (JsonNode metric : rest(metrics + "/subtasks/metrics")) {
                String name = metric.path("id").asText();
                if (names.test(name)) {
                    matching.add(name);
                }
            }
            for (String name : matching) {
                String query =
                        "/subtasks/metrics?agg=sum&get="
                                + URLEncoder.encode(name, StandardCharsets.UTF_8);
                for (JsonNode value : rest(metrics + query)) {
                    if (value.has("sum")) {
                        sums.merge(name, value.path("sum").asDouble(), Double::sum);
                    }
                }
            }
        }
        return sums;
    }

    Path logs() {
        return dir.resolve("logs");
    }

    /** Stops every TaskManager and the JobManager. */
    @Override
    public void close() {
        try {
            script("stop", "--dir", dir.toString());
        } catch (IOException | InterruptedException | RuntimeException e) {
            throw new IllegalStateException("stopping the Flink cluster in " + dir + " failed", e);
        }
    }

    private String script(String... args) throws IOException, InterruptedException {
        return BinScript.run("flink-cluster", Duration.ofMinutes(5), args);
    }
}
