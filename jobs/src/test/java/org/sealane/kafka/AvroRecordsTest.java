package org.sealane.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.SchemaStore;
import org.junit.jupiter.api.Test;
import org.sealane.TestData;
import org.sealane.avro.Alert;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.avro.CoverageMetric;
import org.sealane.avro.RejectReason;
import org.sealane.avro.RejectedRecord;
import org.sealane.avro.Severity;
import org.sealane.coverage.ZoneCoverageMetric;
import org.sealane.model.AlertEvent;
import org.sealane.model.InputLine;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;

/** Internal records to Avro single-object values and back (DESIGN 3.4, 3.5). */
class AvroRecordsTest {

    static final long START = Instant.parse("2025-06-04T02:13:05Z").toEpochMilli();
    static final long END = Instant.parse("2025-06-04T04:27:55Z").toEpochMilli();

    static final AlertEvent ENCOUNTER =
            new AlertEvent(
                    AlertEvent.idFor(AlertType.ENCOUNTER, 100003003, 100003004, "open-sea", START),
                    AlertType.ENCOUNTER,
                    AlertState.CLOSED,
                    Severity.WARNING,
                    100003003,
                    100003004,
                    "hormuz-strait",
                    "Strait of Hormuz",
                    START,
                    END,
                    26.5612,
                    56.25,
                    "west->east",
                    Map.of("minDistanceMeters", "212", "minutes", "134.8"));

    /** An open alert of one vessel: every optional field empty. */
    static final AlertEvent OPEN_GAP =
            new AlertEvent(
                    AlertEvent.idFor(AlertType.AIS_GAP, 563012345, "open-sea", START),
                    AlertType.AIS_GAP,
                    AlertState.OPEN,
                    Severity.WARNING,
                    563012345,
                    AlertEvent.NO_OTHER_VESSEL,
                    "open-sea",
                    null,
                    START,
                    PositionReport.UNKNOWN_TIME,
                    -12.5,
                    -179.75,
                    null,
                    Map.of());

    static final ZoneCoverageMetric COVERAGE =
            new ZoneCoverageMetric(
                    "red-sea-south",
                    Instant.parse("2025-06-01T06:00:00Z").toEpochMilli(),
                    Instant.parse("2025-06-01T07:00:00Z").toEpochMilli(),
                    0.625,
                    96.0,
                    Map.of("GBR", 60.0, "FRA", 36.0),
                    2,
                    3,
                    1,
                    0,
                    12.5);

    static final RejectedInput CHECKSUM =
            RejectedInput.of(
                    "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B",
                    RejectReason.NMEA_CHECKSUM,
                    "checksum 4B, computed 4A",
                    PositionReport.UNKNOWN_TIME,
                    InputLine.sequence(3, 1234),
                    1);

    @Test
    void anAlertRoundTripsThroughItsSingleObjectBytes() {
        byte[] bytes = AvroRecords.encode(AvroRecords.toAvro(ENCOUNTER));

        assertThat(Arrays.copyOf(bytes, 2)).containsExactly(0xC3, 0x01);
        assertThat(SingleObjectValues.fingerprint(bytes))
                .isEqualTo(SchemaNormalization.parsingFingerprint64(Alert.getClassSchema()));
        Alert decoded = (Alert) SingleObjectValues.decode(bytes);
        assertThat(decoded.getOtherMmsi()).isEqualTo(100003004L);
        assertThat(decoded.getZoneName()).isEqualTo("Strait of Hormuz");
        assertThat(decoded.getEndTime()).isEqualTo(Instant.ofEpochMilli(END));
        assertThat(decoded.getDirection()).isEqualTo("west->east");
        assertThat(AvroRecords.fromAvro(decoded)).isEqualTo(ENCOUNTER);
    }

