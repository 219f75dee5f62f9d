package org.sealane.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.TestData;
import org.sealane.avro.RejectReason;
import org.sealane.cli.SealaneCommand;
import org.sealane.input.InputFormat;
import org.sealane.input.LineDecoder;
import org.sealane.input.RecordedOutput;

/**
 * Replays of the real public data, through the command line and its embedded MiniCluster, as an
 * analyst would run them (files read from {@code sealane.data.dir}).
 */
class ReplayRealDataITCase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void straitsOfFloridaDayGivesEntriesAndExitsAndCountsAddUpAndItsMarinasStayQuiet(
            @TempDir Path out) throws Exception {
        Path input =
                TestData.file("csv/noaa-2020-01-01/noaa_ais_2020-01-01_Straits_of_Florida.csv.gz");

        int status =
                SealaneCommand.execute(
                        "replay", input.toString(), "--out", out.toString(), "--no-progress");

        assertThat(status).isZero();
        List<JsonNode> alerts = jsonLines(out.resolve("alerts.jsonl"));
        assertThat(alerts)
                .filteredOn(a -> a.get("zoneId").asText().contains("florida"))
                .extracting(a -> a.get("type").asText())
                .contains("ZONE_ENTRY", "ZONE_EXIT");
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("linesAccountedFor").asBoolean()).isTrue();
        long inputLines = summary.get("inputLines").asLong();
        long accounted =
                summary.get("positions").asLong()
                        + summary.get("staticReports").asLong()
                        + summary.get("rejected").asLong()
                        + summary.get("duplicates").asLong()
                        + summary.get("blank").asLong();
        for (JsonNode ignored : summary.get("ignored")) {
            accounted += ignored.asLong();
        }
        assertThat(accounted).isEqualTo(inputLines).isEqualTo(147_435);
        assertThat(summary.get("alerts").asLong()).isEqualTo(alerts.size());

        // Yachts lie moored in the marinas behind the barrier islands between Hillsboro Inlet and
        // Boca Raton, beyond 10 km of any listed harbour: they are in harbour waters, neither
        // loitering in the strait nor meeting at sea. Ships loitering offshore still are.
        assertThat(alerts)
                .filteredOn(a -> Set.of("LOITERING", "ENCOUNTER").contains(a.get("type").asText()))
                .filteredOn(
                        a ->
                                a.get("lat").asDouble() > 26.25
                                        && a.get("lat").asDouble() < 26.40
                                        && a.get("lon").asDouble() < -80.06)
                .isEmpty();
        assertThat(alerts)
                .filteredOn(a -> a.get("type").asText().equals("LOITERING"))
                .extracting(a -> a.get("zoneId").asText())
                .contains("florida-straits");
    }

    @Test
    void solentTracksInACsvOfTheirOwnReplayWithTheirOneOutlierAJump(@TempDir Path out)
            throws Exception {
        Path input = TestData.file("csv/solent/SolentAIS_20160112_130211.csv");

        int status =
                SealaneCommand.execute(
                        "replay", input.toString(), "--out", out.toString(), "--no-progress");

        assertThat(status).isZero();
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("inputs").get(0).get("format").asText()).isEqualTo("csv");
        assertThat(summary.get("linesAccountedFor").asBoolean()).isTrue();
        assertThat(summary.get("positions").asLong() + summary.get("duplicates").asLong())
                .isEqualTo(18_623);
        // The outlier lies 56 degrees east, in Kazakhstan; nothing else in the hour jumps.
        assertThat(jsonLines(out.resolve("alerts.jsonl")))
                .singleElement()
                .satisfies(
                        jump -> {
                            assertThat(jump.get("type").asText()).isEqualTo("POSITION_JUMP");
                            assertThat(jump.get("lon").asDouble()).isGreaterThan(50);
                        });
    }

    @Test
    void satelliteLogIsTimedByTheSatellitesReceiveTimeSoShipsDoNotJump(@TempDir Path out)
            throws Exception {
        // exactEarth: $PGHP receive times, and downlink times up to 96 minutes later after each
        // checksum. Timed by the downlink, 781 of its 2,921 positions were jumps.
        Path input = TestData.file("nmea/amsa/exact-earth-augmented.txt");

        int status =
                SealaneCommand.execute(
                        "replay",
                        input.toString(),
                        "--out",
                        out.toString(),
                        "--no-progress",
                        "--set",
                        "watermark.max-out-of-orderness=2h");

        assertThat(status).isZero();
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("positions").asLong()).isEqualTo(2_921);
        assertThat(summary.get("positionJumps").asLong()).isLessThanOrEqualTo(10);
        assertThat(jsonLines(out.resolve("alerts.jsonl")))
                .extracting(a -> a.get("zoneId").asText())
                .contains("malacca-strait", "singapore-strait", "sunda-strait");
    }

    /** Reasons the decoder gives for malformed lines, as opposed to unusable times. */
    private static final Set<RejectReason> TIME_REASONS =
            EnumSet.of(RejectReason.NO_TIMESTAMP, RejectReason.LATE, RejectReason.FUTURE_TIMESTAMP);

    @Test
    void everyNmeaFileReplaysAndEveryMalformedLineIsRejectedWithItsReason(@TempDir Path out)
            throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestData.dataDir().resolve("nmea"))) {
            files =
                    walk.filter(Files::isRegularFile)
                            .filter(
                                    p ->
                                            !p.getFileName()
                                                    .toString()
                                                    .matches(
                                                            "(?i).*(\\.json|\\.chk|LICENSE.*|COPYING|SOURCE\\.txt)$"))
                            .sorted()
                            .toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        List<String> args =
                new ArrayList<>(List.of("replay", "--out", out.toString(), "--no-progress"));
        files.forEach(f -> args.add(f.toString()));

        int status = SealaneCommand.execute(args.toArray(String[]::new));

        assertThat(status).isZero();
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("linesAccountedFor").asBoolean()).isTrue();

        // What the decoder itself finds malformed in each file...
        Map<String, Integer> malformed = new HashMap<>();
        for (Path file : files) {
            RecordedOutput decoded = new RecordedOutput();
            LineDecoder decoder = InputFormat.NMEA.newDecoder();
            long lineNumber = 0;
            try (BufferedReader reader = ReplayInput.open(file, null)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    decoder.decode(line, ++lineNumber, decoded);
                }
            }
            decoder.finish(decoded);
            malformed.put(
                    file.toString(), decoded.rejected.stream().mapToInt(r -> r.inputLines()).sum());
        }
        // ...is in rejected.jsonl, line for line, with a reason and the file:line it came from.
        Map<String, Integer> inRejectedFile = new HashMap<>();
        for (JsonNode rejected : jsonLines(out.resolve("rejected.jsonl"))) {
            assertThat(rejected.get("reason").asText()).isNotBlank();
            assertThat(rejected.get("detail").asText()).isNotBlank();
            String source = rejected.get("source").asText();
            String file = source.substring(0, source.lastIndexOf(':'));
            if (!TIME_REASONS.contains(RejectReason.valueOf(rejected.get("reason").asText()))) {
                inRejectedFile.merge(file, rejected.get("lines").asInt(), Integer::sum);
            }
        }
        malformed.values().removeIf(n -> n == 0);
        assertThat(inRejectedFile).isEqualTo(malformed);
        assertThat(malformed).as("the corpus has malformed lines").isNotEmpty();
    }
}
