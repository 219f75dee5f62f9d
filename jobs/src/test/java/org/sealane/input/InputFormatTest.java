package org.sealane.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Telling a file's format from its first lines, as a replay and publish do. */
class InputFormatTest {

    @Test
    void eachFormatIsToldByItsFirstDecidingLine() {
        assertThat(
                        InputFormat.detect(
                                List.of("", "!AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D,0*24")))
                .isEqualTo(InputFormat.NMEA);
        assertThat(InputFormat.detect(List.of("MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading")))
                .isEqualTo(InputFormat.CSV_MARINECADASTRE);
        assertThat(InputFormat.detect(List.of("# Timestamp,Type of mobile,MMSI,Latitude")))
                .isEqualTo(InputFormat.CSV_DMA);
        assertThat(
                        InputFormat.detect(
                                List.of(
                                        "Time,MMSI,Latitude_degrees,Longitude_degrees,COG_degrees,"
                                                + "SOG_knots")))
                .isEqualTo(InputFormat.CSV);
    }

    @Test
    void aHeaderThatDoesNotNameWhereVesselsAreDecidesNothing() {
        assertThat(InputFormat.detect(List.of("MMSI,Time,Easting,Northing"))).isNull();
        assertThat(InputFormat.detect(List.of("235070762,2016-01-12 13:02:11,50.77,-1.09")))
                .isNull();
    }

    @Test
    void theCommandLineNamesTheFormats() {
        assertThat(InputFormat.fromCliName("CSV")).isEqualTo(InputFormat.CSV);
        assertThatThrownBy(() -> InputFormat.fromCliName("xml"))
                .hasMessage(
                        "unknown format 'xml' (expected nmea, csv-marinecadastre, csv-dma or csv)");
    }
}
