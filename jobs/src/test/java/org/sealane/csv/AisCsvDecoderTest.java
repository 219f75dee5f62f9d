package org.sealane.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sealane.avro.RejectReason;
import org.sealane.input.LineOutcome;
import org.sealane.input.RecordedOutput;
import org.sealane.model.PositionReport;
import org.sealane.model.StaticReport;

class AisCsvDecoderTest {

    private static final String NOAA_HEADER =
            "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType";
    private static final String DMA_HEADER =
            "# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,COG,"
                    + "Heading,IMO,Callsign,Name,Ship type,Cargo type,Width,Length,"
                    + "Type of position fixing device,Draught,Destination,ETA,Data source type,A,B,C,D";

    /** dstl Stone Soup's Solent tracks: no heading, times with a space and milliseconds. */
    private static final String SOLENT_HEADER =
            "Time,MMSI,Latitude_degrees,Longitude_degrees,COG_degrees,SOG_knots";

    private final RecordedOutput out = new RecordedOutput();

    @Test
    void marineCadastreRowBecomesAPosition() {
        AisCsvDecoder decoder = AisCsvDecoder.marineCadastre();
        decoder.decode(NOAA_HEADER, 1, out);
        decoder.decode(
                "255806153,2020-01-01T00:00:00,26.62533,-79.655,12.0,111.0,120.0,COSTA NEOCLASSICA,"
                        + "IMO8716502,CQAE7,69.0",
                2,
                out);

        assertThat(out.ignored).containsEntry(LineOutcome.COMMENT, 1);
        assertThat(out.positions).hasSize(1);
        PositionReport p = out.positions.get(0);
        assertThat(p.mmsi()).isEqualTo(255806153L);
        assertThat(Instant.ofEpochMilli(p.time())).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(p.lat()).isEqualTo(26.62533);
        assertThat(p.lon()).isEqualTo(-79.655);
        assertThat(p.speedKn()).isEqualTo(12.0);
        assertThat(p.courseDeg()).isEqualTo(111.0);
        assertThat(p.headingDeg()).isEqualTo(120);
        assertThat(p.sequence()).isEqualTo(2);
        assertThat(p.inputLines()).isEqualTo(1);
    }

    @Test
    void aVesselsNameIsReportedWhenFirstSeenAndWhenItChangesWithoutCountingALine() {
        AisCsvDecoder decoder = AisCsvDecoder.marineCadastre();
        decoder.decode(NOAA_HEADER, 1, out);
        decoder.decode(
                "311256000,2020-01-01T00:00:00,25.9,-79.9,1.8,12.0,38.0,EVRIDIKI,,,80", 2, out);
        decoder.decode(
                "311256000,2020-01-01T00:01:00,25.9,-79.9,1.8,12.0,38.0,EVRIDIKI ,,,80", 3, out);
        decoder.decode("311256000,2020-01-01T00:02:00,25.9,-79.9,1.8,12.0,38.0,,,,80", 4, out);
        decoder.decode(
                "311256000,2020-01-01T00:03:00,25.9,-79.9,1.8,12.0,38.0,EVRIDIKI II,,,80", 5, out);

        assertThat(out.positions).hasSize(4);
        assertThat(out.statics)
                .extracting(StaticReport::mmsi, StaticReport::shipName, StaticReport::sequence)
                .containsExactly(
                        tuple(311256000L, "EVRIDIKI", 2L), tuple(311256000L, "EVRIDIKI II", 5L));
        assertThat(out.statics).allSatisfy(s -> assertThat(s.inputLines()).isZero());
    }

    @Test
    void notAvailableSpeedCourseAndHeadingAreAbsent() {
        AisCsvDecoder decoder = AisCsvDecoder.marineCadastre();
        decoder.decode("367001234,2020-01-01T01:02:03,25.1,-80.2,102.3,360.0,511.0,,,,", 1, out);

        PositionReport p = out.positions.get(0);
        assertThat(p.speedKn()).isNaN();
        assertThat(p.courseDeg()).isNaN();
        assertThat(p.headingDeg()).isEqualTo(-1);
    }

    @Test
    void dmaRowWithQuotedCommaAndTextStatusBecomesAPosition() {
        AisCsvDecoder decoder = AisCsvDecoder.dma();
        decoder.decode(DMA_HEADER, 1, out);
        decoder.decode(
                "26/04/2026 00:00:29,Class A,266186000,57.617878,11.761928,Engaged in fishing,0.0,0.0,"
                        + "348.5,235,Unknown,SLID,GLITTSKAR,Fishing,,5,16,Chayka,2.5,\"CPA0,5\",,AIS,13,3,2,3",
                2,
                out);

        PositionReport p = out.positions.get(0);
        assertThat(p.mmsi()).isEqualTo(266186000L);
        assertThat(Instant.ofEpochMilli(p.time())).isEqualTo(Instant.parse("2026-04-26T00:00:29Z"));
        assertThat(p.navStatus()).as("engaged in fishing").isEqualTo(7);
        assertThat(p.courseDeg()).isEqualTo(348.5);
    }

    @Test
    void dmaBaseStationsAndAidsToNavigationAreCountedNotTracked() {
        AisCsvDecoder decoder = AisCsvDecoder.dma();
        decoder.decode(
                "26/04/2026 00:00:45,AtoN,992651019,56.653920,12.853812,Unknown value,,,,,Unknown,"
                        + "Unknown,\"DEEP 8,1\",Undefined,,,,Undefined,,Unknown,,AIS,,,,",
                1,
                out);

        assertThat(out.positions).isEmpty();
        assertThat(out.ignored).containsEntry(LineOutcome.OTHER_AIS_MESSAGE, 1);
    }

