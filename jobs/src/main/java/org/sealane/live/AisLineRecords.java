package org.sealane.live;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sealane.model.InputLine;
import org.sealane.model.RawLine;

/**
 * Reads the records of the raw AIS topic as input lines: the UTF-8 value is the line, and its
 * partition and offset are where it came from (the partition is the input index, the offset the
 * line number), so rejected input names {@code topic/partition/offset}. A record without a value (a
 * tombstone) becomes an empty line, which the decoder counts as blank.
 */
public final class AisLineRecords implements KafkaRecordDeserializationSchema<RawLine> {

    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawLine> out) {
        String text =
                record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        // One line per record: a trailing line break from a careless producer is not content.
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        out.collect(
                new RawLine(
                        text.substring(0, end),
                        InputLine.sequence(record.partition(), record.offset())));
    }

    @Override
    public TypeInformation<RawLine> getProducedType() {
        return TypeInformation.of(RawLine.class);
    }
}
