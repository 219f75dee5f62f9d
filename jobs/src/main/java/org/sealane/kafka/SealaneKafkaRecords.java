package org.sealane.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.sealane.coverage.ZoneCoverageMetric;
import org.sealane.model.AlertEvent;
import org.sealane.model.RejectedInput;

/**
 * How the live job's outputs become Kafka records (DESIGN 3.5), for {@code
 * KafkaSink.builder().setRecordSerializer(...)}: values are Avro single-object encoded ({@link
 * AvroRecords}), keys are UTF-8 text so that a record's key can be read with any tool.
 *
 * <ul>
 *   <li>alerts: the vessel's MMSI in decimal ({@code 563012345}), so one vessel's alerts stay in
 *       order in one partition;
 *   <li>coverage: the zone id ({@code red-sea-south});
 *   <li>rejected: the source, {@code topic/partition/offset} of the input.
 * </ul>
 *
 * <p>The partition is left to the producer's partitioner (a hash of the key). The record timestamp
 * is left to the producer too (the wall clock when it is sent), not set to the event time: a log
 * replayed through the live job may be years old, and a topic's time-based retention would delete
 * records timestamped then at once. The event time is in the value.
 */
public final class SealaneKafkaRecords {

    private SealaneKafkaRecords() {}

    /** Alerts to {@code topic}, keyed by MMSI. */
    public static KafkaRecordSerializationSchema<AlertEvent> alerts(String topic) {
        return new Alerts(topic);
    }

    /** Coverage metrics to {@code topic}, keyed by zone id. */
    public static KafkaRecordSerializationSchema<ZoneCoverageMetric> coverage(String topic) {
        return new Coverage(topic);
    }

    /**
     * Rejected input to {@code topic}, keyed by its source.
     *
     * @param inputTopic the topic the rejected input was read from (the job's raw AIS topic), which
     *     names it in {@code source}
     */
    public static KafkaRecordSerializationSchema<RejectedInput> rejected(
            String topic, String inputTopic) {
        return new Rejected(topic, inputTopic);
    }

    /** The key of an alert. */
    public static byte[] alertKey(long mmsi) {
        return utf8(Long.toString(mmsi));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String requireTopic(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("a Kafka topic name is required");
        }
        return topic;
    }

    static final class Alerts implements KafkaRecordSerializationSchema<AlertEvent> {
        private static final long serialVersionUID = 1L;
        private final String topic;

        Alerts(String topic) {
            this.topic = requireTopic(topic);
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(
                AlertEvent alert, KafkaSinkContext context, Long timestamp) {
            return new ProducerRecord<>(
                    topic, alertKey(alert.mmsi()), AvroRecords.encode(AvroRecords.toAvro(alert)));
        }
    }

    static final class Coverage implements KafkaRecordSerializationSchema<ZoneCoverageMetric> {
        private static final long serialVersionUID = 1L;
        private final String topic;

        Coverage(String topic) {
            this.topic = requireTopic(topic);
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(
                ZoneCoverageMetric metric, KafkaSinkContext context, Long timestamp) {
            return new ProducerRecord<>(
                    topic, utf8(metric.zoneId()), AvroRecords.encode(AvroRecords.toAvro(metric)));
        }
    }

    static final class Rejected implements KafkaRecordSerializationSchema<RejectedInput> {
        private static final long serialVersionUID = 1L;
        private final String topic;
        private final String inputTopic;

        Rejected(String topic, String inputTopic) {
            this.topic = requireTopic(topic);
            this.inputTopic = Objects.requireNonNull(inputTopic, "inputTopic");
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(
                RejectedInput rejected, KafkaSinkContext context, Long timestamp) {
            var record = AvroRecords.toAvro(rejected, inputTopic);
            return new ProducerRecord<>(
                    topic, utf8(record.getSource()), AvroRecords.encode(record));
        }
    }
}
