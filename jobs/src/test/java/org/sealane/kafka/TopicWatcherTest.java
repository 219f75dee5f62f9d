package org.sealane.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.sealane.avro.AlertType;
import org.sealane.avro.RejectReason;
import org.sealane.model.AlertEvent;

/** The watch loop over Kafka's MockConsumer: decoding, filters, notes, --max and --timeout. */
class TopicWatcherTest {

    private static final String TOPIC = "sealane.alerts";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Every reading of the clock is 100 ms after the one before. */
    private final AtomicLong nanos = new AtomicLong();

    TopicWatcherTest() {
        consumer.updatePartitions(
                TOPIC,
                List.of(
                        new PartitionInfo(TOPIC, 0, null, null, null),
                        new PartitionInfo(TOPIC, 1, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
    }

    private TopicWatcher.Result watch(
            WatchFilter filter, boolean fromBeginning, long max, Duration timeout) {
        return new TopicWatcher(
                        consumer,
                        new TopicWatcher.Options(TOPIC, filter, fromBeginning, max, timeout),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        () -> nanos.addAndGet(100_000_000L))
                .run();
    }

    private void arrive(TopicPartition partition, long offset, byte[] value) {
        consumer.addRecord(
                new ConsumerRecord<>(
                        partition.topic(),
                        partition.partition(),
                        offset,
                        "k".getBytes(StandardCharsets.UTF_8),
                        value));
    }

    private static byte[] alert(AlertEvent alert) {
        return AvroRecords.encode(AvroRecords.toAvro(alert));
    }

    private List<String> stdout() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private List<String> stderr() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsEachKindAndNotesWhatItCannotDecode() {
        consumer.schedulePollTask(
                () -> {
                    arrive(P0, 0, alert(AvroRecordsTest.ENCOUNTER));
                    arrive(
                            P0,
                            1,
                            "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A"
                                    .getBytes(StandardCharsets.UTF_8));
                    byte[] unknown = alert(AvroRecordsTest.OPEN_GAP);
                    unknown[2] ^= 0x40;
                    arrive(P1, 0, unknown);
                    arrive(P1, 1, AvroRecords.encode(AvroRecords.toAvro(AvroRecordsTest.COVERAGE)));
                    arrive(
                            P1,
                            2,
                            AvroRecords.encode(
                                    AvroRecords.toAvro(AvroRecordsTest.CHECKSUM, "ais.raw")));
                });

        TopicWatcher.Result result = watch(WatchFilter.ALL, true, 0, Duration.ofSeconds(1));

        assertThat(result).isEqualTo(new TopicWatcher.Result(5, 3, 0, 2, true));
        assertThat(stdout())
                .containsExactlyInAnyOrder(
                        WatchLines.line(AvroRecords.toAvro(AvroRecordsTest.ENCOUNTER)),
                        WatchLines.line(AvroRecords.toAvro(AvroRecordsTest.COVERAGE)),
                        WatchLines.line(AvroRecords.toAvro(AvroRecordsTest.CHECKSUM, "ais.raw")));
        assertThat(stderr()).hasSize(2);
        assertThat(stderr())
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith(
                                                "sealane: note: sealane.alerts/0/1: not an Avro"
                                                        + " single-object value (47 bytes,"
                                                        + " begins '!AIVDM"))
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .matches(
                                                "sealane: note: sealane.alerts/1/0: unknown schema"
                                                        + " fingerprint 0x[0-9a-f]{16} \\(not an"
                                                        + " Alert, CoverageMetric or"
                                                        + " RejectedRecord .*\\); skipped"));
    }

    @Test
    void filtersByTypeAndZoneAndStopsAtMax() {
        consumer.schedulePollTask(
                () -> {
                    arrive(P0, 0, alert(AvroRecordsTest.OPEN_GAP)); // AIS_GAP, open-sea
                    arrive(P0, 1, alert(AvroRecordsTest.ENCOUNTER)); // ENCOUNTER, hormuz-strait
                    arrive(P0, 2, alert(AvroRecordsTest.ENCOUNTER));
                    arrive(P0, 3, alert(AvroRecordsTest.ENCOUNTER));
                });

        TopicWatcher.Result result =
                watch(
                        WatchFilter.of(List.of("encounter,loitering"), List.of("Hormuz-Strait")),
                        true,
                        2,
                        null);

        assertThat(result.printed()).isEqualTo(2);
        assertThat(result.filteredOut()).isEqualTo(1);
        assertThat(stdout()).hasSize(2).allMatch(line -> line.contains("ENCOUNTER CLOSED"));
    }

    @Test
    void withoutFromBeginningOnlyNewRecordsArePrinted() {
        consumer.updateEndOffsets(Map.of(P0, 2L, P1, 0L));
        consumer.schedulePollTask(
                () -> {
                    for (long offset = 0; offset < 3; offset++) {
                        arrive(P0, offset, alert(AvroRecordsTest.ENCOUNTER));
                    }
                });

        TopicWatcher.Result result = watch(WatchFilter.ALL, false, 0, Duration.ofSeconds(1));

        assertThat(result.read()).isEqualTo(1);
        assertThat(result.timedOut()).isTrue();
    }

    @Test
    void theTimeoutEndsAWatchThatSeesNothing() {
        TopicWatcher.Result result = watch(WatchFilter.ALL, true, 5, Duration.ofSeconds(2));

        assertThat(result).isEqualTo(new TopicWatcher.Result(0, 0, 0, 0, true));
        assertThat(nanos.get()).isLessThan(Duration.ofSeconds(5).toNanos());
    }

    @Test
    void aWakeupEndsItQuietly() {
        consumer.schedulePollTask(() -> arrive(P0, 0, alert(AvroRecordsTest.ENCOUNTER)));
        consumer.schedulePollTask(consumer::wakeup);

        TopicWatcher.Result result = watch(WatchFilter.ALL, true, 0, null);

        assertThat(result.printed()).isEqualTo(1);
        assertThat(result.timedOut()).isFalse();
    }

    @Test
    void aMissingTopicIsOneClearError() {
        MockConsumer<byte[], byte[]> empty = new MockConsumer<>("earliest");
        TopicWatcher watcher =
                new TopicWatcher(
                        empty,
                        new TopicWatcher.Options("nowhere", WatchFilter.ALL, true, 0, null),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        System::nanoTime);
        assertThatThrownBy(watcher::run)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("topic 'nowhere' does not exist");
    }

    @Test
    void afterTenNotesTheRestAreOnlyCounted() {
        consumer.schedulePollTask(
                () -> {
                    for (long offset = 0; offset < 25; offset++) {
                        arrive(P0, offset, new byte[] {1, 2, 3});
                    }
                });

        TopicWatcher.Result result = watch(WatchFilter.ALL, true, 0, Duration.ofSeconds(1));

        assertThat(result.undecodable()).isEqualTo(25);
        assertThat(stderr()).hasSize(TopicWatcher.MAX_NOTES + 1);
        assertThat(stderr().get(TopicWatcher.MAX_NOTES))
                .isEqualTo(
                        "sealane: note: further records that do not decode are counted, not"
                                + " shown");
    }

    @Test
    void typesAreCheckedAndRejectReasonsCount() {
        assertThatThrownBy(() -> WatchFilter.of(List.of("LOITER"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--type LOITER: not an alert type (ZONE_ENTRY, ZONE_EXIT,");
        WatchFilter late = WatchFilter.of(List.of("late", "zone-entry"), List.of());
        assertThat(late.types())
                .containsExactlyInAnyOrder(RejectReason.LATE.name(), AlertType.ZONE_ENTRY.name());
        assertThat(late.accepts(AvroRecords.toAvro(AvroRecordsTest.CHECKSUM, "ais.raw"))).isFalse();
        assertThat(late.accepts(AvroRecords.toAvro(AvroRecordsTest.COVERAGE))).isTrue();
        WatchFilter zone = WatchFilter.of(List.of(), List.of("scs-central"));
        assertThat(zone.accepts(AvroRecords.toAvro(AvroRecordsTest.COVERAGE))).isFalse();
        assertThat(zone.accepts(AvroRecords.toAvro(AvroRecordsTest.CHECKSUM, "ais.raw"))).isTrue();
    }
}