    @Test
    void unusableRowsAreRejectedWithTheirReason() {
        AisCsvDecoder decoder = AisCsvDecoder.marineCadastre();
        decoder.decode("0,2020-01-01T00:00:00,26.6,-79.6,12.0,111.0,120.0,,,,", 1, out);
        decoder.decode("255806153,2020-13-01T00:00:00,26.6,-79.6,12.0,111.0,120.0,,,,", 2, out);
        decoder.decode("255806153,2020-01-01T00:00:00,91.0,181.0,12.0,111.0,120.0,,,,", 3, out);
        decoder.decode("255806153,2020-01-01T00:00:00,26.6", 4, out);
        decoder.decode("255806153,\"2020-01-01T00:00:00,26.6,-79.6", 5, out);
        decoder.decode("   ", 6, out);

        assertThat(out.rejected)
                .extracting(r -> r.reason())
                .containsExactly(
                        RejectReason.INVALID_MMSI,
                        RejectReason.BAD_TIMESTAMP,
                        RejectReason.BAD_POSITION,
                        RejectReason.CSV_SYNTAX,
                        RejectReason.CSV_SYNTAX);
        assertThat(out.rejected).extracting(r -> r.sequence()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(out.rejected.get(2).detail()).contains("91.0,181.0");
        assertThat(out.ignored).containsEntry(LineOutcome.BLANK, 1);
    }

    @Test
    void aCsvThatNamesItsColumnsIsReadByThoseNamesAndMayLackTheHeading() {
        assertThat(AisCsvDecoder.namesItsColumns(SOLENT_HEADER)).isTrue();
        AisCsvDecoder decoder = AisCsvDecoder.named();
        decoder.decode(SOLENT_HEADER, 1, out);
        decoder.decode(
                "2016-01-12 13:02:11.218,235070762,50.7730133333333,-1.092935,157.8,5.9", 2, out);

        assertThat(out.ignored).containsEntry(LineOutcome.COMMENT, 1);
        PositionReport p = out.positions.get(0);
        assertThat(p.mmsi()).isEqualTo(235070762L);
        assertThat(Instant.ofEpochMilli(p.time()))
                .isEqualTo(Instant.parse("2016-01-12T13:02:11.218Z"));
        assertThat(p.lat()).isEqualTo(50.7730133333333);
        assertThat(p.lon()).isEqualTo(-1.092935);
        assertThat(p.courseDeg()).isEqualTo(157.8);
        assertThat(p.speedKn()).isEqualTo(5.9);
        assertThat(p.headingDeg()).isEqualTo(-1);
    }

    @Test
    void namedColumnsAreFoundByTheirUsualNamesInAnyOrderAndCase() {
        AisCsvDecoder decoder = AisCsvDecoder.named();
        decoder.decode("lon,lat,timestamp,mmsi,speed,vesselname", 1, out);
        decoder.decode("-79.5,25.5,2020-01-01T00:00:05Z,538001234,8.5,SEA STAR", 2, out);

        PositionReport p = out.positions.get(0);
        assertThat(p.mmsi()).isEqualTo(538001234L);
        assertThat(Instant.ofEpochMilli(p.time())).isEqualTo(Instant.parse("2020-01-01T00:00:05Z"));
        assertThat(p.lat()).isEqualTo(25.5);
        assertThat(p.lon()).isEqualTo(-79.5);
        assertThat(p.speedKn()).isEqualTo(8.5);
        assertThat(p.courseDeg()).isNaN();
        assertThat(out.statics).extracting(StaticReport::shipName).containsExactly("SEA STAR");
    }

    @Test
    void aHeaderWithoutMmsiTimeOrPositionIsNotOneToReadByName() {
        assertThat(AisCsvDecoder.namesItsColumns("MMSI,Time,Easting,Northing")).isFalse();
        assertThat(AisCsvDecoder.namesItsColumns("Time,Latitude,Longitude")).isFalse();
        assertThat(AisCsvDecoder.namesItsColumns("ID,Time,Latitude,Longitude")).isFalse();

        AisCsvDecoder decoder = AisCsvDecoder.named();
        decoder.decode("MMSI,Time,Easting,Northing", 1, out);

        assertThat(out.rejected)
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.CSV_SYNTAX));
    }

    @Test
    void rowsWithoutTheirHeaderAreReadInTheColumnsTheDecoderIsGiven() {
        // A live topic's rows come without the export's header (input.csv-header names them).
        AisCsvDecoder decoder = AisCsvDecoder.named(SOLENT_HEADER);
        decoder.decode(
                "2016-01-12 13:02:11.218,235070762,50.7730133333333,-1.092935,157.8,5.9", 1, out);

        PositionReport p = out.positions.get(0);
        assertThat(p.mmsi()).isEqualTo(235070762L);
        assertThat(p.lat()).isEqualTo(50.7730133333333);
        assertThat(p.lon()).isEqualTo(-1.092935);
        assertThat(p.speedKn()).isEqualTo(5.9);
        assertThatThrownBy(() -> AisCsvDecoder.named("ID,Time,Latitude,Longitude"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not name MMSI, time, latitude and longitude");
    }

    @Test
    void headerWithReorderedColumnsIsFollowed() {
        AisCsvDecoder decoder = AisCsvDecoder.marineCadastre();
        decoder.decode("BaseDateTime,MMSI,LON,LAT,SOG,COG,Heading", 1, out);
        decoder.decode("2020-01-01T00:00:05,538001234,-79.5,25.5,8.5,90.0,91", 2, out);

        PositionReport p = out.positions.get(0);
        assertThat(p.mmsi()).isEqualTo(538001234L);
        assertThat(p.lat()).isEqualTo(25.5);
        assertThat(p.lon()).isEqualTo(-79.5);
    }
}
