package org.sealane.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sealane.input.RecordedOutput;
import org.sealane.model.InputLine;

/**
 * Every real NMEA log under the shared data folder decodes without an exception, and every one of
 * its lines is accounted for exactly once.
 */
class AisCorpusTest {

    static final Path NMEA =
            Path.of(System.getProperty("sealane.data.dir", "../shared/data"), "nmea");

    static Stream<Path> nmeaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(NMEA)) {
            List<Path> logs =
                    files.filter(Files::isRegularFile)
                            .filter(AisCorpusTest::isNmeaLog)
                            .sorted()
                            .toList();
            assertThat(logs).hasSizeGreaterThan(20);
            return logs.stream();
        }
    }

    private static boolean isNmeaLog(Path file) {
        String name = file.getFileName().toString();
        return !name.endsWith(".chk")
                && !name.endsWith(".json")
                && !name.startsWith("LICENSE")
                && !name.equals("COPYING")
                && !name.equals("SOURCE.txt");
    }

    @ParameterizedTest
    @MethodSource("nmeaFiles")
    void everyLineIsAccountedForOnce(Path file) throws IOException {
        NmeaLineDecoder decoder = new NmeaLineDecoder();
        RecordedOutput out = new RecordedOutput();
        long lines = 0;
        try (BufferedReader reader = open(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                decoder.decode(line, InputLine.sequence(0, ++lines), out);
            }
        }
        decoder.finish(out);

        assertThat(out.linesAccounted()).as("lines accounted for in %s", file).isEqualTo(lines);
        assertThat(decoder.pendingMessages()).isZero();
        System.out.printf(
                "%s: %d lines, %d positions, %d static, ignored %s, rejected %s%n",
                NMEA.relativize(file),
                lines,
                out.positions.size(),
                out.statics.size(),
                out.ignored,
                out.rejectCounts());
    }

    static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
    }
}
