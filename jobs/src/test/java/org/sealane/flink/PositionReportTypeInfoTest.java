package org.sealane.flink;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.sealane.model.PositionReport;

class PositionReportTypeInfoTest {

    private final TypeSerializer<PositionReport> serializer =
            PositionReportTypeInfo.INSTANCE.createSerializer(new SerializerConfigImpl());

    private PositionReport roundTrip(PositionReport p) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(128);
        serializer.serialize(p, out);
        assertThat(out.length()).isEqualTo(serializer.getLength());
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    @Test
    void everyFieldSurvivesTheWire() throws Exception {
        PositionReport full =
                new PositionReport(
                        563012345L,
                        1_717_200_000_123L,
                        1.26543,
                        103.81234,
                        12.3,
                        271.4,
                        270,
                        0,
                        3,
                        (7L << 43) | 42,
                        2);
        PositionReport absent =
                new PositionReport(
                        230001234L,
                        1_717_200_000_000L,
                        -33.9,
                        151.2,
                        Double.NaN,
                        Double.NaN,
                        -1,
                        -1,
                        18,
                        1,
                        1);

        assertThat(roundTrip(full)).isEqualTo(full);
        assertThat(roundTrip(absent)).isEqualTo(absent);
    }

    @Test
    void snapshotRestoresACompatibleSerializer() throws Exception {
        TypeSerializerSnapshot<PositionReport> snapshot = serializer.snapshotConfiguration();
        DataOutputSerializer out = new DataOutputSerializer(64);
        snapshot.writeSnapshot(out);
        TypeSerializerSnapshot<PositionReport> restored =
                new PositionReportTypeInfo.Serializer.Snapshot();
        restored.readSnapshot(
                snapshot.getCurrentVersion(),
                new DataInputDeserializer(out.getCopyOfBuffer()),
                getClass().getClassLoader());

        assertThat(restored.restoreSerializer()).isEqualTo(serializer);
        assertThat(snapshot.resolveSchemaCompatibility(restored).isCompatibleAsIs()).isTrue();
    }
}
