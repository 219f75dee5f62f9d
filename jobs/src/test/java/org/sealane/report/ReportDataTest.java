package org.sealane.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report's charts count, from output files as a replay writes them. */
class ReportDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String NORTHBOUND =
            "{\"type\":\"CHOKEPOINT_TRANSIT\",\"state\":\"CLOSED\",\"mmsi\":100010001,"
                    + "\"otherMmsi\":null,\"zoneId\":\"bab-el-mandeb\",\"zoneName\":\"Bab-el-Mandeb\","
                    + "\"startTime\":\"2025-06-11T21:58:00Z\",\"endTime\":\"2025-06-12T00:26:00Z\","
                    + "\"direction\":\"south->north\",\"lat\":13.0,\"lon\":43.0,\"details\":{}}";

    @Test
    void alertsAreCountedByTypeInEveryHourFromTheFirstToTheLast() {
        AlertsPerHour perHour =
                AlertsPerHour.of(
                        List.of(
                                alert("ZONE_ENTRY", "2025-06-11T18:05:00Z"),
                                alert("ZONE_ENTRY", "2025-06-11T18:59:59Z"),
                                alert("LOITERING", "2025-06-11T21:00:00Z")));

        assertThat(perHour.hours())
                .containsExactly(
                        Instant.parse("2025-06-11T18:00:00Z"),
                        Instant.parse("2025-06-11T19:00:00Z"),
                        Instant.parse("2025-06-11T20:00:00Z"),
                        Instant.parse("2025-06-11T21:00:00Z"));
        assertThat(perHour.countsByType().get("ZONE_ENTRY")).containsExactly(2, 0, 0, 0);
        assertThat(perHour.countsByType().get("LOITERING")).containsExactly(0, 0, 0, 1);
    }

    @Test
    void transitsAreCountedPerChokepointAndDirection() {
        TransitsByDirection transits =
                TransitsByDirection.of(
                        List.of(
                                parse(NORTHBOUND),
                                parse(NORTHBOUND),
                                parse(NORTHBOUND.replace("south->north", "north->south")),
                                parse(
                                        NORTHBOUND
                                                .replace("bab-el-mandeb", "singapore-strait")
                                                .replace("Bab-el-Mandeb", "Singapore Strait")
                                                .replace("south->north", "east->west")),
                                alert("ZONE_ENTRY", "2025-06-11T18:05:00Z")));

        assertThat(transits.chokepoints())
                .containsExactly(
                        new TransitsByDirection.Chokepoint("bab-el-mandeb", "Bab-el-Mandeb"),
                        new TransitsByDirection.Chokepoint("singapore-strait", "Singapore Strait"));
        assertThat(transits.directions())
                .containsExactly("east->west", "north->south", "south->north");
        assertThat(transits.counts().get("south->north")).containsExactly(2, 0);
        assertThat(transits.counts().get("north->south")).containsExactly(1, 0);
        assertThat(transits.counts().get("east->west")).containsExactly(0, 1);
    }

    @Test
    void coverageIsATableOfZonesByHoursWithTheGapsHoursMarked() {
        List<JsonNode> coverage =
                List.of(
                        metric(
                                "red-sea-south",
                                "2025-06-12T02:00:00Z",
                                "2025-06-12T03:00:00Z",
                                1.0),
                        metric(
                                "gulf-of-aden-irtc",
                                "2025-06-12T02:00:00Z",
                                "2025-06-12T03:00:00Z",
                                0.7),
                        metric(
                                "gulf-of-aden-irtc",
                                "2025-06-12T03:00:00Z",
                                "2025-06-12T04:00:00Z",
                                0.0),
                        metric(
                                "gulf-of-aden-irtc",
                                "2025-06-12T04:00:00Z",
                                "2025-06-12T05:00:00Z",
                                0.0),
                        metric(
                                "gulf-of-aden-irtc",
                                "2025-06-12T00:00:00Z",
                                "2025-06-13T00:00:00Z",
                                0.4));
        JsonNode gap =
                parse(
                        "{\"type\":\"COVERAGE_GAP\",\"state\":\"CLOSED\",\"zoneId\":\"gulf-of-aden-irtc\","
                                + "\"startTime\":\"2025-06-12T02:42:04Z\",\"endTime\":\"2025-06-12T04:00:00Z\"}");

        CoverageHeatTable table = CoverageHeatTable.of(coverage, List.of(gap));

        assertThat(table.zones()).containsExactly("gulf-of-aden-irtc", "red-sea-south");
        assertThat(table.hours()).hasSize(3);
        // the day row is not an hour of the table
        assertThat(table.cells())
                .containsExactlyInAnyOrder(
                        new CoverageHeatTable.Cell(0, 1, 100.0),
                        new CoverageHeatTable.Cell(0, 0, 70.0),
                        new CoverageHeatTable.Cell(1, 0, 0.0),
                        new CoverageHeatTable.Cell(2, 0, 0.0));
        assertThat(table.gaps())
                .containsExactly(
                        new CoverageHeatTable.GapCell(0, 0), new CoverageHeatTable.GapCell(1, 0));
    }

    @Test
    void anOpenCoverageGapLastsToTheEndOfTheTable() {
        List<JsonNode> coverage =
                List.of(
                        metric("scs-south", "2025-06-12T17:00:00Z", "2025-06-12T18:00:00Z", 0.2),
                        metric("scs-south", "2025-06-12T18:00:00Z", "2025-06-12T19:00:00Z", 0.0));
        JsonNode gap =
                parse(
                        "{\"type\":\"COVERAGE_GAP\",\"state\":\"OPEN\",\"zoneId\":\"scs-south\","
                                + "\"startTime\":\"2025-06-12T17:12:05Z\",\"endTime\":null}");

        assertThat(CoverageHeatTable.of(coverage, List.of(gap)).gaps()).hasSize(2);
    }

    @Test
    void aFolderWithoutAReplaysSummaryIsAUsageError(@TempDir Path empty) {
        assertThatThrownBy(() -> ReportData.read(empty, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no summary.json");
    }

    @Test
    void alertsCarryTheirVesselsNamesFromTheTracks(@TempDir Path out) throws IOException {
        Files.writeString(
                out.resolve("summary.json"),
                "{\"inputs\":[{\"path\":\"/data/red-sea.nmea\"}],\"positions\":17377,"
                        + "\"coverage\":{\"nations\":{\"GBR\":{\"assetMinutes\":60.0,\"share\":1.0}}}}");
        Files.writeString(out.resolve("alerts.jsonl"), NORTHBOUND + "\n");
        Files.writeString(
                out.resolve("tracks.jsonl"),
                "{\"mmsi\":100010001,\"name\":\"SIM PERIM PASSAGE\",\"points\":[[1749679080,12.5,43.4]]}\n");
        Files.writeString(
                out.resolve("zones.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");

        ReportData data = ReportData.read(out, null);
        JsonNode page = data.toJson();

        assertThat(data.title()).isEqualTo("red-sea.nmea: 17,377 positions, 1 alerts");
        assertThat(page.at("/alerts/0/name").asText()).isEqualTo("SIM PERIM PASSAGE");
        assertThat(page.at("/alerts/0/otherName").isNull()).isTrue();
        assertThat(page.at("/tracks/100010001/points/0/1").asDouble()).isEqualTo(12.5);
        assertThat(page.at("/nations/0/nation").asText()).isEqualTo("GBR");
        assertThat(page.at("/transits/counts/south->north/0").asInt()).isEqualTo(1);
    }

    private static JsonNode alert(String type, String start) {
        return parse(
                "{\"type\":\""
                        + type
                        + "\",\"state\":\"CLOSED\",\"mmsi\":100000105,"
                        + "\"zoneId\":\"red-sea-south\",\"startTime\":\""
                        + start
                        + "\"}");
    }

    private static JsonNode metric(String zone, String start, String end, double covered) {
        return parse(
                "{\"zoneId\":\""
                        + zone
                        + "\",\"windowStart\":\""
                        + start
                        + "\",\"windowEnd\":\""
                        + end
                        + "\",\"coveredFraction\":"
                        + covered
                        + "}");
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
