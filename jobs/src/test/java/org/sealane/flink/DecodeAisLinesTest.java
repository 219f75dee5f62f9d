package org.sealane.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.sealane.config.SealaneConfig;
import org.sealane.input.InputFormat;
import org.sealane.model.InputLine;
import org.sealane.model.PositionReport;
import org.sealane.model.RawLine;

/** The decoding operator as the jobs run it: the decoder each input gets from the configuration. */
class DecodeAisLinesTest {

    /** A row of dstl's Solent tracks: time first, then MMSI, latitude, longitude, course, speed. */
    private static final String SOLENT_ROW =
            "2016-01-12 13:02:11.218,235070762,50.7730133333333,-1.092935,157.8,5.9";

    private static List<PositionReport> decode(SealaneConfig config, String line) throws Exception {
        try (OneInputStreamOperatorTestHarness<RawLine, PositionReport> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new DecodeAisLines(List.of(InputFormat.CSV), config))) {
            harness.processElement(new RawLine(line, InputLine.sequence(0, 1)), 0L);
            return harness.extractOutputValues();
        }
    }

    @Test
    void csvRowsWithoutTheirHeaderAreReadInTheConfiguredColumns() throws Exception {
        SealaneConfig config =
                SealaneConfig.defaults()
                        .with(
                                "input.csv-header",
                                "Time,MMSI,Latitude_degrees,Longitude_degrees,COG_degrees,"
                                        + "SOG_knots");

        assertThat(decode(config, SOLENT_ROW))
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.mmsi()).isEqualTo(235070762L);
                            assertThat(p.lat()).isEqualTo(50.7730133333333);
                            assertThat(p.lon()).isEqualTo(-1.092935);
                            assertThat(p.speedKn()).isEqualTo(5.9);
                        });
    }

    @Test
    void withoutTheColumnsTheSameRowIsNoPosition() throws Exception {
        assertThat(decode(SealaneConfig.defaults(), SOLENT_ROW)).isEmpty();
    }
}
