package org.sealane.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * Turns the part files of a {@link JsonLinesFileSink} into one file in sort-key order, so a
 * replay's output is byte-identical whatever the parallelism. Each part is sorted in memory (parts
 * are at most a parallel writer's share of the alerts, or input-ordered already), then the parts
 * are merged as streams.
 */
public final class JsonLinesFiles {

    private JsonLinesFiles() {}

    /**
     * Merges the part files in {@code partsDirectory} into {@code target}, then deletes them.
     *
     * @return the number of lines written
     */
    public static long merge(Path partsDirectory, Path target) throws IOException {
        return merge(partsDirectory, target, null);
    }

    /**
     * Merges the part files as {@link #merge(Path, Path)} does, under a first line (a CSV header).
     *
     * @param header the first line, or null for none
     * @return the number of lines written after the header
     */
    public static long merge(Path partsDirectory, Path target, String header) throws IOException {
        List<Path> parts = new ArrayList<>();
        if (Files.isDirectory(partsDirectory)) {
            try (Stream<Path> listing = Files.list(partsDirectory)) {
                listing.filter(p -> p.getFileName().toString().startsWith("part-"))
                        .sorted()
                        .forEach(parts::add);
            }
        }
        List<BufferedReader> readers = new ArrayList<>();
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            if (header != null) {
                out.write(header);
                out.write('\n');
            }
            PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::key));
            for (Path part : parts) {
                sortInPlace(part);
                BufferedReader reader = Files.newBufferedReader(part, StandardCharsets.UTF_8);
                readers.add(reader);
                Head head = Head.next(reader);
                if (head != null) {
                    heads.add(head);
                }
            }
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                out.write(head.json);
                out.write('\n');
                lines++;
                Head next = Head.next(head.reader);
                if (next != null) {
                    heads.add(next);
                }
            }
        } finally {
            for (BufferedReader reader : readers) {
                reader.close();
            }
        }
        for (Path part : parts) {
            Files.delete(part);
        }
        Files.deleteIfExists(partsDirectory);
        return lines;
    }

    private static void sortInPlace(Path part) throws IOException {
        List<String> lines = Files.readAllLines(part, StandardCharsets.UTF_8);
        boolean sorted = true;
        for (int i = 1; i < lines.size() && sorted; i++) {
            sorted = key(lines.get(i - 1)).compareTo(key(lines.get(i))) <= 0;
        }
        if (!sorted) {
            lines.sort(Comparator.comparing(JsonLinesFiles::key));
            Files.write(part, lines, StandardCharsets.UTF_8);
        }
    }

    private static String key(String line) {
        return line.substring(0, line.indexOf('\t'));
    }

    private record Head(String key, String json, BufferedReader reader) {
        static Head next(BufferedReader reader) {
            try {
                String line = reader.readLine();
                if (line == null) {
                    return null;
                }
                int tab = line.indexOf('\t');
                return new Head(line.substring(0, tab), line.substring(tab + 1), reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
