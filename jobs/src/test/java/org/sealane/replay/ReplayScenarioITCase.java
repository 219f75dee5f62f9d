package org.sealane.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.TestClusters;
import org.sealane.TestData;
import org.sealane.config.SealaneConfig;
import org.sealane.zones.ZoneCatalogue;

/**
 * The whole replay job on a MiniCluster at parallelism 2, over a small CSV scenario whose alerts
 * are known exactly: a ship crossing a watched box, one moored outside, one already inside with a
 * spoofed fix, one whose rows arrive out of order and twice, and some unusable rows.
 */
class ReplayScenarioITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.loopback(2);

    private static final Instant BEGINNING = Instant.parse("2024-06-01T00:00:00Z");
    private static final String HEADER =
            "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType";

    /** A watched box in the Bay of Bengal shipping lane, 1.0-1.2 E of 88 E, 10-10.2 N. */
    static final String ZONES =
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                    + "{\"id\":\"lane-box\",\"name\":\"Lane box\",\"kind\":\"watch\"},\"geometry\":"
                    + "{\"type\":\"Polygon\",\"coordinates\":[[[89.0,10.0],[89.2,10.0],[89.2,10.2],"
                    + "[89.0,10.2],[89.0,10.0]]]}}]}";

    static final long CROSSER = 235_000_001L;
    static final long MOORED = 235_000_002L;
    static final long INSIDE = 235_000_003L;
    static final long SHUFFLED = 235_000_004L;

    private static Instant minutes(int m) {
        return BEGINNING.plus(m, ChronoUnit.MINUTES);
    }

    private static String row(long mmsi, Instant time, double lat, double lon) {
        return String.format(
                Locale.ROOT,
                "%d,%s,%.5f,%.5f,15.0,90.0,90,,,,",
                mmsi,
                time.toString().substring(0, 19),
                lat,
                lon);
    }

    static final String BAD_MMSI_ROW = "0,2024-06-01T00:10:00,10.1,89.1,15.0,90.0,90,,,,";
    static final String BAD_POSITION_ROW =
            "235000009,2024-06-01T00:10:00,91.0,181.0,15.0,90.0,90,,,,";

    /** The scenario's rows in the order they are written, roughly by time as a feed is. */
    static List<String> scenarioRows() {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int step = 0; step <= 12; step++) {
            Instant t = minutes(6 * step);
            // 20 kn due east at 10.1 N: 0.0338 degrees of longitude every 6 minutes.
            rows.add(row(CROSSER, t, 10.1, 88.90 + 0.0338 * step));
            rows.add(row(MOORED, t, 10.5, 88.5));
            // Drifting slowly inside; at 00:30:20 a spoofed fix far to the north.
            rows.add(row(INSIDE, t, 10.05 + 0.001 * step, 89.1));
            // 10 kn due east along 10.15 N, its rows out of order (within 5 minutes) and twice.
            switch (step) {
                case 0 -> rows.add(row(SHUFFLED, minutes(0), 10.15, 88.975));
                case 1 -> {
                    rows.add(row(SHUFFLED, minutes(9), 10.15, 89.0005));
                    rows.add(row(SHUFFLED, minutes(9), 10.15, 89.0005));
                    rows.add(row(SHUFFLED, minutes(6), 10.15, 88.992));
                    rows.add(BAD_MMSI_ROW);
                    rows.add(BAD_POSITION_ROW);
                }
                case 2 -> rows.add(row(SHUFFLED, minutes(12), 10.15, 89.009));
                case 4 -> rows.add(row(SHUFFLED, minutes(24), 10.15, 89.043));
                case 5 -> rows.add(row(INSIDE, minutes(30).plusSeconds(20), 12.0, 89.1));
                default -> {}
            }
        }
        return rows;
    }

    /** The 1-based line number of a row in the scenario file. */
    static int lineOf(String row) {
        return scenarioRows().indexOf(row) + 1;
    }

    static ReplaySummary replay(
            Path dir, String name, int parallelism, ZoneCatalogue zones, List<Path> inputs)
            throws Exception {
        List<ReplayInput> replayInputs = new ArrayList<>();
        for (Path input : inputs) {
            replayInputs.add(ReplayInput.of(input, null));
        }
        Path out = dir.resolve(name);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        return new ReplayJob(replayInputs, zones, SealaneConfig.defaults(), out, parallelism)
                .runOn(env, (read, total, elapsed) -> {});
    }

    private static Path scenarioFile(Path dir) throws IOException {
        return Files.write(dir.resolve("scenario.csv"), scenarioRows(), StandardCharsets.UTF_8);
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            nodes.add(json.readTree(line));
        }
        return nodes;
    }

    @Test
    void scenarioGivesExactlyTheExpectedAlerts(@TempDir Path dir) throws Exception {
        Path input = scenarioFile(dir);
        ReplaySummary summary =
                replay(dir, "out", 2, ZoneCatalogue.parse(ZONES, "scenario"), List.of(input));

        List<JsonNode> alerts = jsonLines(dir.resolve("out/alerts.jsonl"));
        assertThat(alerts)
                .extracting(
                        a -> a.get("type").asText(),
                        a -> a.get("mmsi").asLong(),
                        a -> a.get("zoneId").asText(),
                        a -> a.get("startTime").asText())
                .containsExactly(
                        tuple("ZONE_ENTRY", INSIDE, "lane-box", minutes(0).toString()),
                        tuple("ZONE_ENTRY", SHUFFLED, "lane-box", minutes(9).toString()),
                        tuple("ZONE_ENTRY", CROSSER, "lane-box", minutes(18).toString()),
                        // 2 degrees of latitude in 20 seconds: a jump, which moves nothing.
                        tuple(
                                "POSITION_JUMP",
                                INSIDE,
                                "lane-box",
                                minutes(30).plusSeconds(20).toString()),
                        tuple("ZONE_EXIT", CROSSER, "lane-box", minutes(54).toString()));
        assertThat(alerts.get(0).get("details").get("firstFixOfTrack").asText()).isEqualTo("true");
        assertThat(alerts.get(4).get("details").get("lastFixInsideTime").asText())
                .isEqualTo(minutes(48).toString());
        assertThat(alerts)
                .allSatisfy(
                        a -> {
                            assertThat(a.get("state").asText()).isEqualTo("CLOSED");
                            assertThat(a.get("zoneName").asText()).isEqualTo("Lane box");
                            assertThat(a.get("alertId").asText()).hasSize(36);
                        });

        List<JsonNode> rejected = jsonLines(dir.resolve("out/rejected.jsonl"));
        assertThat(rejected)
                .extracting(r -> r.get("reason").asText(), r -> r.get("source").asText())
                .containsExactly(
                        tuple("INVALID_MMSI", input + ":" + lineOf(BAD_MMSI_ROW)),
                        tuple("BAD_POSITION", input + ":" + lineOf(BAD_POSITION_ROW)));

        assertThat(summary.inputLines()).isEqualTo(scenarioRows().size());
        assertThat(summary.linesAccountedFor()).isTrue();
        assertThat(summary.asMap())
                .containsEntry("duplicates", 1L)
                .containsEntry("rejected", 2L)
                .containsEntry("positionJumps", 1L)
                .containsEntry("positions", (long) scenarioRows().size() - 1 - 1 - 2);
    }

    @Test
    void sameInputGivesByteIdenticalFilesAtParallelismOneAndTwo(@TempDir Path dir)
            throws Exception {
        // A noisy 2010 Danish NMEA log, then a day of NOAA tracks in the Straits of Florida,
        // against the bundled catalogue.
        List<Path> inputs =
                List.of(
                        TestData.file("nmea/dma-aislib/stream_example.txt"),
                        TestData.file(
                                "csv/noaa-2020-01-01/noaa_ais_2020-01-01_Straits_of_Florida.csv.gz"));
        ZoneCatalogue zones =
                ZoneCatalogue.load(
                        TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson"));

        replay(dir, "p1", 1, zones, inputs);
        replay(dir, "p2", 2, zones, inputs);

        for (String file : List.of(ReplayJob.ALERTS_FILE, ReplayJob.REJECTED_FILE)) {
            byte[] one = Files.readAllBytes(dir.resolve("p1").resolve(file));
            byte[] two = Files.readAllBytes(dir.resolve("p2").resolve(file));
            assertThat(one).as(file + " is not empty").isNotEmpty();
            assertThat(two).as(file + " at parallelism 2").isEqualTo(one);
        }
    }
}
