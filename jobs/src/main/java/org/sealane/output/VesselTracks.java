package org.sealane.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes {@code tracks.jsonl} once a replay has finished: for each vessel with an alert (as the
 * vessel or the other one of a pair), by MMSI, its latest name and its thinned track in time order:
 * {@code {"mmsi":..,"name":..,"points":[[epochSeconds,lat,lon],...]}}. It reads the part files of
 * the job's track-point and vessel-name sinks ({@link TrackPointFormat}, {@link VesselNameFormat})
 * line by line and keeps only the points of those vessels, so memory follows the alerted vessels,
 * not the whole input.
 */
public final class VesselTracks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VesselTracks() {}

    /**
     * Writes the tracks file and deletes the part files.
     *
     * @return the number of vessels written
     */
    public static long write(Path pointParts, Path nameParts, Path alertsFile, Path target)
            throws IOException {
        Set<Long> alerted = alertedVessels(alertsFile);
        Map<Long, List<double[]>> points = new HashMap<>();
        for (Path part : parts(pointParts)) {
            try (BufferedReader lines = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int tab = line.indexOf('\t');
                    long mmsi = Long.parseLong(line, 0, tab, 10);
                    if (alerted.contains(mmsi)) {
                        points.computeIfAbsent(mmsi, m -> new ArrayList<>())
                                .add(point(line, tab + 1));
                    }
                }
            }
        }
        Map<Long, LatestName> names = new HashMap<>();
        for (Path part : parts(nameParts)) {
            try (BufferedReader lines = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int tab = line.indexOf('\t');
                    long mmsi = Long.parseLong(line, 0, tab, 10);
                    if (alerted.contains(mmsi)) {
                        JsonNode report = JSON.readTree(line.substring(tab + 1));
                        LatestName named =
                                new LatestName(
                                        report.get("time").asLong(),
                                        report.get("sequence").asLong(),
                                        report.get("name").asText());
                        names.merge(mmsi, named, LatestName::later);
                    }
                }
            }
        }
        TreeSet<Long> vessels = new TreeSet<>(points.keySet());
        vessels.addAll(names.keySet());
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (long mmsi : vessels) {
                LatestName name = names.get(mmsi);
                List<double[]> track = points.getOrDefault(mmsi, List.of());
                out.write(line(mmsi, name == null ? null : name.name(), track));
                out.write('\n');
            }
        }
        deleteParts(pointParts);
        deleteParts(nameParts);
        return vessels.size();
    }

    private static String line(long mmsi, String name, List<double[]> track) {
        double[][] sorted = track.toArray(double[][]::new);
        Arrays.sort(
                sorted,
                Comparator.<double[]>comparingDouble(p -> p[0])
                        .thenComparingDouble(p -> p[1])
                        .thenComparingDouble(p -> p[2]));
        return Json.object(
                json -> {
                    json.writeNumberField("mmsi", mmsi);
                    json.writeStringField("name", name);
                    json.writeArrayFieldStart("points");
                    double[] previous = null;
                    for (double[] p : sorted) {
                        if (previous == null || !Arrays.equals(previous, p)) {
                            writePoint(json, p);
                        }
                        previous = p;
                    }
                    json.writeEndArray();
                });
    }

    private static void writePoint(JsonGenerator json, double[] p) throws IOException {
        json.writeStartArray();
        json.writeNumber((long) p[0]);
        json.writeNumber(p[1]);
        json.writeNumber(p[2]);
        json.writeEndArray();
    }

    /** Parses {@code [seconds,lat,lon]} as {@link TrackPointFormat} writes it. */
    private static double[] point(String line, int from) {
        int first = line.indexOf(',', from);
        int second = line.indexOf(',', first + 1);
        return new double[] {
            Long.parseLong(line, from + 1, first, 10),
            Double.parseDouble(line.substring(first + 1, second)),
            Double.parseDouble(line.substring(second + 1, line.length() - 1))
        };
    }

    /**
     * The vessels named by the alerts' {@code mmsi} and {@code otherMmsi}, read with a streaming
     * parser: a long replay has tens of thousands of alerts, and building a tree of each only to
     * read two numbers held up the end of the run.
     */
    private static Set<Long> alertedVessels(Path alertsFile) throws IOException {
        Set<Long> vessels = new HashSet<>();
        try (JsonParser alerts = JSON.getFactory().createParser(alertsFile.toFile())) {
            // JSON Lines: one object after another at the root.
            while (alerts.nextToken() == JsonToken.START_OBJECT) {
                while (alerts.nextToken() == JsonToken.FIELD_NAME) {
                    String field = alerts.currentName();
                    JsonToken value = alerts.nextToken();
                    if (value == JsonToken.VALUE_NUMBER_INT
                            && (field.equals("mmsi") || field.equals("otherMmsi"))) {
                        vessels.add(alerts.getLongValue());
                    } else {
                        alerts.skipChildren();
                    }
                }
            }
        }
        return vessels;
    }

    private static List<Path> parts(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList();
        }
    }

    private static void deleteParts(Path directory) throws IOException {
        for (Path part : parts(directory)) {
            Files.delete(part);
        }
        Files.deleteIfExists(directory);
    }

    private record LatestName(long time, long sequence, String name) {
        LatestName later(LatestName other) {
            if (other.time != time) {
                return other.time > time ? other : this;
            }
            return other.sequence > sequence ? other : this;
        }
    }
}
