package org.sealane.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.CapturedConsole;
import org.sealane.TestClusters;
import org.sealane.TestData;
import org.sealane.cli.SealaneCommand;
import org.sealane.config.SealaneConfig;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.kafka.LocalKafkaBroker;
import org.sealane.kafka.TestTls;
import org.sealane.zones.ZoneCatalogue;

/**
 * sealane on a broker that takes only SASL/SCRAM over TLS, as a production cluster does: publish
 * and watch with a client properties file, the live job with the same settings as {@code
 * kafka.client.*} keys. A wrong password is refused, so the broker does check.
 */
class LiveJobScramTlsITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.loopback(4);

    private static final String USER = "sealane-watch-floor";
    private static final String PASSWORD = "correct-horse-battery-staple";

    @TempDir static Path tlsDir;

    private static TestTls tls;
    private static LocalKafkaBroker broker;

    @TempDir Path work;

    @RegisterExtension final CapturedConsole console = new CapturedConsole();

    @BeforeAll
    static void startBroker() {
        tls = TestTls.generate(tlsDir);
        broker =
                LocalKafkaBroker.startWithScramOverTls(
                        new LocalKafkaBroker.ScramOverTls(tls, USER, PASSWORD));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    /** The client settings of the README's SCRAM-over-TLS example. */
    private static Map<String, String> clientSecurity(String password) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("security.protocol", "SASL_SSL");
        settings.put("sasl.mechanism", LocalKafkaBroker.SCRAM_MECHANISM);
        settings.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + USER
                        + "\" password=\""
                        + password
                        + "\";");
        settings.put("ssl.truststore.location", tls.trustStore().toString());
        settings.put("ssl.truststore.password", tls.password());
        settings.put("ssl.truststore.type", "PKCS12");
        return settings;
    }

    private Path clientFile(String password) throws Exception {
        StringBuilder text = new StringBuilder();
        clientSecurity(password)
                .forEach(
                        (name, value) ->
                                text.append(name)
                                        .append('=')
                                        .append(value.replace("\\", "\\\\"))
                                        .append('\n'));
        return Files.writeString(work.resolve("client-" + password + ".properties"), text);
    }

    private static Path scenario() {
        return TestData.repoRoot().resolve("replay-data/scenarios/malacca-singapore.nmea");
    }

    @Test
    void publishTheLiveJobAndWatchAllWorkThroughScramOverTls() throws Exception {
        Map<String, String> settings = LiveTopics.settingsFor(broker, "scram");
        SealaneConfig config = SealaneConfig.defaults();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            config = config.with(setting.getKey(), setting.getValue());
        }
        config = config.with("kafka.bootstrap-servers", broker.secureBootstrapServers());
        for (Map.Entry<String, String> setting : clientSecurity(PASSWORD).entrySet()) {
            config = config.with("kafka.client." + setting.getKey(), setting.getValue());
        }
        Path client = clientFile(PASSWORD);

        int published =
                SealaneCommand.execute(
                        "publish",
                        scenario().toString(),
                        "--topic",
                        config.kafkaInputTopic(),
                        "--bootstrap-servers",
                        broker.secureBootstrapServers(),
                        "--producer-config",
                        client.toString());
        assertThat(published).as(console.stderr()).isZero();

        new LiveJob(
                        ZoneCatalogue.load(
                                TestData.repoRoot()
                                        .resolve("replay-data/zones/sealane-zones.geojson")),
                        TaskForceRoster.load(
                                TestData.repoRoot().resolve("replay-data/fleet/task-force.csv")),
                        config)
                .start(LiveTopics.environment())
                .getJobExecutionResult()
                .get(2, TimeUnit.MINUTES);

        List<String> alerts =
                LiveTopics.alertLines(LiveTopics.committed(broker, config.kafkaAlertsTopic()));
        assertThat(alerts).hasSizeGreaterThan(5);
        console.clear();
        int watched =
                SealaneCommand.execute(
                        "watch",
                        "--topic",
                        config.kafkaAlertsTopic(),
                        "--bootstrap-servers",
                        broker.secureBootstrapServers(),
                        "--consumer-config",
                        client.toString(),
                        "--from-beginning",
                        "--max",
                        Integer.toString(alerts.size()),
                        "--timeout",
                        "60s");
        assertThat(watched).as(console.stderr()).isZero();
        assertThat(console.stdout().lines()).hasSize(alerts.size());
        assertThat(console.stderr())
                .contains(
                        "watched "
                                + config.kafkaAlertsTopic()
                                + ": "
                                + alerts.size()
                                + " records read, "
                                + alerts.size()
                                + " printed");
    }

    @Test
    void aWrongPasswordIsRefusedWithOneLine() throws Exception {
        Path wrong = clientFile("not-the-password");

        int status =
                SealaneCommand.execute(
                        "publish",
                        scenario().toString(),
                        "--topic",
                        "ais.raw",
                        "--bootstrap-servers",
                        broker.secureBootstrapServers(),
                        "--producer-config",
                        wrong.toString());

        assertThat(status).isEqualTo(1);
        assertThat(console.stderr().lines())
                .filteredOn(line -> line.startsWith("sealane: error:"))
                .singleElement()
                .asString()
                .contains("Authentication failed");
    }
}
