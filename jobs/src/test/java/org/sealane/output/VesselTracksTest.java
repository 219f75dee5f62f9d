package org.sealane.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.model.PositionReport;
import org.sealane.model.StaticReport;

/** tracks.jsonl: the named tracks of the vessels with alerts, gathered from the sinks' parts. */
class VesselTracksTest {

    private static final long NOON = Instant.parse("2025-06-03T12:00:00Z").toEpochMilli();
    private static final long DHOW = 100000201L;
    private static final long TANKER = 100000202L;
    private static final long BYSTANDER = 100000203L;

    @Test
    void keepsTheVesselsWithAlertsTheirLatestNamesAndTheirPointsInTimeOrder(@TempDir Path dir)
            throws IOException {
        TrackPointFormat points = new TrackPointFormat();
        // two writers' parts, each in its own order
        part(
                dir.resolve("points"),
                0,
                List.of(
                        line(
                                points.sortKey(fix(DHOW, NOON + 600_000, 12.61, 43.31)),
                                points.toJson(fix(DHOW, NOON + 600_000, 12.61, 43.31))),
                        line(
                                points.sortKey(fix(BYSTANDER, NOON, 12.0, 43.0)),
                                points.toJson(fix(BYSTANDER, NOON, 12.0, 43.0)))));
        part(
                dir.resolve("points"),
                1,
                List.of(
                        line(
                                points.sortKey(fix(DHOW, NOON, 12.600001, 43.3)),
                                points.toJson(fix(DHOW, NOON, 12.600001, 43.3))),
                        line(
                                points.sortKey(fix(TANKER, NOON, 12.7, 43.2)),
                                points.toJson(fix(TANKER, NOON, 12.7, 43.2)))));
        VesselNameFormat names = new VesselNameFormat();
        part(
                dir.resolve("names"),
                0,
                List.of(
                        line(
                                names.sortKey(named(DHOW, NOON + 60_000, "AL NOOR")),
                                names.toJson(named(DHOW, NOON + 60_000, "AL NOOR"))),
                        line(
                                names.sortKey(named(DHOW, NOON, "AL NUR")),
                                names.toJson(named(DHOW, NOON, "AL NUR")))));
        Path alerts = dir.resolve("alerts.jsonl");
        // As the alert sink writes them: nested details, and no other vessel as null.
        Files.writeString(
                alerts,
                "{\"type\":\"ENCOUNTER\",\"mmsi\":"
                        + DHOW
                        + ",\"otherMmsi\":"
                        + TANKER
                        + ",\"details\":{\"minDistanceMeters\":\"359\"}}\n"
                        + "{\"type\":\"ZONE_ENTRY\",\"mmsi\":"
                        + DHOW
                        + ",\"otherMmsi\":null,\"details\":{\"mmsi\":"
                        + BYSTANDER
                        + "}}\n");
        Path tracks = dir.resolve("tracks.jsonl");

        long vessels =
                VesselTracks.write(dir.resolve("points"), dir.resolve("names"), alerts, tracks);

        assertThat(vessels).isEqualTo(2);
        assertThat(Files.readAllLines(tracks))
                .containsExactly(
                        "{\"mmsi\":100000201,\"name\":\"AL NOOR\",\"points\":[[1748952000,12.6,43.3],[1748952600,12.61,43.31]]}",
                        "{\"mmsi\":100000202,\"name\":null,\"points\":[[1748952000,12.7,43.2]]}");
        assertThat(dir.resolve("points")).doesNotExist();
        assertThat(dir.resolve("names")).doesNotExist();
    }

    private static void part(Path directory, int index, List<String> lines) throws IOException {
        Files.createDirectories(directory);
        Files.write(directory.resolve("part-" + index), lines);
    }

    private static String line(String key, String json) {
        return key + "\t" + json;
    }

    private static PositionReport fix(long mmsi, long time, double lat, double lon) {
        return new PositionReport(mmsi, time, lat, lon, 8.0, 90, -1, 0, 1, time, 1);
    }

    private static StaticReport named(long mmsi, long time, String name) {
        return new StaticReport(
                mmsi, time, -1, null, name, -1, -1, -1, Double.NaN, null, 5, time, 1);
    }
}
