package org.sealane.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.sealane.input.InputFiles;
import org.sealane.kafka.KafkaClientConfig;
import org.sealane.kafka.ZoneCataloguePublisher;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sealane zones validate|list FILE}: check or list a zone catalogue. */
@Command(
        name = "zones",
        header = "Check, list or publish a zone catalogue.",
        mixinStandardHelpOptions = true,
        description =
                "Check or list a zone catalogue (GeoJSON), or publish it to a running live job.",
        subcommands = {
            ZonesCommand.Validate.class,
            ZonesCommand.ListZones.class,
            ZonesCommand.Publish.class
        })
final class ZonesCommand {

    @Command(
            name = "validate",
            header = "Check a zone catalogue and name its first error.",
            mixinStandardHelpOptions = true,
            description = {
                "Load a zone catalogue and check it: unique ids, known kinds, valid polygons,",
                "two gates per chokepoint, thresholds a catalogue may set. Prints the first",
                "error, naming the feature, and exits 1; prints a one-line summary (with the",
                "catalogue's thresholds) and exits 0 when the catalogue is good."
            })
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The catalogue (GeoJSON FeatureCollection).")
        Path file;

        @Override
        public Integer call() {
            ZoneCatalogue catalogue = ZoneCatalogue.load(file);
            long gates = catalogue.zones().stream().mapToLong(z -> z.gates().size()).sum();
            StringBuilder thresholds = new StringBuilder();
            catalogue
                    .thresholdSettings()
                    .forEach(
                            (key, value) ->
                                    thresholds.append(' ').append(key).append('=').append(value));
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d zones, %d gates%s: OK%n",
                    file,
                    catalogue.zones().size(),
                    gates,
                    thresholds.isEmpty() ? "" : ", thresholds" + thresholds);
            return 0;
        }
    }

    @Command(
            name = "list",
            header = "List the zones of a catalogue.",
            mixinStandardHelpOptions = true,
            description = "List the zones of a catalogue: id, kind, gates, name.")
    static final class ListZones implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The catalogue (GeoJSON FeatureCollection).")
        Path file;

        @Override
        public Integer call() {
            ZoneCatalogue catalogue = ZoneCatalogue.load(file);
            for (Zone zone : catalogue.zones()) {
                String gates =
                        zone.gates().isEmpty()
                                ? "-"
                                : String.join(
                                        "/", zone.gates().stream().map(g -> g.end()).toList());
                System.out.printf(
                        Locale.ROOT,
                        "%-28s %-10s %-22s %s%n",
                        zone.id(),
                        zone.kind().catalogueName(),
                        gates,
                        zone.name() == null ? "" : zone.name());
            }
            return 0;
        }
    }

    @Command(
            name = "publish",
            header = "Check a zone catalogue and put it in force in the live job.",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Check a zone catalogue as validate does, then send it whole to the live job's",
                "zone topic (kafka.zones-topic, default sealane.zones), as one record. A running",
                "live job (sealane run) puts it in force from the next position each of its",
                "operators handles, without a restart, and keeps it across restores; a job",
                "started afresh takes the latest one on the topic. A catalogue that fails the",
                "check is not sent: the first error is printed, naming the feature, and the exit",
                "status is 1. A topic that does not exist is created compacted, one partition.",
                ""
            },
            footer = {
                "",
                "Exit status: 0 published, 1 failure (a bad catalogue, Kafka), 2 usage error.",
                "",
                "Example:",
                "  sealane zones publish my-zones.geojson --bootstrap-servers localhost:9092"
            })
    static final class Publish implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The catalogue (GeoJSON FeatureCollection).")
        Path file;

        @Option(
                names = "--bootstrap-servers",
                required = true,
                paramLabel = "HOST:PORT[,...]",
                description = "Kafka brokers to connect to.")
        String bootstrapServers;

        @Option(
                names = "--topic",
                paramLabel = "TOPIC",
                description = "The live job's zone topic (default: ${DEFAULT-VALUE}).",
                defaultValue = "sealane.zones")
        String topic;

        @Option(
                names = "--producer-config",
                paramLabel = "FILE",
                description =
                        "Extra Kafka producer properties (a Java properties file): security,"
                                + " as for sealane publish.")
        Path producerConfig;

        @Override
        public Integer call() throws Exception {
            if (topic.isBlank()) {
                throw new IllegalArgumentException("--topic must not be empty");
            }
            InputFiles.requireReadableFile(file, file.toString());
            Properties producer = KafkaClientConfig.producer(bootstrapServers, producerConfig);
            ZoneCatalogue catalogue = ZoneCatalogue.load(file);
            String geoJson = Files.readString(file, StandardCharsets.UTF_8);
            RecordMetadata written;
            try {
                written = ZoneCataloguePublisher.publish(geoJson, topic, producer);
            } catch (ExecutionException e) {
                throw new IllegalStateException(
                        "cannot publish to "
                                + topic
                                + " on "
                                + bootstrapServers
                                + ": "
                                + e.getCause().getMessage(),
                        e);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d zones published to %s (partition %d, offset %d)%n",
                    file,
                    catalogue.zones().size(),
                    topic,
                    written.partition(),
                    written.offset());
            return 0;
        }
    }
}
