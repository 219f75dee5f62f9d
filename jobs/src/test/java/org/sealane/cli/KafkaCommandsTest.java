package org.sealane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.CapturedConsole;

/**
 * {@code sealane watch}, {@code sealane publish} and {@code sealane map} as a user meets them
 * without a broker: help, usage errors, and one clear line when Kafka does not answer (a closed
 * loopback port) or the map's port is taken.
 */
class KafkaCommandsTest {

    /** Nothing listens here: connections are refused at once. */
    private static final String NO_BROKER = "127.0.0.1:1";

    @RegisterExtension final CapturedConsole console = new CapturedConsole();

    @TempDir Path dir;

    @Test
    void helpNamesBothCommands() {
        assertThat(SealaneCommand.execute("--help")).isZero();
        assertThat(console.stdout()).contains("publish", "watch");
    }

    @Test
    void watchHelpShowsTheLineFormatsAndTheOptions() {
        assertThat(SealaneCommand.execute("watch", "--help")).isZero();
        assertThat(console.stdout())
                .contains("read_committed", "--from-beginning", "--max", "--timeout")
                .contains("--consumer-config", "sasl.jaas.config")
                .contains("TIME  SEVERITY TYPE STATE  MMSI[+OTHER]", "COVERAGE 1h|day")
                .contains("REJECTED REASON  TOPIC/PARTITION/OFFSET");
    }

    @Test
    void publishHelpSaysHowRecordsArePartitionedAndTimed() {
        assertThat(SealaneCommand.execute("publish", "--help")).isZero();
        assertThat(console.stdout())
                .contains("same key", "one partition", "multipart", "--speed", "--key")
                .contains("idempotent", "--producer-config");
    }

    @Test
    void watchUsageErrorsExit2() {
        assertThat(SealaneCommand.execute("watch", "--bootstrap-servers", NO_BROKER)).isEqualTo(2);
        assertThat(console.stderr()).contains("Missing required option: '--topic=TOPIC'");

        assertThat(
                        SealaneCommand.execute(
                                "watch",
                                "--topic",
                                "t",
                                "--bootstrap-servers",
                                NO_BROKER,
                                "--type",
                                "LOITER"))
                .isEqualTo(2);
        assertThat(
                        SealaneCommand.execute(
                                "watch",
                                "--topic",
                                "t",
                                "--bootstrap-servers",
                                NO_BROKER,
                                "--timeout",
                                "soon"))
                .isEqualTo(2);
        assertThat(
                        SealaneCommand.execute(
                                "watch",
                                "--topic",
                                "t",
                                "--bootstrap-servers",
                                NO_BROKER,
                                "--max",
                                "0"))
                .isEqualTo(2);
        Path missing = dir.resolve("client.properties");
        assertThat(
                        SealaneCommand.execute(
                                "watch",
                                "--topic",
                                "t",
                                "--bootstrap-servers",
                                NO_BROKER,
                                "--consumer-config",
                                missing.toString()))
                .isEqualTo(2);
        assertThat(console.stderr().lines().filter(l -> l.startsWith("sealane: error:")))
                .containsExactly(
                        "sealane: error: --type LOITER: not an alert type (ZONE_ENTRY,"
                                + " ZONE_EXIT, CHOKEPOINT_TRANSIT, LOITERING, AIS_GAP, ENCOUNTER,"
                                + " SPEED_ANOMALY, POSITION_JUMP, IDENTITY_CONFLICT, COVERAGE_GAP,"
                                + " UNKNOWN) or reject reason",
                        "sealane: error: --timeout must be a duration such as 90s, 5m or PT30S,"
                                + " not 'soon'",
                        "sealane: error: --max must be at least 1, not 0",
                        "sealane: error: --consumer-config " + missing + ": no such file");
    }

