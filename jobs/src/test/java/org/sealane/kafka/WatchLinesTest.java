package org.sealane.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sealane.avro.Alert;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.avro.CoverageMetric;
import org.sealane.avro.RejectReason;
import org.sealane.avro.RejectedRecord;
import org.sealane.avro.Severity;
import org.sealane.avro.VesselPosition;
import org.sealane.model.InputLine;
import org.sealane.model.RejectedInput;

/** What an operator reads: one line per record. */
class WatchLinesTest {

    @Test
    void aClosedAlertSaysWhenItEndedAndSinceWhen() {
        assertThat(WatchLines.line(AvroRecords.toAvro(AvroRecordsTest.ENCOUNTER)))
                .isEqualTo(
                        "2025-06-04 04:27:55Z  WARNING  ENCOUNTER CLOSED          "
                                + "100003003+100003004  hormuz-strait (Strait of Hormuz)"
                                + "  26.5612N 56.2500E  west->east"
                                + "  from 2025-06-04 02:13:05Z (2h15m)"
                                + "  minDistanceMeters=212 minutes=134.8");
    }

    @Test
    void anOpenAlertSaysWhenItBegan() {
        assertThat(WatchLines.alert(AvroRecords.toAvro(AvroRecordsTest.OPEN_GAP)))
                .isEqualTo(
                        "2025-06-04 02:13:05Z  WARNING  AIS_GAP OPEN              563012345"
                                + "  open-sea  12.5000S 179.7500W");
    }

    @Test
    void anInstantaneousAlertHasOneTimeAndItsDetailsInOrder() {
        long at = Instant.parse("2025-06-01T05:04:00Z").toEpochMilli();
        Alert exit =
                new Alert(
                        "163d11b5-ca2b-3d0b-9e97-ce236bbfbfc8",
                        AlertType.ZONE_EXIT,
                        AlertState.CLOSED,
                        Severity.INFO,
                        100000104L,
                        null,
                        "gibraltar-strait",
                        "Strait of Gibraltar",
                        Instant.ofEpochMilli(at),
                        Instant.ofEpochMilli(at),
                        35.99314,
                        -5.26856,
                        null,
                        Map.of(
                                "speedKn", "18.0",
                                "courseDeg", "82.8",
                                "minutesInside", "116.0"));
        assertThat(WatchLines.line(exit))
                .isEqualTo(
                        "2025-06-01 05:04:00Z  INFO     ZONE_EXIT CLOSED          100000104"
                                + "  gibraltar-strait (Strait of Gibraltar)  35.9931N 5.2686W"
                                + "  courseDeg=82.8 minutesInside=116.0 speedKn=18.0");
    }

    @Test
    void columnsLineUpWhateverTheSeverityAndType() {
        Alert transit = AvroRecords.toAvro(AvroRecordsTest.ENCOUNTER);
        transit.setType(AlertType.CHOKEPOINT_TRANSIT);
        transit.setSeverity(Severity.CRITICAL);
        transit.setOtherMmsi(null);
        String line = WatchLines.alert(transit);
        assertThat(line)
                .startsWith("2025-06-04 04:27:55Z  CRITICAL CHOKEPOINT_TRANSIT CLOSED 100003003  ");
        assertThat(line.indexOf("100003003"))
                .isEqualTo(
                        WatchLines.alert(AvroRecords.toAvro(AvroRecordsTest.OPEN_GAP))
                                .indexOf("563012345"));
    }

    @Test
    void aCoverageLineHasTheWindowTheShareAndEachNationsMinutes() {
        assertThat(WatchLines.line(AvroRecords.toAvro(AvroRecordsTest.COVERAGE)))
                .isEqualTo(
                        "2025-06-01 06:00:00Z  COVERAGE 1h    red-sea-south  covered 62.5%"
                                + "  asset-minutes 96.0 (FRA 36.0, GBR 60.0)  assets 2"
                                + "  traffic 3 (uncovered 12.5 vessel-min)  transits 1  alerts 0");

        CoverageMetric day = AvroRecords.toAvro(AvroRecordsTest.COVERAGE);
        day.setWindowEnd(day.getWindowStart().plusSeconds(86_400));
        day.setAssetMinutesByNation(Map.of());
        day.setCoveredFraction(0.0);
        day.setAssetMinutes(0.0);
        assertThat(WatchLines.coverage(day))
                .startsWith(
                        "2025-06-01 06:00:00Z  COVERAGE day   red-sea-south  covered 0.0%"
                                + "  asset-minutes 0.0  assets 2");
    }