    @Test
    void anOpenAlertHasNullsWhereTheInternalRecordSaysNone() {
        Alert avro = AvroRecords.toAvro(OPEN_GAP);
        assertThat(avro.getOtherMmsi()).isNull();
        assertThat(avro.getZoneName()).isNull();
        assertThat(avro.getEndTime()).isNull();
        assertThat(avro.getDirection()).isNull();
        assertThat(avro.getDetails()).isEmpty();

        Alert decoded = (Alert) SingleObjectValues.decode(AvroRecords.encode(avro));
        assertThat(decoded).isEqualTo(avro);
        assertThat(AvroRecords.fromAvro(decoded)).isEqualTo(OPEN_GAP);
    }

    @Test
    void theSameAlertGivesTheSameBytesWhateverTheOrderOfItsDetails() {
        Map<String, String> forwards = new LinkedHashMap<>();
        forwards.put("minDistanceMeters", "212");
        forwards.put("minutes", "134.8");
        Map<String, String> backwards = new LinkedHashMap<>();
        backwards.put("minutes", "134.8");
        backwards.put("minDistanceMeters", "212");

        assertThat(AvroRecords.encode(AvroRecords.toAvro(withDetails(ENCOUNTER, forwards))))
                .isEqualTo(
                        AvroRecords.encode(AvroRecords.toAvro(withDetails(ENCOUNTER, backwards))));
    }

    @Test
    void aCoverageMetricRoundTrips() {
        byte[] bytes = AvroRecords.encode(AvroRecords.toAvro(COVERAGE));

        CoverageMetric decoded = (CoverageMetric) SingleObjectValues.decode(bytes);
        assertThat(decoded.getAssetMinutesByNation())
                .containsExactly(Map.entry("FRA", 36.0), Map.entry("GBR", 60.0));
        assertThat(AvroRecords.fromAvro(decoded)).isEqualTo(COVERAGE);

        ZoneCoverageMetric nobody =
                new ZoneCoverageMetric("scs-central", 0, 3_600_000, 0, 0, Map.of(), 0, 5, 0, 0, 60);
        assertThat(
                        AvroRecords.fromAvro(
                                (CoverageMetric)
                                        SingleObjectValues.decode(
                                                AvroRecords.encode(AvroRecords.toAvro(nobody)))))
                .isEqualTo(nobody);
    }

    @Test
    void aRejectedRecordNamesTopicPartitionAndOffset() {
        RejectedRecord avro = AvroRecords.toAvro(CHECKSUM, "ais.raw");
        assertThat(avro.getSource()).isEqualTo("ais.raw/3/1234");
        assertThat(avro.getTime()).isNull();
        assertThat(avro.getLines()).isEqualTo(1);

        RejectedRecord decoded =
                (RejectedRecord) SingleObjectValues.decode(AvroRecords.encode(avro));
        assertThat(decoded).isEqualTo(avro);

        RejectedInput late =
                RejectedInput.of(
                        "\\c:1748995200*1A\\!AIVDM,2,1,0,A,51OGdf,0*36",
                        RejectReason.LATE,
                        "12 minutes behind",
                        START,
                        InputLine.sequence(0, 7),
                        2);
        RejectedRecord lateAvro =
                (RejectedRecord)
                        SingleObjectValues.decode(
                                AvroRecords.encode(AvroRecords.toAvro(late, "ais.raw")));
        assertThat(lateAvro.getTime()).isEqualTo(Instant.ofEpochMilli(START));
        assertThat(lateAvro.getLines()).isEqualTo(2);
        assertThat(lateAvro.getSource()).isEqualTo("ais.raw/0/7");
    }

