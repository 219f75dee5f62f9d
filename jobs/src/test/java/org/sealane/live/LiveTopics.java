package org.sealane.live;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.sealane.avro.Alert;
import org.sealane.config.SealaneConfig;
import org.sealane.kafka.AvroRecords;
import org.sealane.kafka.LocalKafkaBroker;
import org.sealane.kafka.SingleObjectValues;
import org.sealane.output.AlertJsonFormat;

/** Topics of their own for one live-job test, and reading back what the job wrote to them. */
final class LiveTopics {

    private LiveTopics() {}

    /**
     * Creates fresh input and output topics and returns the configuration that names them: a
     * bounded job from the earliest offset, checkpointing every second.
     */
    static SealaneConfig configFor(LocalKafkaBroker broker, String test) {
        String suffix = "-" + test + "-" + UUID.randomUUID().toString().substring(0, 8);
        SealaneConfig config =
                SealaneConfig.defaults()
                        .with("kafka.bootstrap-servers", broker.bootstrapServers())
                        .with("kafka.input-topic", "ais.raw" + suffix)
                        .with("kafka.alerts-topic", "sealane.alerts" + suffix)
                        .with("kafka.coverage-topic", "sealane.coverage" + suffix)
                        .with("kafka.rejected-topic", "sealane.rejected" + suffix)
                        .with("kafka.group-id", "sealane" + suffix)
                        .with("kafka.transactional-id-prefix", "sealane" + suffix)
                        .with("kafka.starting-offsets", "earliest")
                        .with("kafka.bounded", "true")
                        .with("checkpoint.interval", "1s");
        broker.createTopic(config.kafkaInputTopic(), 2);
        broker.createTopic(config.kafkaAlertsTopic(), 2);
        broker.createTopic(config.kafkaCoverageTopic(), 2);
        broker.createTopic(config.kafkaRejectedTopic(), 1);
        return config;
    }

    /** Every committed record of a topic (read_committed), once no transaction is open. */
    static List<ConsumerRecord<byte[], byte[]>> committed(LocalKafkaBroker broker, String topic) {
        return broker.readAllCommitted(
                topic,
                Duration.ofSeconds(30),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    /** Alert records as the lines of a replay's {@code alerts.jsonl}, in its order. */
    static List<String> alertLines(List<ConsumerRecord<byte[], byte[]>> records) {
        AlertJsonFormat json = new AlertJsonFormat();
        return records.stream()
                .map(
                        record ->
                                AvroRecords.fromAvro(
                                        (Alert) SingleObjectValues.decode(record.value())))
                .sorted(Comparator.comparing(json::sortKey))
                .map(json::toJson)
                .toList();
    }
}
