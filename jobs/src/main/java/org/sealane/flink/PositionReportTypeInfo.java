package org.sealane.flink;

import java.io.IOException;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.sealane.model.PositionReport;

/**
 * Flink type of {@link PositionReport} on the wire between the decoder and the vessel trackers: its
 * eleven fields written in a fixed 72-byte layout. Every position crosses this hop, where the
 * reflective record serializer cost as much as decoding the line. Keyed state keeps using the POJO
 * serializer, which evolves with the record.
 */
public final class PositionReportTypeInfo extends TypeInformation<PositionReport> {

    private static final long serialVersionUID = 1L;

    public static final PositionReportTypeInfo INSTANCE = new PositionReportTypeInfo();

    private PositionReportTypeInfo() {}

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<PositionReport> getTypeClass() {
        return PositionReport.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<PositionReport> createSerializer(SerializerConfig config) {
        return Serializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "PositionReport";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PositionReportTypeInfo;
    }

    @Override
    public int hashCode() {
        return PositionReportTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object other) {
        return other instanceof PositionReportTypeInfo;
    }

    /** Writes the record's fields in declaration order; records are immutable, so no copies. */
    public static final class Serializer extends TypeSerializerSingleton<PositionReport> {

        private static final long serialVersionUID = 1L;
        static final Serializer INSTANCE = new Serializer();
        private static final int LENGTH = 8 * 6 + 4 * 3 + 8 + 4;

        @Override
        public boolean isImmutableType() {
            return true;
        }

        @Override
        public PositionReport createInstance() {
            return new PositionReport(0, 0, 0, 0, Double.NaN, Double.NaN, -1, -1, 0, 0, 1);
        }

        @Override
        public PositionReport copy(PositionReport from) {
            return from;
        }

        @Override
        public PositionReport copy(PositionReport from, PositionReport reuse) {
            return from;
        }

        @Override
        public int getLength() {
            return LENGTH;
        }

        @Override
        public void serialize(PositionReport p, DataOutputView out) throws IOException {
            out.writeLong(p.mmsi());
            out.writeLong(p.time());
            out.writeDouble(p.lat());
            out.writeDouble(p.lon());
            out.writeDouble(p.speedKn());
            out.writeDouble(p.courseDeg());
            out.writeInt(p.headingDeg());
            out.writeInt(p.navStatus());
            out.writeInt(p.messageType());
            out.writeLong(p.sequence());
            out.writeInt(p.inputLines());
        }

        @Override
        public PositionReport deserialize(DataInputView in) throws IOException {
            return new PositionReport(
                    in.readLong(),
                    in.readLong(),
                    in.readDouble(),
                    in.readDouble(),
                    in.readDouble(),
                    in.readDouble(),
                    in.readInt(),
                    in.readInt(),
                    in.readInt(),
                    in.readLong(),
                    in.readInt());
        }

        @Override
        public PositionReport deserialize(PositionReport reuse, DataInputView in)
                throws IOException {
            return deserialize(in);
        }

        @Override
        public void copy(DataInputView in, DataOutputView out) throws IOException {
            out.write(in, LENGTH);
        }

        @Override
        public TypeSerializerSnapshot<PositionReport> snapshotConfiguration() {
            return new Snapshot();
        }

        /** Snapshot of the fixed layout; a new layout is a new serializer version. */
        public static final class Snapshot extends SimpleTypeSerializerSnapshot<PositionReport> {
            public Snapshot() {
                super(() -> INSTANCE);
            }
        }
    }
}
