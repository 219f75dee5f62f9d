package org.sealane.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineSegment;
import org.sealane.TestClusters;
import org.sealane.TestData;
import org.sealane.config.SealaneConfig;
import org.sealane.track.GeoMath;

/**
 * The NOAA Straits of Florida day through the whole replay job (MiniCluster, parallelism 2),
 * against the bundled catalogue: its chokepoint transits per chokepoint and direction must be those
 * of an independent count made here, straight from the CSV, with JTS segment intersection against
 * the catalogue's gate lines.
 */
class FloridaTransitsITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.loopback(2);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FLORIDA =
            "csv/noaa-2020-01-01/noaa_ais_2020-01-01_Straits_of_Florida.csv.gz";
    private static final List<String> CHOKEPOINTS =
            List.of("florida-straits", "florida-straits-west");

    /** The position-jump rule of docs/detectors.md, restated: 50 kn, plus 100 m of noise. */
    private static final double MAX_SPEED_KN = 50;

    private static final double NOISE_METERS = 100;

    @TempDir Path work;

    private record Fix(long time, double lat, double lon) {}

    private record GateLine(String zoneId, String end, LineSegment line) {}

    @Test
    void transitsPerChokepointAndDirectionMatchAnIndependentCount() throws Exception {
        Path catalogue = TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson");
        Path out = work.resolve("out");

        // run
        new ReplayJob(
                        List.of(ReplayInput.of(TestData.file(FLORIDA), null)),
                        org.sealane.zones.ZoneCatalogue.load(catalogue),
                        SealaneConfig.defaults(),
                        out,
                        2)
                .runOn(StreamExecutionEnvironment.getExecutionEnvironment(), (r, t, e) -> {});

        // verify: the job's transits...
        List<JsonNode> transits = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(ReplayJob.ALERTS_FILE))) {
            JsonNode alert = JSON.readTree(line);
            if (alert.get("type").asText().equals("CHOKEPOINT_TRANSIT")
                    && CHOKEPOINTS.contains(alert.get("zoneId").asText())) {
                transits.add(alert);
            }
        }
        Map<String, Integer> byJob = new TreeMap<>();
        for (JsonNode transit : transits) {
            byJob.merge(
                    transit.get("zoneId").asText() + " " + transit.get("direction").asText(),
                    1,
                    Integer::sum);
        }

        // ...are those counted here from the CSV.
        Map<Long, List<Fix>> tracks = readTracks(TestData.file(FLORIDA));
        Map<String, Integer> independent = countTransits(tracks, gates(catalogue));
        assertThat(byJob).isEqualTo(independent);
        // The offline count of replay-data/zones/README.md, made when the gates were drawn.
        assertThat(independent)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "florida-straits south->north", 8,
                                "florida-straits north->south", 6,
                                "florida-straits-west west->northeast", 4,
                                "florida-straits-west northeast->west", 4));

        // Every transit lies within its vessel's fixes.
        for (JsonNode transit : transits) {
            List<Fix> fixes = tracks.get(transit.get("mmsi").asLong());
            long start = Instant.parse(transit.get("startTime").asText()).toEpochMilli();
            long end = Instant.parse(transit.get("endTime").asText()).toEpochMilli();
            assertThat(start)
                    .as("transit %s", transit)
                    .isLessThanOrEqualTo(end)
                    .isGreaterThanOrEqualTo(fixes.get(0).time());
            assertThat(end)
                    .as("transit %s", transit)
                    .isLessThanOrEqualTo(fixes.get(fixes.size() - 1).time());
        }
    }

    /** Each vessel's fixes in time order (ties in file order), rows with no position left out. */
    private static Map<Long, List<Fix>> readTracks(Path csv) throws IOException {
        Map<Long, List<Fix>> tracks = new HashMap<>();
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(Files.newInputStream(csv)),
                                StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", -1);
                long mmsi = Long.parseLong(fields[0]);
                long time = LocalDateTime.parse(fields[1]).toInstant(ZoneOffset.UTC).toEpochMilli();
                double lat = Double.parseDouble(fields[2]);
                double lon = Double.parseDouble(fields[3]);
                if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                    continue;
                }
                tracks.computeIfAbsent(mmsi, m -> new ArrayList<>()).add(new Fix(time, lat, lon));
            }
        }
        for (List<Fix> fixes : tracks.values()) {
            fixes.sort(Comparator.comparingLong(Fix::time)); // stable: ties keep file order
        }
        return tracks;
    }

    private static List<GateLine> gates(Path catalogue) throws IOException {
        List<GateLine> gates = new ArrayList<>();
        for (JsonNode feature : JSON.readTree(catalogue.toFile()).get("features")) {
            JsonNode properties = feature.get("properties");
            if (properties.path("kind").asText().equals("gate")
                    && CHOKEPOINTS.contains(properties.get("zone").asText())) {
                JsonNode points = feature.get("geometry").get("coordinates");
                // Both Florida gates are single straight segments.
                assertThat(points.size()).isEqualTo(2);
                gates.add(
                        new GateLine(
                                properties.get("zone").asText(),
                                properties.get("end").asText(),
                                new LineSegment(
                                        points.get(0).get(0).asDouble(),
                                        points.get(0).get(1).asDouble(),
                                        points.get(1).get(0).asDouble(),
                                        points.get(1).get(1).asDouble())));
            }
        }
        assertThat(gates).hasSize(4);
        return gates;
    }

    /**
     * Gate-to-gate crossings on consecutive fixes. Like the job, this drops repeated fixes (same
     * time and place as the last kept one) and position jumps: a fix more than 50 kn (plus 100 m of
     * position noise) from the last kept fix is left out and does not move the track. The job's
     * filter can also move a track to a run of jumps that agree with each other (a bad first fix);
     * this plain rule does not, and the counts still agree.
     */
    private static Map<String, Integer> countTransits(
            Map<Long, List<Fix>> tracks, List<GateLine> gates) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<Fix> fixes : tracks.values()) {
            Map<String, String> lastGate = new HashMap<>();
            Fix last = null;
            for (Fix fix : fixes) {
                if (last != null) {
                    if (fix.time() == last.time()
                            && fix.lat() == last.lat()
                            && fix.lon() == last.lon()) {
                        continue;
                    }
                    double meters =
                            GeoMath.distanceMeters(last.lat(), last.lon(), fix.lat(), fix.lon());
                    double hours = Math.abs(fix.time() - last.time()) / 3_600_000.0;
                    if (meters - NOISE_METERS
                            > MAX_SPEED_KN * GeoMath.METERS_PER_NAUTICAL_MILE * hours) {
                        continue;
                    }
                    LineSegment way = new LineSegment(last.lon(), last.lat(), fix.lon(), fix.lat());
                    TreeMap<Double, List<GateLine>> crossed = new TreeMap<>();
                    for (GateLine gate : gates) {
                        Coordinate at = way.intersection(gate.line());
                        // A fix exactly on a gate counts on the way that arrives there.
                        if (at != null && !at.equals2D(way.p0)) {
                            crossed.computeIfAbsent(way.segmentFraction(at), f -> new ArrayList<>())
                                    .add(gate);
                        }
                    }
                    for (List<GateLine> atOnePlace : crossed.values()) {
                        for (GateLine gate : atOnePlace) {
                            String before = lastGate.put(gate.zoneId(), gate.end());
                            if (before != null && !before.equals(gate.end())) {
                                counts.merge(
                                        gate.zoneId() + " " + before + "->" + gate.end(),
                                        1,
                                        Integer::sum);
                            }
                        }
                    }
                }
                last = fix;
            }
        }
        return counts;
    }
}
