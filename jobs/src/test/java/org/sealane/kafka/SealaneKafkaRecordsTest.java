package org.sealane.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.InstantiationUtil;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.sealane.avro.Alert;
import org.sealane.avro.CoverageMetric;
import org.sealane.avro.RejectedRecord;
import org.sealane.coverage.ZoneCoverageMetric;
import org.sealane.model.AlertEvent;
import org.sealane.model.RejectedInput;

/** The Kafka records of the live job's outputs, checked byte for byte without a broker. */
class SealaneKafkaRecordsTest {

    private static final KafkaRecordSerializationSchema.KafkaSinkContext CONTEXT =
            new KafkaRecordSerializationSchema.KafkaSinkContext() {
                @Override
                public int getParallelInstanceId() {
                    return 0;
                }

                @Override
                public int getNumberOfParallelInstances() {
                    return 2;
                }

                @Override
                public int[] getPartitionsForTopic(String topic) {
                    return new int[] {0, 1, 2};
                }
            };

    @Test
    void anAlertIsKeyedByItsVesselsMmsiInDecimal() throws Exception {
        KafkaRecordSerializationSchema<AlertEvent> schema =
                SealaneKafkaRecords.alerts("sealane.alerts");
        schema.open(null, CONTEXT);

        ProducerRecord<byte[], byte[]> record =
                schema.serialize(AvroRecordsTest.ENCOUNTER, CONTEXT, 1_748_995_200_000L);

        assertThat(record.topic()).isEqualTo("sealane.alerts");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("100003003");
        assertThat(record.value())
                .isEqualTo(AvroRecords.encode(AvroRecords.toAvro(AvroRecordsTest.ENCOUNTER)));
        assertThat(AvroRecords.fromAvro((Alert) SingleObjectValues.decode(record.value())))
                .isEqualTo(AvroRecordsTest.ENCOUNTER);
        // Left to the producer: the key's hash, and the wall clock (an old log's event times
        // would fall outside the topic's retention at once).
        assertThat(record.partition()).isNull();
        assertThat(record.timestamp()).isNull();
        assertThat(record.headers().toArray()).isEmpty();

        assertThat(schema.serialize(AvroRecordsTest.OPEN_GAP, CONTEXT, null).key())
                .isEqualTo("563012345".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aCoverageMetricIsKeyedByItsZone() {
        ProducerRecord<byte[], byte[]> record =
                SealaneKafkaRecords.coverage("sealane.coverage")
                        .serialize(AvroRecordsTest.COVERAGE, CONTEXT, null);

        assertThat(record.topic()).isEqualTo("sealane.coverage");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("red-sea-south");
        ZoneCoverageMetric decoded =
                AvroRecords.fromAvro((CoverageMetric) SingleObjectValues.decode(record.value()));
        assertThat(decoded).isEqualTo(AvroRecordsTest.COVERAGE);
    }

    @Test
    void aRejectedRecordIsKeyedByItsSourceInTheInputTopic() {
        ProducerRecord<byte[], byte[]> record =
                SealaneKafkaRecords.rejected("sealane.rejected", "ais.raw")
                        .serialize(AvroRecordsTest.CHECKSUM, CONTEXT, null);

        assertThat(record.topic()).isEqualTo("sealane.rejected");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("ais.raw/3/1234");
        RejectedRecord decoded = (RejectedRecord) SingleObjectValues.decode(record.value());
        assertThat(decoded.getSource()).isEqualTo("ais.raw/3/1234");
        assertThat(decoded.getRaw()).isEqualTo(AvroRecordsTest.CHECKSUM.raw());
        assertThat(decoded.getDetail()).isEqualTo("checksum 4B, computed 4A");
    }

    @Test
    void theSerializersSurviveFlinksJavaSerialization() throws Exception {
        KafkaRecordSerializationSchema<AlertEvent> alerts =
                InstantiationUtil.clone(SealaneKafkaRecords.alerts("a"));
        KafkaRecordSerializationSchema<ZoneCoverageMetric> coverage =
                InstantiationUtil.clone(SealaneKafkaRecords.coverage("c"));
        KafkaRecordSerializationSchema<RejectedInput> rejected =
                InstantiationUtil.clone(SealaneKafkaRecords.rejected("r", "ais.raw"));

        assertThat(alerts.serialize(AvroRecordsTest.ENCOUNTER, CONTEXT, null).topic())
                .isEqualTo("a");
        assertThat(coverage.serialize(AvroRecordsTest.COVERAGE, CONTEXT, null).topic())
                .isEqualTo("c");
        assertThat(rejected.serialize(AvroRecordsTest.CHECKSUM, CONTEXT, null).key())
                .isEqualTo("ais.raw/3/1234".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTopicIsRequired() {
        assertThatThrownBy(() -> SealaneKafkaRecords.alerts(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Kafka topic name is required");
    }
}