    @Test
    void publishUsageErrorsExit2() throws Exception {
        Path log =
                Files.writeString(
                        dir.resolve("one.nmea"),
                        "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n");
        Path missing = dir.resolve("nowhere.nmea");

        assertThat(
                        SealaneCommand.execute(
                                "publish",
                                missing.toString(),
                                "--topic",
                                "ais.raw",
                                "--bootstrap-servers",
                                NO_BROKER))
                .isEqualTo(2);
        assertThat(
                        SealaneCommand.execute(
                                "publish",
                                log.toString(),
                                "--topic",
                                "ais.raw",
                                "--bootstrap-servers",
                                NO_BROKER,
                                "--speed",
                                "0"))
                .isEqualTo(2);
        assertThat(SealaneCommand.execute("publish", log.toString(), "--topic", "ais.raw"))
                .isEqualTo(2);
        assertThat(console.stderr().lines().filter(l -> l.startsWith("sealane: ")))
                .containsExactly(
                        "sealane: error: " + missing + ": no such file",
                        "sealane: error: --speed must be a positive number, not 0.0",
                        "sealane: Missing required option: '--bootstrap-servers=HOST:PORT[,...]'");
    }

    @Test
    void watchWithoutABrokerFailsWithOneLineWithinItsTimeout() {
        long start = System.nanoTime();
        int status =
                SealaneCommand.execute(
                        "watch",
                        "--topic",
                        "sealane.alerts",
                        "--bootstrap-servers",
                        NO_BROKER,
                        "--timeout",
                        "2s");

        assertThat(status).isEqualTo(1);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(15);
        assertThat(console.stderr().lines().filter(l -> l.startsWith("sealane: error:")))
                .singleElement()
                .asString()
                .startsWith(
                        "sealane: error: no answer from Kafka at 127.0.0.1:1 about topic"
                                + " 'sealane.alerts'");
    }

    @Test
    void publishReadsItsProducerConfigAndFailsWithOneLineWithoutABroker() throws Exception {
        Path log =
                Files.writeString(
                        dir.resolve("one.nmea"),
                        "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n");
        // The file's settings reach the topic lookup before the first record, too.
        Path config =
                Files.writeString(
                        dir.resolve("producer.properties"),
                        "default.api.timeout.ms=1500\nrequest.timeout.ms=1000\n");

        int status =
                SealaneCommand.execute(
                        "publish",
                        log.toString(),
                        "--topic",
                        "ais.raw",
                        "--bootstrap-servers",
                        NO_BROKER,
                        "--producer-config",
                        config.toString());

        assertThat(status).isEqualTo(1);
        assertThat(console.stderr().lines().filter(l -> l.startsWith("sealane: error:")))
                .singleElement()
                .asString()
                .startsWith("sealane: error: cannot reach Kafka at 127.0.0.1:1");
    }

    @Test
    void mapHelpSaysWhatTheMapShowsAndItsOptions() {
        assertThat(SealaneCommand.execute("--help")).isZero();
        assertThat(console.stdout()).contains("map");
        console.clear();

        assertThat(SealaneCommand.execute("map", "--help")).isZero();
        assertThat(console.stdout())
                .contains("127.0.0.1", "read_committed", "Server-Sent Events", "still open")
                .contains("--port", "--hours", "--zones", "--topic")
                .contains("--consumer-config", "kafka.client.*");
    }

    @Test
    void mapUsageErrorsExit2WithOneLine() {
        assertThat(SealaneCommand.execute("map")).isEqualTo(2);
        assertThat(console.stderr()).contains("Missing required option: '--bootstrap-servers");

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
    void mapOnATakenPortFailsWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertMapError(
                    1,
                    "sealane: error: cannot serve on 127.0.0.1:" + taken.getLocalPort() + ":",
                    "--port",
                    Integer.toString(taken.getLocalPort()));
        }
    }

    @Test
    void mapWithoutABrokerFailsWithOneLineWithinTheConsumersTimeout() throws Exception {
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
        console.clear();
        String[] args = new String[options.length + 3];
        args[0] = "map";
        args[1] = "--bootstrap-servers";
        args[2] = NO_BROKER;
        System.arraycopy(options, 0, args, 3, options.length);
        assertThat(SealaneCommand.execute(args)).as(String.join(" ", args)).isEqualTo(status);
        assertThat(console.stderr().lines().filter(l -> l.startsWith("sealane: error:")))
                .singleElement()
                .asString()
                .startsWith(line);
    }
}
