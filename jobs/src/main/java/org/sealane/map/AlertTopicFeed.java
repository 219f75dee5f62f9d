package org.sealane.map;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.sealane.avro.Alert;
import org.sealane.kafka.AvroRecords;
import org.sealane.kafka.SingleObjectValues;

/**
 * Reads the alert topic into the live map's {@link RecentAlerts}: every partition, assigned (no
 * consumer group, nothing committed), from the first record written within the window, then as
 * records come. The consumer is to read committed records only, so the map shows what the job's
 * transactions committed and nothing they aborted. Values are decoded by their schema fingerprint
 * ({@link SingleObjectValues}); one that is not an alert gives a note on the error stream (the
 * first {@link #MAX_NOTES}) and is skipped.
 */
public final class AlertTopicFeed {

    static final int MAX_NOTES = 10;

    private static final Duration POLL = Duration.ofMillis(500);

    private final Consumer<byte[], byte[]> consumer;
    private final RecentAlerts alerts;
    private final PrintStream err;
    private long skipped;

    public AlertTopicFeed(Consumer<byte[], byte[]> consumer, RecentAlerts alerts, PrintStream err) {
        this.consumer = consumer;
        this.alerts = alerts;
        this.err = err;
    }

    /**
     * Assigns every partition of the topic and places each at its first record written at or after
     * {@code sinceEpochMillis} (at its end if there is none), waiting for the broker as long as the
     * consumer's {@code default.api.timeout.ms}.
     *
     * @throws IllegalStateException if the topic does not exist
     */
    public void assign(String topic, long sinceEpochMillis) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic);
        if (partitions == null || partitions.isEmpty()) {
            throw new IllegalStateException("topic '" + topic + "' does not exist");
        }
        Map<TopicPartition, Long> since = new HashMap<>();
        for (PartitionInfo partition : partitions) {
            since.put(new TopicPartition(topic, partition.partition()), sinceEpochMillis);
        }
        consumer.assign(since.keySet());
        consumer.seekToEnd(since.keySet());
        for (Map.Entry<TopicPartition, OffsetAndTimestamp> first :
                consumer.offsetsForTimes(since).entrySet()) {
            if (first.getValue() != null) {
                consumer.seek(first.getKey(), first.getValue().offset());
            }
        }
    }

    /** Reads until {@link Consumer#wakeup()} is called (Ctrl-C). */
    public void run() {
        try {
            while (true) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    take(record);
                }
            }
        } catch (WakeupException e) {
            // Asked to stop.
        }
    }

    private void take(ConsumerRecord<byte[], byte[]> record) {
        String problem;
        try {
            SpecificRecord value =
                    record.value() == null ? null : SingleObjectValues.decode(record.value());
            if (value instanceof Alert alert) {
                alerts.add(AvroRecords.fromAvro(alert));
                return;
            }
            problem = value == null ? "no value (a tombstone)" : "not an alert";
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        skipped++;
        if (skipped <= MAX_NOTES) {
            err.println(
                    "sealane: note: skipped "
                            + record.topic()
                            + "/"
                            + record.partition()
                            + "/"
                            + record.offset()
                            + ": "
                            + problem);
            err.flush();
        }
    }
}
