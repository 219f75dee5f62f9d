package org.sealane.live;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.sealane.TestData;

/**
 * {@code bin/sealane run} in a process of its own, as an engineer starts it, for fault tests that
 * kill the job's JVM with {@code kill -9}. Its output goes to a log file, shown when it fails.
 */
final class JobProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private JobProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the live job at parallelism 2 with the given settings (written to a configuration file
     * in {@code dir}) and any further arguments, such as {@code --restore latest}.
     */
    static JobProcess start(Map<String, String> settings, Path dir, String... arguments)
            throws IOException {
        Files.createDirectories(dir);
        Path config = Files.createTempFile(dir, "sealane-", ".properties");
        Properties properties = new Properties();
        properties.putAll(settings);
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            properties.store(out, "live job of a fault test");
        }
        List<String> command = new ArrayList<>();
        command.add(TestData.repoRoot().resolve("bin/sealane").toString());
        command.addAll(List.of("run", "--config", config.toString(), "--parallelism", "2"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(dir, "sealane-run-", ".log");
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        return new JobProcess(process, log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Kills the job's JVM with SIGKILL ({@code bin/sealane} execs it) and waits until it is gone.
     */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the job to end by itself and requires that it succeeded. */
    void awaitSuccess(Duration timeout) throws IOException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            killHard();
            throw new AssertionError("the job did not end within " + timeout + ":\n" + output());
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(
                    "the job failed with exit code " + process.exitValue() + ":\n" + output());
        }
    }

    String output() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.onExit().join();
        }
    }
}
