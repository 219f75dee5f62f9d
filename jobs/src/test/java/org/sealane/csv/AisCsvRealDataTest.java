package org.sealane.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.sealane.TestData;
import org.sealane.avro.RejectReason;
import org.sealane.input.InputFormat;
import org.sealane.input.LineDecoder;
import org.sealane.input.LineOutcome;
import org.sealane.input.RecordedOutput;

/** The CSV readers on the real exports in the shared data folder. */
class AisCsvRealDataTest {

    private static RecordedOutput decodeAll(Path file, LineDecoder decoder) throws IOException {
        RecordedOutput out = new RecordedOutput();
        var raw = Files.newInputStream(file);
        var in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        long lineNumber = 0;
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                decoder.decode(line, ++lineNumber, out);
            }
        }
        decoder.finish(out);
        assertThat(out.linesAccounted()).as("every line accounted for").isEqualTo(lineNumber);
        return out;
    }

    @Test
    void noaaStraitsOfFloridaDayIsAllPositions() throws IOException {
        RecordedOutput out =
                decodeAll(
                        TestData.file(
                                "csv/noaa-2020-01-01/noaa_ais_2020-01-01_Straits_of_Florida.csv.gz"),
                        AisCsvDecoder.marineCadastre());

        // The data README: 147,434 positions of 542 vessels.
        assertThat(out.positions).hasSize(147_434);
        assertThat(out.positions.stream().mapToLong(p -> p.mmsi()).distinct().count())
                .isEqualTo(542);
        assertThat(out.rejected).isEmpty();
        assertThat(out.ignored).containsEntry(LineOutcome.COMMENT, 1);
    }

    @Test
    void solentTracksAreRecognisedAndReadByTheirColumnNames() throws IOException {
        Path solent = TestData.file("csv/solent/SolentAIS_20160112_130211.csv");
        assertThat(InputFormat.detect(Files.readAllLines(solent).subList(0, 3)))
                .isEqualTo(InputFormat.CSV);

        RecordedOutput out = decodeAll(solent, InputFormat.CSV.newDecoder());

        // 18,623 rows of 91 vessels, every one a position on the globe (counted with Python's
        // csv); the one outlier, 56 degrees of longitude off, is for the track filter.
        assertThat(out.positions).hasSize(18_623);
        assertThat(out.positions.stream().mapToLong(p -> p.mmsi()).distinct().count())
                .isEqualTo(91);
        assertThat(out.positions).filteredOn(p -> p.lon() > 50).hasSize(1);
        assertThat(out.rejected).isEmpty();
        assertThat(out.ignored).containsEntry(LineOutcome.COMMENT, 1);
    }

    @Test
    void dmaExportKeepsVesselsAndRejectsNotAvailablePositions() throws IOException {
        RecordedOutput out =
                decodeAll(
                        TestData.file("csv/dma-aisdk/aisdk-2026-04-26_first-chunk.csv"),
                        AisCsvDecoder.dma());

        // 19,999 rows: 1,570 base stations and aids to navigation; of the 18,429 vessel rows,
        // 617 carry the "not available" position 91,0 or similar (counted with Python's csv).
        assertThat(out.ignored).containsEntry(LineOutcome.OTHER_AIS_MESSAGE, 1_570);
        assertThat(out.rejected)
                .hasSize(617)
                .allSatisfy(r -> assertThat(r.reason()).isEqualTo(RejectReason.BAD_POSITION));
        assertThat(out.positions).hasSize(18_429 - 617);
    }
}
