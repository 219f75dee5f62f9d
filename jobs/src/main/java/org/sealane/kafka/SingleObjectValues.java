package org.sealane.kafka;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.specific.SpecificRecord;
import org.sealane.avro.Alert;
import org.sealane.avro.CoverageMetric;
import org.sealane.avro.RejectedRecord;

/**
 * Reads Avro single-object encoded values (DESIGN 3.5) of sealane's output topics without a schema
 * registry: the fingerprint in each value's header names its schema, and with it the record class
 * to decode into ({@link Alert}, {@link CoverageMetric}, {@link RejectedRecord}). Thread-safe.
 */
public final class SingleObjectValues {

    /** The two marker bytes that begin every single-object encoded value. */
    static final byte MARKER_0 = (byte) 0xC3;

    static final byte MARKER_1 = (byte) 0x01;

    /** Marker plus the 8-byte fingerprint. */
    public static final int HEADER_BYTES = 10;

    /** The schemas this version of sealane reads, by fingerprint. */
    private static final Map<Long, Kind> KINDS =
            List.of(
                            new Kind(Alert.getClassSchema(), Alert.getDecoder()),
                            new Kind(CoverageMetric.getClassSchema(), CoverageMetric.getDecoder()),
                            new Kind(RejectedRecord.getClassSchema(), RejectedRecord.getDecoder()))
                    .stream()
                    .collect(
                            Collectors.toUnmodifiableMap(
                                    kind -> fingerprint(kind.schema()), Function.identity()));

    private record Kind(Schema schema, BinaryMessageDecoder<? extends SpecificRecord> decoder) {}

    private SingleObjectValues() {}

    /** The CRC-64-AVRO fingerprint of a schema's canonical form, as in the header. */
    public static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    /** Whether a value begins with the single-object marker and is long enough for a header. */
    public static boolean hasHeader(byte[] value) {
        return value != null
                && value.length >= HEADER_BYTES
                && value[0] == MARKER_0
                && value[1] == MARKER_1;
    }

    /**
     * The writer schema's fingerprint of a single-object encoded value.
     *
     * @throws IllegalArgumentException if the value has no single-object header
     */
    public static long fingerprint(byte[] value) {
        if (!hasHeader(value)) {
            throw new IllegalArgumentException("not an Avro single-object value");
        }
        long fingerprint = 0;
        for (int i = HEADER_BYTES - 1; i >= 2; i--) {
            fingerprint = (fingerprint << 8) | (value[i] & 0xFF);
        }
        return fingerprint;
    }

    /** The fingerprint as it is printed: {@code 0x} and 16 hex digits. */
    public static String hex(long fingerprint) {
        return String.format(Locale.ROOT, "0x%016x", fingerprint);
    }

    /** Whether this version of sealane knows the schema of this fingerprint. */
    public static boolean isKnown(long fingerprint) {
        return KINDS.containsKey(fingerprint);
    }

    /**
     * Decodes a value into the record class its fingerprint names.
     *
     * @return an {@link Alert}, {@link CoverageMetric} or {@link RejectedRecord}
     * @throws UnknownSchemaException if the value has a header with a fingerprint of no schema this
     *     version knows
     * @throws IllegalArgumentException if the value is not single-object encoded or its body does
     *     not decode
     */
    public static SpecificRecord decode(byte[] value) {
        long fingerprint = fingerprint(value);
        Kind kind = KINDS.get(fingerprint);
        if (kind == null) {
            throw new UnknownSchemaException(fingerprint);
        }
        try {
            return kind.decoder().decode(value);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "corrupt "
                            + kind.schema().getName()
                            + " value: "
                            + (e.getMessage() == null
                                    ? e.getClass().getSimpleName()
                                    : e.getMessage()),
                    e);
        }
    }

    /** A value whose header names a schema this version of sealane does not know. */
    public static final class UnknownSchemaException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final long fingerprint;

        public UnknownSchemaException(long fingerprint) {
            super(
                    "unknown schema fingerprint "
                            + hex(fingerprint)
                            + " (not an Alert, CoverageMetric or RejectedRecord this version of"
                            + " sealane knows)");
            this.fingerprint = fingerprint;
        }

        public long fingerprint() {
            return fingerprint;
        }
    }
}