    @Test
    void aReaderThatKnowsOnlyTheSchemasFindsEachValuesSchemaByItsFingerprint() throws Exception {
        // What another tool has: the .avsc files, no sealane classes, no registry.
        Schema.Parser parser = new Schema.Parser();
        Path avro = TestData.repoRoot().resolve("schemas/src/main/avro");
        for (String name : new String[] {"AlertType", "RejectReason", "Alert", "CoverageMetric"}) {
            parser.parse(Files.readString(avro.resolve(name + ".avsc")));
        }
        parser.parse(Files.readString(avro.resolve("RejectedRecord.avsc")));
        SchemaStore.Cache store = new SchemaStore.Cache();
        for (String name : new String[] {"Alert", "CoverageMetric", "RejectedRecord"}) {
            store.addSchema(parser.getTypes().get("org.sealane.avro." + name));
        }

        for (byte[] value :
                new byte[][] {
                    AvroRecords.encode(AvroRecords.toAvro(ENCOUNTER)),
                    AvroRecords.encode(AvroRecords.toAvro(OPEN_GAP)),
                    AvroRecords.encode(AvroRecords.toAvro(COVERAGE)),
                    AvroRecords.encode(AvroRecords.toAvro(CHECKSUM, "ais.raw"))
                }) {
            long fingerprint =
                    ByteBuffer.wrap(value, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            Schema writer = store.findByFingerprint(fingerprint);
            assertThat(writer).as("schema of fingerprint %x", fingerprint).isNotNull();
            GenericRecord record =
                    new BinaryMessageDecoder<GenericRecord>(GenericData.get(), writer, store)
                            .decode(value);
            switch (writer.getName()) {
                case "Alert" -> {
                    assertThat(record.get("alertId").toString())
                            .isIn(ENCOUNTER.alertId(), OPEN_GAP.alertId());
                    if (record.get("mmsi").equals(OPEN_GAP.mmsi())) {
                        assertThat(record.get("otherMmsi")).isNull();
                        assertThat(record.get("endTime")).isNull();
                        assertThat(record.get("zoneName")).isNull();
                    } else {
                        assertThat(record.get("otherMmsi")).isEqualTo(100003004L);
                        assertThat(record.get("endTime")).isEqualTo(END);
                    }
                }
                case "CoverageMetric" -> assertThat(record.get("coveredFraction")).isEqualTo(0.625);
                case "RejectedRecord" ->
                        assertThat(record.get("source").toString()).isEqualTo("ais.raw/3/1234");
                default -> throw new AssertionError(writer.getName());
            }
        }
    }

    @Test
    void anUnknownFingerprintIsNamedAndOtherBytesAreNotTakenForAValue() {
        byte[] value = AvroRecords.encode(AvroRecords.toAvro(ENCOUNTER));
        value[5] ^= 0x5a;
        long fingerprint = SingleObjectValues.fingerprint(value);
        assertThat(SingleObjectValues.isKnown(fingerprint)).isFalse();
        assertThatThrownBy(() -> SingleObjectValues.decode(value))
                .isInstanceOf(SingleObjectValues.UnknownSchemaException.class)
                .hasMessageContaining(
                        "unknown schema fingerprint " + SingleObjectValues.hex(fingerprint))
                .extracting(e -> ((SingleObjectValues.UnknownSchemaException) e).fingerprint())
                .isEqualTo(fingerprint);

        byte[] text =
                "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A".getBytes(StandardCharsets.UTF_8);
        assertThat(SingleObjectValues.hasHeader(text)).isFalse();
        assertThatThrownBy(() -> SingleObjectValues.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an Avro single-object value");

        byte[] cut = Arrays.copyOf(AvroRecords.encode(AvroRecords.toAvro(ENCOUNTER)), 14);
        assertThatThrownBy(() -> SingleObjectValues.decode(cut))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(SingleObjectValues.UnknownSchemaException.class)
                .hasMessageStartingWith("corrupt Alert value");
    }

    @Test
    void theGeneratedClassesReadTheSameBytes() throws IOException {
        byte[] bytes = AvroRecords.encode(AvroRecords.toAvro(ENCOUNTER));
        assertThat(Alert.fromByteBuffer(ByteBuffer.wrap(bytes)))
                .isEqualTo(AvroRecords.toAvro(ENCOUNTER));
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            assertThat(Alert.getDecoder().decode(in)).isEqualTo(AvroRecords.toAvro(ENCOUNTER));
        }
    }

    private static AlertEvent withDetails(AlertEvent a, Map<String, String> details) {
        return new AlertEvent(
                a.alertId(),
                a.type(),
                a.state(),
                a.severity(),
                a.mmsi(),
                a.otherMmsi(),
                a.zoneId(),
                a.zoneName(),
                a.startTime(),
                a.endTime(),
                a.lat(),
                a.lon(),
                a.direction(),
                details);
    }
}
