package org.sealane.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.input.InputFormat;

/** Which files a replay or a publish reads, and in which format. */
class ReplayInputTest {

    @TempDir Path dir;

    @Test
    void emptyLogsAreLeftOutWithANoteAndTheOthersKeepTheirOrderAndFormats() throws Exception {
        Path quiet = Files.createFile(dir.resolve("hour05.nmea"));
        Path blank = Files.writeString(dir.resolve("hour06.nmea"), "\n  \n");
        Path gzippedNothing = dir.resolve("hour07.nmea.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(gzippedNothing))) {
            gz.write("\n".getBytes(StandardCharsets.UTF_8));
        }
        Path heard =
                Files.writeString(
                        dir.resolve("hour08.nmea"),
                        "!AIVDM,1,1,,A,15M67FC000G?ufbE`FepT@3n00Sa,0*5C\n");
        Path csv =
                Files.writeString(
                        dir.resolve("hour09.csv"),
                        "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading\n"
                                + "235098765,2025-06-04T00:00:00,26.5,56.25,12.0,90.0,90\n");
        List<String> notes = new ArrayList<>();

        List<ReplayInput> inputs =
                ReplayInput.ofAll(
                        List.of(quiet, blank, gzippedNothing, heard, csv), null, notes::add);

        assertThat(inputs)
                .extracting(ReplayInput::path, ReplayInput::format)
                .containsExactly(
                        tuple(heard.toString(), InputFormat.NMEA),
                        tuple(csv.toString(), InputFormat.CSV_MARINECADASTRE));
        assertThat(notes)
                .containsExactly(
                        quiet + ": empty; left out",
                        blank + ": empty; left out",
                        gzippedNothing + ": empty; left out");
    }

    @Test
    void aForcedFormatDoesNotMakeAnEmptyFileAnInput() throws Exception {
        Path quiet = Files.createFile(dir.resolve("a.csv"));
        Path alsoQuiet = Files.createFile(dir.resolve("b.csv"));

        assertThatThrownBy(
                        () ->
                                ReplayInput.ofAll(
                                        List.of(quiet, alsoQuiet), InputFormat.CSV, note -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("all 2 inputs are empty");
    }
}
