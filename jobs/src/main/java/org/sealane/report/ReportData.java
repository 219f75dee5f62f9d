package org.sealane.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a replay report shows, read from a replay's output directory alone: the summary, the alerts
 * with their vessels' names, the tracks of the vessels with alerts, the zone catalogue, and the
 * counts the charts draw ({@link AlertsPerHour}, {@link TransitsByDirection}, {@link
 * CoverageHeatTable}, each nation's asset-minutes).
 */
public final class ReportData {

    public static final String SUMMARY_FILE = "summary.json";
    public static final String ALERTS_FILE = "alerts.jsonl";
    public static final String COVERAGE_FILE = "coverage.jsonl";
    public static final String TRACKS_FILE = "tracks.jsonl";

    /** The zone catalogue the replay ran with, copied into its output directory. */
    public static final String ZONES_FILE = "zones.geojson";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String title;
    private final JsonNode summary;
    private final List<JsonNode> alerts;
    private final Map<Long, JsonNode> tracks;
    private final JsonNode zones;
    private final AlertsPerHour alertsPerHour;
    private final TransitsByDirection transits;
    private final CoverageHeatTable coverage;

    private ReportData(
            JsonNode summary,
            List<JsonNode> alerts,
            List<JsonNode> coverage,
            List<JsonNode> tracks,
            JsonNode zones) {
        this.summary = summary;
        this.alerts = alerts;
        this.tracks = new HashMap<>();
        for (JsonNode track : tracks) {
            this.tracks.put(track.get("mmsi").asLong(), track);
        }
        this.zones = zones;
        this.alertsPerHour = AlertsPerHour.of(alerts);
        this.transits = TransitsByDirection.of(alerts);
        this.coverage = CoverageHeatTable.of(coverage, alerts);
        this.title = title(summary, alerts.size());
    }

    /**
     * Reads a replay's output directory.
     *
     * @param zonesFile the zone catalogue; null for the one the replay left in the directory
     * @throws IllegalArgumentException if the directory holds no replay output (a usage error)
     */
    public static ReportData read(Path outDirectory, Path zonesFile) {
        Path summaryFile = outDirectory.resolve(SUMMARY_FILE);
        if (!Files.isRegularFile(summaryFile)) {
            throw new IllegalArgumentException(
                    outDirectory + ": no " + SUMMARY_FILE + ", not the output of sealane replay");
        }
        Path zones = zonesFile != null ? zonesFile : outDirectory.resolve(ZONES_FILE);
        if (!Files.isRegularFile(zones)) {
            throw new IllegalArgumentException(
                    zones + ": no zone catalogue; name the one the replay used with --zones");
        }
        try {
            return new ReportData(
                    JSON.readTree(summaryFile.toFile()),
                    jsonLines(outDirectory.resolve(ALERTS_FILE)),
                    jsonLines(outDirectory.resolve(COVERAGE_FILE)),
                    jsonLines(outDirectory.resolve(TRACKS_FILE)),
                    JSON.readTree(zones.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's subject, in one line: the inputs, the alerts, the time span. */
    public String title() {
        return title;
    }

    public List<JsonNode> alerts() {
        return alerts;
    }

    public AlertsPerHour alertsPerHour() {
        return alertsPerHour;
    }

    public TransitsByDirection transits() {
        return transits;
    }

    public CoverageHeatTable coverage() {
        return coverage;
    }

    /** The track of a vessel with an alert ({@code name}, {@code points}), or null. */
    public JsonNode track(long mmsi) {
        return tracks.get(mmsi);
    }

    /** Everything the page draws, as one JSON object. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode page = f.objectNode();
        page.put("title", title);
        page.set("summary", summary);
        page.set("zones", zones);
        ArrayNode alertArray = page.putArray("alerts");
        for (JsonNode alert : alerts) {
            ObjectNode named = ((ObjectNode) alert).deepCopy();
            named.put("name", nameOf(alert.get("mmsi")));
            named.put("otherName", nameOf(alert.get("otherMmsi")));
            alertArray.add(named);
        }
        ObjectNode trackObject = page.putObject("tracks");
        tracks.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e -> {
                            ObjectNode track = trackObject.putObject(Long.toString(e.getKey()));
                            track.set("name", e.getValue().get("name"));
                            track.set("points", e.getValue().get("points"));
                        });

        ObjectNode perHour = page.putObject("alertsPerHour");
        ArrayNode hours = perHour.putArray("hours");
        alertsPerHour.hours().forEach(h -> hours.add(h.toString()));
        ObjectNode byType = perHour.putObject("types");
        alertsPerHour.countsByType().forEach((type, counts) -> ints(byType.putArray(type), counts));

        ObjectNode transitObject = page.putObject("transits");
        ArrayNode chokepoints = transitObject.putArray("chokepoints");
        transits.chokepoints()
                .forEach(c -> chokepoints.addObject().put("id", c.id()).put("name", c.name()));
        ArrayNode directions = transitObject.putArray("directions");
        transits.directions().forEach(directions::add);
        ObjectNode counts = transitObject.putObject("counts");
        transits.counts().forEach((direction, n) -> ints(counts.putArray(direction), n));

        ObjectNode coverageObject = page.putObject("coverage");
        ArrayNode zoneIds = coverageObject.putArray("zones");
        coverage.zones().forEach(zoneIds::add);
        ArrayNode coverageHours = coverageObject.putArray("hours");
        coverage.hours().forEach(h -> coverageHours.add(h.toString()));
        ArrayNode cells = coverageObject.putArray("cells");
        coverage.cells()
                .forEach(c -> cells.addArray().add(c.hour()).add(c.zone()).add(c.coveredPercent()));
        ArrayNode gaps = coverageObject.putArray("gaps");
        coverage.gaps().forEach(g -> gaps.addArray().add(g.hour()).add(g.zone()));

        ArrayNode nations = page.putArray("nations");
        JsonNode byNation = summary.path("coverage").path("nations");
        List<String> nationCodes = new ArrayList<>();
        byNation.fieldNames().forEachRemaining(nationCodes::add);
        nationCodes.stream()
                .sorted()
                .forEach(
                        code ->
                                nations.addObject()
                                        .put("nation", code)
                                        .put(
                                                "assetMinutes",
                                                byNation.get(code).path("assetMinutes").asDouble())
                                        .put("share", byNation.get(code).path("share").asDouble()));
        return page;
    }

    private String nameOf(JsonNode mmsi) {
        if (mmsi == null || mmsi.isNull()) {
            return null;
        }
        JsonNode track = tracks.get(mmsi.asLong());
        JsonNode name = track == null ? null : track.get("name");
        return name == null || name.isNull() ? null : name.asText();
    }

    private static void ints(ArrayNode array, int[] values) {
        for (int value : values) {
            array.add(value);
        }
    }

    private static String title(JsonNode summary, int alertCount) {
        List<String> inputs = new ArrayList<>();
        summary.path("inputs")
                .forEach(
                        i -> inputs.add(Path.of(i.path("path").asText()).getFileName().toString()));
        String files =
                inputs.size() <= 3
                        ? String.join(", ", inputs)
                        : inputs.get(0) + " and " + (inputs.size() - 1) + " more files";
        return String.format(
                Locale.ROOT,
                "%s: %,d positions, %,d alerts",
                files,
                summary.path("positions").asLong(),
                alertCount);
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
        }
        return rows;
    }
}
