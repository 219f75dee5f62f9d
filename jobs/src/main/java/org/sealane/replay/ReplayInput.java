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
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.sealane.input.InputFiles;
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
     * Checks that the files can be read and finds their formats. An empty file (no line, or blank
     * lines only) has nothing to replay and is left out, with a note: a receiver's log of an hour
     * in which it heard nothing is not an error.
     *
     * @param forced the format to use, or null to detect it from each file's content
     * @param notes where the notes about empty files go
     * @throws IllegalArgumentException with a one-line message if a file is missing, unreadable or
     *     of no known format, or if every file is empty
     */
    public static List<ReplayInput> ofAll(
            List<Path> files, InputFormat forced, Consumer<String> notes) {
        List<ReplayInput> inputs = new ArrayList<>();
        List<Path> empty = new ArrayList<>();
        for (Path file : files) {
            ReplayInput input = of(file, forced);
            if (input == null) {
                empty.add(file);
            } else {
                inputs.add(input);
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(
                    files.size() == 1
                            ? files.get(0) + ": empty"
                            : "all " + files.size() + " inputs are empty");
        }
        empty.forEach(file -> notes.accept(file + ": empty; left out"));
        return inputs;
    }

    /**
     * Checks that the file can be read and finds its format.
     *
     * @param forced the format to use, or null to detect it from the content
     * @return the input, or null if the file has no line that is not blank
     * @throws IllegalArgumentException with a one-line message if the file is missing, unreadable
     *     or of no known format
     */
    public static ReplayInput of(Path file, InputFormat forced) {
        InputFiles.requireReadableFile(file, file.toString());
        try {
            List<String> first = firstLines(file);
            if (first.stream().allMatch(String::isBlank) && blankOnly(file)) {
                return null;
            }
            InputFormat format = forced != null ? forced : InputFormat.detect(first);
            if (format == null) {
                throw new IllegalArgumentException(
                        file
                                + ": cannot tell the format from its first lines (no NMEA"
                                + " sentence, no CSV header naming MMSI, time, latitude and"
                                + " longitude columns); use --format");
            }
            return new ReplayInput(file.toString(), format, Files.size(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The lines a file's format is told by ({@link InputFormat#detect}). */
    public static List<String> firstLines(Path file) throws IOException {
        List<String> first = new ArrayList<>();
        try (BufferedReader reader = open(file, null)) {
            String line;
            while (first.size() < DETECTION_LINES && (line = reader.readLine()) != null) {
                first.add(line);
            }
        }
        return first;
    }

    private static boolean blankOnly(Path file) throws IOException {
        try (BufferedReader reader = open(file, null)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    return false;
                }
            }
        }
        return true;
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
