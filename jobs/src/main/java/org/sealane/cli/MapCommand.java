package org.sealane.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.sealane.config.SealaneConfig;
import org.sealane.kafka.KafkaClientConfig;
import org.sealane.map.AlertTopicFeed;
import org.sealane.map.LiveMapServer;
import org.sealane.map.RecentAlerts;
import org.sealane.zones.ZoneCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sealane map}: the operators' live map of the alert topic, served on 127.0.0.1. */
@Command(
        name = "map",
        header = "Serve the operators' live map of the alert topic.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serve the operators' live map on 127.0.0.1: the zones over a land map, the",
            "alerts of the last hours as markers coloured by type, updating as the job",
            "commits new ones (Server-Sent Events), filters by type and zone, and the alerts",
            "still open listed beside the map. It reads the alert topic's committed records",
            "only (isolation.level=read_committed), from every partition, as no consumer",
            "group: it commits nothing. Prints the page's address, then runs until Ctrl-C.",
            "",
            "The last hours are counted back from the newest alert's time, so a recorded log",
            "published to Kafka shows as it would have live. An alert's time is its start",
            "while OPEN, its end once CLOSED; its CLOSED replaces its OPEN on the map.",
            ""
        },
        footer = {
            "",
            "Kafka security (SASL/SCRAM, TLS) goes in --consumer-config as for sealane watch,",
            "or as kafka.client.* keys in the job's --config file.",
            "",
            "Exit status: 0 when stopped with Ctrl-C; 1 if Kafka failed or the port is taken;",
            "2 for usage errors.",
            "",
            "Example:",
            "  sealane map --bootstrap-servers localhost:9092 --port 8080 --hours 12"
        })
final class MapCommand implements Callable<Integer> {

    /** Bounds the map's memory, and the page's, whatever the topic holds. */
    static final int MAX_ALERTS = 50_000;

    @Option(
            names = "--bootstrap-servers",
            required = true,
            paramLabel = "HOST:PORT[,...]",
            description = "Kafka brokers to connect to.")
    String bootstrapServers;

    @Option(
            names = "--topic",
            paramLabel = "TOPIC",
            description = "Alert topic (default: ${DEFAULT-VALUE}).")
    String topic = "sealane.alerts";

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(
            names = "--hours",
            paramLabel = "N",
            description =
                    "Show the alerts of the last N hours (default: ${DEFAULT-VALUE}); at most "
                            + MAX_ALERTS
                            + " alerts, the newest.")
    int hours = 6;

    @Option(
            names = "--zones",
            paramLabel = "FILE",
            description =
                    "Zone catalogue, GeoJSON (default: replay-data/zones/sealane-zones.geojson).")
    Path zones;

    @Option(
            names = "--consumer-config",
            paramLabel = "FILE",
            description =
                    "Extra Kafka consumer properties (a Java properties file): security, tuning."
                            + " They override sealane's settings (the isolation level included) and the --config file's.")
    Path consumerConfig;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description =
                    "The job's configuration file: its kafka.client.* keys (security) apply"
                            + " here too.")
    Path config;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0 to 65535, not " + port);
        }
        if (hours < 1) {
            throw new IllegalArgumentException("--hours must be at least 1, not " + hours);
        }
        JobSettings.requireFile(config, "--config");
        Path zonesFile = JobSettings.zonesFile(zones);
        ZoneCatalogue.load(zonesFile);
        String zonesGeoJson = Files.readString(zonesFile, StandardCharsets.UTF_8);
        Properties props = consumerProperties();
        Duration window = Duration.ofHours(hours);
        RecentAlerts alerts = new RecentAlerts(window, MAX_ALERTS);
        PrintStream err = System.err;

        try (LiveMapServer server = serve(alerts, window, zonesGeoJson);
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            AlertTopicFeed feed = new AlertTopicFeed(consumer, alerts, err);
            feed.assign(topic, System.currentTimeMillis() - window.toMillis());
            try (StopOnCtrlC stop =
                    new StopOnCtrlC("sealane-map-stop", consumer::wakeup, Duration.ofSeconds(5))) {
                System.out.println("sealane: live map of " + topic + " at " + server.url());
                System.out.flush();
                feed.run();
            }
        } catch (KafkaException e) {
            throw KafkaFailure.of(e, bootstrapServers, topic);
        }
        err.println("sealane: live map stopped");
        return 0;
    }

    private LiveMapServer serve(RecentAlerts alerts, Duration window, String zonesGeoJson) {
        try {
            return LiveMapServer.start(port, alerts, window, zonesGeoJson);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot serve on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    private Properties consumerProperties() {
        return KafkaClientConfig.consumer(
                "sealane-map",
                bootstrapServers,
                config == null ? Map.of() : SealaneConfig.load(config).kafkaClientProperties(),
                consumerConfig);
    }
}
