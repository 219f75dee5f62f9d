package org.sealane.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.Poll;
import org.sealane.TestClusters;
import org.sealane.ais.AisEncoder;
import org.sealane.ais.NmeaWriter;
import org.sealane.avro.Alert;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.avro.RejectReason;
import org.sealane.avro.RejectedRecord;
import org.sealane.cli.SealaneCommand;
import org.sealane.config.SealaneConfig;
import org.sealane.kafka.AvroRecords;
import org.sealane.kafka.LocalKafkaBroker;
import org.sealane.kafka.SingleObjectValues;
import org.sealane.kafka.ZoneCataloguePublisher;
import org.sealane.model.PositionReport;
import org.sealane.zones.ZoneCatalogue;

/**
 * Zones changed while the live job runs, against a real Kafka broker (in this JVM, on 127.0.0.1) on
 * a MiniCluster at parallelism 2: a catalogue published to the zone topic, as {@code sealane zones
 * publish} sends it, changes the alerts from the next position on, without a restart; a bad one is
 * rejected on the rejected topic and the one in force stays; thresholds the catalogue sets for all
 * its zones and the sea between them count from the next position too.
 */
class LiveZoneUpdatesITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.loopback(4);

    private static final long MMSI = 538_007_321L;
    private static final long BEGINNING = Instant.parse("2025-06-01T06:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    /** The job's start catalogue: a watch zone in the Arabian Sea, 61.9 to 62.1 E. */
    private static final String WEST_ONLY = catalogue(zone("arabian-sea-west", 61.9, 62.1, ""));

    /** The update: the same, and east of it a zone with a speed limit of 12 kn, to 62.4 E. */
    private static final String WITH_EAST =
            catalogue(
                    zone("arabian-sea-west", 61.9, 62.1, ""),
                    zone("arabian-sea-east", 62.18, 62.4, ", \"maxSpeedKn\": 12"));

    /** The update again, with a track speed limit of 10 kn for the whole catalogue. */
    private static final String WITH_EAST_AND_TRACK_LIMIT =
            WITH_EAST.replace(
                    "\"FeatureCollection\",",
                    "\"FeatureCollection\", \"thresholds\": {\"track.max-speed-kn\": 10},");

    /** A bad catalogue: one id twice. */
    private static final String DUPLICATE_ID =
            catalogue(
                    zone("arabian-sea-west", 61.9, 62.1, ""),
                    zone("arabian-sea-west", 62.18, 62.4, ""));

    private static LocalKafkaBroker broker;

    @TempDir Path work;

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static String zone(String id, double west, double east, String thresholds) {
        return String.format(
                Locale.ROOT,
                "{\"type\": \"Feature\", \"properties\": {\"id\": \"%s\", \"kind\": \"watch\"%s},"
                        + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[%s, 14],"
                        + " [%s, 14], [%s, 16], [%s, 16], [%s, 14]]]}}",
                id,
                thresholds,
                west,
                east,
                east,
                west,
                west);
    }

    private static String catalogue(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": ["
                + String.join(", ", features)
                + "]}";
    }

    /**
     * The vessel's fixes from {@code from} to {@code to} minutes, every ten: eastbound along 15 N
     * at 14 kn, 0.004 degrees of longitude a minute from 62 E.
     */
    private static List<String> fixes(int from, int to) {
        NmeaWriter receiver = new NmeaWriter("coastal-receiver");
        List<String> lines = new ArrayList<>();
        for (int minute = from; minute <= to; minute += 10) {
            long time = BEGINNING + minute * MINUTE;
            PositionReport fix =
                    new PositionReport(
                            MMSI, time, 15.0, 62.0 + 0.004 * minute, 14.0, 90.0, 90, 0, 1, 0, 1);
            lines.addAll(receiver.sentences(AisEncoder.position(fix), 'A', time / 1000));
        }
        return lines;
    }

    @Test
    void aCataloguePublishedWhileTheJobRunsChangesAlertsFromTheNextPositionOn() throws Exception {
        // given: a running live job that starts with the west zone, also the topic's catalogue
        SealaneConfig config =
                LiveTopics.configFor(broker, "zone-updates")
                        .with("kafka.bounded", "false")
                        .with("input.idleness", "2s");
        String zonesTopic = config.kafkaZonesTopic();
        Path westOnly = Files.writeString(work.resolve("west-only.geojson"), WEST_ONLY);
        assertThat(
                        SealaneCommand.execute(
                                "zones",
                                "publish",
                                westOnly.toString(),
                                "--bootstrap-servers",
                                broker.bootstrapServers(),
                                "--topic",
                                zonesTopic))
                .isZero();
        JobClient job =
                new LiveJob(
                                ZoneCatalogue.parse(WEST_ONLY, "start"),
                                SimulatedTraffic.roster(),
                                config)
                        .start(LiveTopics.environment());
        try {
            // when: the vessel crosses the west zone (its fix at 40 min waits for event time)
            broker.produceLines(config.kafkaInputTopic(), fixes(0, 40));

            // then: in and out of the west zone
            assertThat(alerts(config, 2))
                    .containsExactly(
                            tuple(AlertType.ZONE_ENTRY, AlertState.CLOSED, "arabian-sea-west", 0L),
                            tuple(AlertType.ZONE_EXIT, AlertState.CLOSED, "arabian-sea-west", 30L));

            // when: the east zone is published, every operator has it, and the vessel sails on
            long offset = publish(WITH_EAST, zonesTopic);
            awaitInForce(config, offset);
            broker.produceLines(config.kafkaInputTopic(), fixes(50, 90));

            // then: its next fix enters the new zone, too fast for it
            assertThat(alerts(config, 4))
                    .containsExactly(
                            tuple(AlertType.ZONE_ENTRY, AlertState.CLOSED, "arabian-sea-west", 0L),
                            tuple(AlertType.ZONE_EXIT, AlertState.CLOSED, "arabian-sea-west", 30L),
                            tuple(AlertType.ZONE_ENTRY, AlertState.CLOSED, "arabian-sea-east", 50L),
                            tuple(
                                    AlertType.SPEED_ANOMALY,
                                    AlertState.OPEN,
                                    "arabian-sea-east",
                                    50L));

            // when: a bad catalogue is published, then the vessel leaves the east zone
            long badOffset = publish(DUPLICATE_ID, zonesTopic);
            RejectedRecord rejected =
                    (RejectedRecord)
                            SingleObjectValues.decode(
                                    broker.pollCommitted(config.kafkaRejectedTopic(), 1, PATIENCE)
                                            .get(0)
                                            .value());
            awaitInForce(config, badOffset);
            broker.produceLines(config.kafkaInputTopic(), fixes(100, 120));

            // then: it is rejected, named, and the east zone is still in force
            assertThat(rejected.getReason()).isEqualTo(RejectReason.ZONE_CATALOGUE);
            assertThat(rejected.getSource().toString()).isEqualTo(zonesTopic + "/0/" + badOffset);
            assertThat(rejected.getDetail().toString()).contains("duplicate id 'arabian-sea-west'");
            assertThat(alerts(config, 6))
                    .endsWith(
                            tuple(
                                    AlertType.SPEED_ANOMALY,
                                    AlertState.CLOSED,
                                    "arabian-sea-east",
                                    50L),
                            tuple(
                                    AlertType.ZONE_EXIT,
                                    AlertState.CLOSED,
                                    "arabian-sea-east",
                                    110L));

            // when: a catalogue-wide track speed limit of 10 kn is published, the vessel sails on
            long limitOffset = publish(WITH_EAST_AND_TRACK_LIMIT, zonesTopic);
            awaitInForce(config, limitOffset);
            broker.produceLines(config.kafkaInputTopic(), fixes(130, 140));

            // then: its next fix, 14 kn from the last, is a position jump from the last at 120
            assertThat(alerts(config, 7).get(6))
                    .isEqualTo(tuple(AlertType.POSITION_JUMP, AlertState.CLOSED, "open-sea", 120L));
        } finally {
            // A job that failed has nothing to cancel, and its failure must not hide the test's.
            if (!job.getJobStatus().get(1, TimeUnit.MINUTES).isGloballyTerminalState()) {
                job.cancel().get(1, TimeUnit.MINUTES);
            }
        }
    }

    private static long publish(String geoJson, String topic) throws Exception {
        return ZoneCataloguePublisher.publish(geoJson, topic, broker.clientProperties("zones"))
                .offset();
    }

    /**
     * Waits until the job's zone-topic offset, committed with a checkpoint, is past the record:
     * every operator then had it before its checkpoint, in force or rejected.
     */
    private static void awaitInForce(SealaneConfig config, long offset) throws Exception {
        TopicPartition partition = new TopicPartition(config.kafkaZonesTopic(), 0);
        Poll.until(
                "zone topic offset " + offset + " committed by the job",
                PATIENCE,
                () -> {
                    OffsetAndMetadata position =
                            broker.admin()
                                    .listConsumerGroupOffsets(config.kafkaGroupId() + "-zones")
                                    .partitionsToOffsetAndMetadata()
                                    .get(30, TimeUnit.SECONDS)
                                    .get(partition);
                    return position != null && position.offset() > offset ? position : null;
                });
    }

    /** The first {@code count} alerts on the alert topic, committed: type, state, zone, minute. */
    private static List<Tuple> alerts(SealaneConfig config, int count) {
        try {
            return summaries(broker.pollCommitted(config.kafkaAlertsTopic(), count, PATIENCE));
        } catch (AssertionError notAll) {
            throw new AssertionError(
                    notAll.getMessage()
                            + ": "
                            + summaries(LiveTopics.committed(broker, config.kafkaAlertsTopic())),
                    notAll);
        }
    }

    private static List<Tuple> summaries(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream()
                .map(
                        record ->
                                AvroRecords.fromAvro(
                                        (Alert) SingleObjectValues.decode(record.value())))
                .map(
                        alert ->
                                tuple(
                                        alert.type(),
                                        alert.state(),
                                        alert.zoneId(),
                                        (alert.startTime() - BEGINNING) / MINUTE))
                .toList();
    }
}
