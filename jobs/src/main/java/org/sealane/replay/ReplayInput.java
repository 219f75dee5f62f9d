package org.sealane.replay;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.sealane.input.InputFormat;

/**
 * One file to replay: its path, its format and its size. Gzip is recognised by its magic bytes, not
 * its name.
 *
 * @param path the file as the user named it
 * @param format how its lines are decoded
 * @param sizeBytes its size on disk (compressed, if it is)
 */
public record ReplayInput(String path, InputFormat format, long sizeBytes) implements Serializable {

    private static final int DETECTION_LINES = 200;

    /**
     * Checks that the file can be read and finds its format.
     *
     * @param forced the format to use, or null to detect it from the content
     * @throws IllegalArgumentException with a one-line message if the file is missing, unreadable
     *     or of no known format
     */
    public static ReplayInput of(Path file, InputFormat forced) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(file + ": not readable");
        }
        try {
            InputFormat format = forced;
            if (format == null) {
                List<String> first = new ArrayList<>();
                try (BufferedReader reader = open(file, null)) {
                    String line;
                    while (first.size() < DETECTION_LINES && (line = reader.readLine()) != null) {
                        first.add(line);
                    }
                }
                format = InputFormat.detect(first);
                if (format == null) {
                    throw new IllegalArgumentException(
                            file
                                    + ": cannot tell the format from its first lines (no NMEA"
                                    + " sentence, no CSV header naming MMSI, time, latitude and"
                                    + " longitude columns); use --format");
                }
            }
            return new ReplayInput(file.toString(), format, Files.size(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Opens a file for reading lines, decompressing gzip transparently. */
    public static BufferedReader open(Path file) throws IOException {
        return open(file, null);
    }

    /**
     * Opens a file for reading lines, decompressing gzip transparently.
     *
     * @param counter counts the bytes read from disk, for progress; may be null
     */
    static BufferedReader open(Path file, ByteCounter counter) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (counter != null) {
            raw = new CountingInputStream(raw, counter);
        }
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        InputStream content = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
        // Malformed UTF-8 becomes U+FFFD rather than an error, so a line of binary junk is
        // rejected on its own instead of failing the whole file.
        return new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Receives the number of bytes read from disk. */
    interface ByteCounter {
        void add(long bytes);
    }
}
