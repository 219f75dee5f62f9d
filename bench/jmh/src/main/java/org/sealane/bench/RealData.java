package org.sealane.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The shared real public data the benchmarks read (DESIGN 7): the folder in the system property
 * {@code sealane.data.dir}, else in the environment variable {@code SEALANE_DATA_DIR}, else {@code
 * ../shared/data} from the working directory (the repository root).
 */
final class RealData {

    /** AMSA's Australian coastal log: 44,687 lines, junk lines included. */
    static final String AMSA = "nmea/amsa/ais.txt.gz";

    /** DMA's Danish log with Gatehouse timestamp sentences: 8,551 lines. */
    static final String DMA = "nmea/dma-aislib/stream_example.txt";

    /** gpsd's sample: every message type, 39 multipart fragments. */
    static final String GPSD = "nmea/gpsd/sample.aivdm";

    /** The NOAA MarineCadastre hour: 263,940 positions after the header. */
    static final String NOAA_HOUR = "csv/noaa-2020-01-01/noaa_ais_2020-01-01_hour00.csv.gz";

    private RealData() {}

    static Path file(String relative) {
        String configured =
                System.getProperty("sealane.data.dir", System.getenv("SEALANE_DATA_DIR"));
        Path dir = Paths.get(configured != null ? configured : "../shared/data");
        Path file = dir.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    file.toAbsolutePath()
                            + " not found: set -Dsealane.data.dir or SEALANE_DATA_DIR");
        }
        return file;
    }

    /** The lines of a data file, gunzipped when its name ends in {@code .gz}. */
    static List<String> lines(String relative) throws IOException {
        Path file = file(relative);
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        // UTF-8 with a 64 KiB buffer, as the replay reader opens its inputs.
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
