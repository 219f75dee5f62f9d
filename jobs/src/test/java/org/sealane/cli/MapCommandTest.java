package org.sealane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sealane map} as a user meets it without a broker: help, usage errors, and one clear line
 * when the port is taken or Kafka does not answer.
 */
class MapCommandTest {

    /** Nothing listens here: connections are refused at once. */
    private static final String NO_BROKER = "127.0.0.1:1";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @TempDir Path dir;

    @BeforeEach
    void captureOutput() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    void helpSaysWhatTheMapShowsAndItsOptions() {
        assertThat(SealaneCommand.execute("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("map");
        out.reset();

        assertThat(SealaneCommand.execute("map", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("127.0.0.1", "read_committed", "Server-Sent Events", "still open")
                .contains("--port", "--hours", "--zones", "--topic")
                .contains("--consumer-config", "kafka.client.*");
    }

    @Test
    void usageErrorsExit2WithOneLine() {
        assertThat(SealaneCommand.execute("map")).isEqualTo(2);
        assertThat(stderr()).contains("Missing required option: '--bootstrap-servers");

        assertMapError(2, "sealane: error: --hours must be at least 1, not 0", "--hours", "0");
        assertMapError(
                2, "sealane: error: --port must be 0 to 65535, not 70000", "--port", "70000");
        Path missing = dir.resolve("zones.geojson");
        assertMapError(
                2,
                "sealane: error: --zones " + missing + ": no such file",
                "--zones",
                missing.toString());
        assertMapError(
                2,
                "sealane: error: --consumer-config " + missing + ": no such file",
                "--consumer-config",
                missing.toString());
    }

    @Test
    void aTakenPortFailsWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertMapError(
                    1,
                    "sealane: error: cannot serve on 127.0.0.1:" + taken.getLocalPort() + ":",
                    "--port",
                    Integer.toString(taken.getLocalPort()));
        }
    }

    @Test
    void withoutABrokerItFailsWithOneLineWithinTheConsumersTimeout() throws Exception {
        Path config =
                Files.writeString(
                        dir.resolve("consumer.properties"), "default.api.timeout.ms=1500\n");
        long start = System.nanoTime();

        assertMapError(
                1,
                "sealane: error: no answer from Kafka at 127.0.0.1:1 about topic 'sealane.alerts'",
                "--port",
                "0",
                "--consumer-config",
                config.toString());
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(15);
    }

    private void assertMapError(int status, String line, String... options) {
        err.reset();
        String[] args = new String[options.length + 3];
        args[0] = "map";
        args[1] = "--bootstrap-servers";
        args[2] = NO_BROKER;
        System.arraycopy(options, 0, args, 3, options.length);
        assertThat(SealaneCommand.execute(args)).as(String.join(" ", args)).isEqualTo(status);
        assertThat(stderr().lines().filter(l -> l.startsWith("sealane: error:")))
                .singleElement()
                .asString()
                .startsWith(line);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
