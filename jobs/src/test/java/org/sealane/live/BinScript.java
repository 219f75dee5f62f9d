package org.sealane.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sealane.TestData;

/** Runs one of the repository's {@code bin/} scripts, as a user would, and returns its output. */
final class BinScript {

    private BinScript() {}

    /**
     * Runs {@code bin/SCRIPT ARGS...} and returns its standard output and error; fails with that
     * output when the script fails or outlasts {@code timeout}.
     */
    static String run(String script, Duration timeout, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(TestData.repoRoot().resolve("bin").resolve(script).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // The servers a script starts write to their own log files, so its output ends with it.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "bin/" + script + " " + String.join(" ", args) + " took over " + timeout);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "bin/" + script + " " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }
}