    @Test
    void aRejectedLineHasReasonSourceDetailAndTheRawInput() {
        assertThat(WatchLines.line(AvroRecords.toAvro(AvroRecordsTest.CHECKSUM, "ais.raw")))
                .isEqualTo(
                        "no time               REJECTED NMEA_CHECKSUM  ais.raw/3/1234"
                                + "  checksum 4B, computed 4A"
                                + "  raw: !AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B");

        RejectedInput multipart =
                RejectedInput.of(
                        "x".repeat(300) + "\r\u0007",
                        RejectReason.LATE,
                        "12 minutes behind the latest position",
                        AvroRecordsTest.START,
                        InputLine.sequence(1, 99),
                        2);
        RejectedRecord record = AvroRecords.toAvro(multipart, "ais.raw");
        assertThat(WatchLines.rejected(record))
                .isEqualTo(
                        "2025-06-04 02:13:05Z  REJECTED LATE  ais.raw/1/99"
                                + "  12 minutes behind the latest position  (2 lines)  raw: "
                                + "x".repeat(WatchLines.MAX_RAW_CHARS)
                                + "...");
    }

    @Test
    void controlCharactersNeverBreakTheLine() {
        RejectedRecord record = AvroRecords.toAvro(AvroRecordsTest.CHECKSUM, "ais.raw");
        record.setRaw("!AIVDM\n,1\t,1\u0000");
        record.setDetail("two\r\nlines");
        assertThat(WatchLines.rejected(record))
                .endsWith("two\\x0d\\x0alines  raw: !AIVDM\\x0a,1\\x09,1\\x00")
                .doesNotContain("\n", "\r", "\t");
    }

    @Test
    void notesSayWhatTheBytesLookLike() {
        byte[] text =
                "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A".getBytes(StandardCharsets.UTF_8);
        assertThat(WatchLines.note("ais.raw/0/5", text, "not an Avro single-object value"))
                .isEqualTo(
                        "ais.raw/0/5: not an Avro single-object value (47 bytes, begins"
                                + " '!AIVDM,1,1,,A,15RTgt0PAso;90TKcj...'); skipped");
        assertThat(WatchLines.note("t/1/2", new byte[] {0, 1, (byte) 0xff}, "not an Avro value"))
                .isEqualTo("t/1/2: not an Avro value (3 bytes, begins 00 01 ff); skipped");
        byte[] unknown = AvroRecords.encode(AvroRecords.toAvro(AvroRecordsTest.COVERAGE));
        unknown[9] ^= 1;
        assertThat(WatchLines.note("t/0/0", unknown, "unknown schema fingerprint 0x12"))
                .isEqualTo("t/0/0: unknown schema fingerprint 0x12; skipped");
        assertThat(WatchLines.note("t/0/1", null, "no value (a tombstone)"))
                .isEqualTo("t/0/1: no value (a tombstone); skipped");
    }

    @Test
    void durationsAreWhatAnOperatorSays() {
        assertThat(
                        List.of(
                                WatchLines.duration(0),
                                WatchLines.duration(45_000),
                                WatchLines.duration(59_600),
                                WatchLines.duration(12 * 60_000),
                                WatchLines.duration(3_590_000),
                                WatchLines.duration(9 * 3_600_000L + 57 * 60_000),
                                WatchLines.duration(2 * 3_600_000L),
                                WatchLines.duration(51 * 3_600_000L),
                                WatchLines.duration(48 * 3_600_000L)))
                .containsExactly("0s", "45s", "1m", "12m", "1h", "9h57m", "2h", "2d3h", "2d");
    }

    @Test
    void onlyTheThreeOutputRecordsHaveLines() {
        VesselPosition position = new VesselPosition();
        assertThatThrownBy(() -> WatchLines.line(position))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VesselPosition");
    }
}
