package org.sealane.live;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sealane.zones.PublishedCatalogue;

/**
 * Reads the records of the zone topic: each value is the UTF-8 GeoJSON of a whole catalogue, as
 * {@code sealane zones publish} sends it; where and when it was published come with it.
 */
final class ZoneCatalogueRecords implements KafkaRecordDeserializationSchema<PublishedCatalogue> {

    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(
            ConsumerRecord<byte[], byte[]> record, Collector<PublishedCatalogue> out) {
        out.collect(
                new PublishedCatalogue(
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        record.timestamp(),
                        record.value() == null
                                ? null
                                : new String(record.value(), StandardCharsets.UTF_8)));
    }

    @Override
    public TypeInformation<PublishedCatalogue> getProducedType() {
        return TypeInformation.of(PublishedCatalogue.class);
    }
}
