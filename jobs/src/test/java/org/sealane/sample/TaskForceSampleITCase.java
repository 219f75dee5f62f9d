package org.sealane.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.sealane.sample.TaskForceSample.ANCHORED_OFF_BINTAN;
import static org.sealane.sample.TaskForceSample.BAB_EL_MANDEB_NORTHBOUND;
import static org.sealane.sample.TaskForceSample.DESTROYER_ALDER;
import static org.sealane.sample.TaskForceSample.FRIGATE_LAVANDE;
import static org.sealane.sample.TaskForceSample.FRIGATE_THISTLE;
import static org.sealane.sample.TaskForceSample.GIBRALTAR_EASTBOUND;
import static org.sealane.sample.TaskForceSample.HORMUZ_OUTBOUND;
import static org.sealane.sample.TaskForceSample.MALACCA_EASTBOUND;
import static org.sealane.sample.TaskForceSample.PATROL_MERLION;
import static org.sealane.sample.TaskForceSample.SINGAPORE_WESTBOUND;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.cli.SealaneCommand;

/**
 * The README's first command: the bundled sample through the CLI and its embedded cluster, replayed
 * once. Checks every alert, and the coverage a user sees of the task-force ships' patrols ({@link
 * TaskForceSample}): in red-sea-south Thistle (GBR) is present from 00:00 to her last fix inside at
 * 08:40, Lavande (FRA) from her entry at 06:24 to her last fix at 14:36; in scs-south Alder (USA)
 * from 00:00 to 04:40 and Merlion (SGP) from her entry at 09:50 to her last fix at 14:38. Presence
 * runs from fix to fix inside the zone (docs/coverage.md): the figures below are worked out by hand
 * from these times.
 */
class TaskForceSampleITCase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path out;

    @BeforeAll
    static void replay() throws Exception {
        int status =
                SealaneCommand.execute(
                        "replay",
                        TaskForceSampleTest.sampleFile().toString(),
                        "--out",
                        out.toString(),
                        "--parallelism",
                        "2",
                        "--no-progress");
        assertThat(status).isZero();
    }

    private static List<JsonNode> jsonLines(String file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void bundledSampleGivesTheAlertsOfItsVoyages() throws Exception {
        List<JsonNode> alerts = jsonLines("alerts.jsonl");
        assertThat(alerts)
                .extracting(
                        a -> a.get("startTime").asText().substring(11, 16),
                        a -> a.get("mmsi").asLong(),
                        a -> a.get("type").asText(),
                        a -> a.get("zoneId").asText(),
                        a -> a.get("direction").asText(""))
                .containsExactly(
                        // Two roster ships are on patrol when the feed begins: entries at their
                        // first fix.
                        tuple("00:00", FRIGATE_THISTLE, "ZONE_ENTRY", "red-sea-south", ""),
                        tuple("00:00", DESTROYER_ALDER, "ZONE_ENTRY", "scs-south", ""),
                        // The vessel at anchor off Bintan reports for an hour, then no more while
                        // the others sail on: after 6 hours of live feed it is reported dark.
                        tuple("00:50", ANCHORED_OFF_BINTAN, "AIS_GAP", "open-sea", ""),
                        tuple("01:14", MALACCA_EASTBOUND, "ZONE_ENTRY", "malacca-strait", ""),
                        tuple(
                                "01:24",
                                MALACCA_EASTBOUND,
                                "CHOKEPOINT_TRANSIT",
                                "malacca-strait",
                                "northwest->southeast"),
                        tuple("01:30", HORMUZ_OUTBOUND, "ZONE_ENTRY", "hormuz-strait", ""),
                        tuple(
                                "01:47",
                                HORMUZ_OUTBOUND,
                                "CHOKEPOINT_TRANSIT",
                                "hormuz-strait",
                                "west->east"),
                        tuple("02:10", BAB_EL_MANDEB_NORTHBOUND, "ZONE_ENTRY", "bab-el-mandeb", ""),
                        tuple("02:26", SINGAPORE_WESTBOUND, "ZONE_ENTRY", "singapore-strait", ""),
                        tuple(
                                "02:31",
                                BAB_EL_MANDEB_NORTHBOUND,
                                "CHOKEPOINT_TRANSIT",
                                "bab-el-mandeb",
                                "south->north"),
                        tuple(
                                "02:38",
                                SINGAPORE_WESTBOUND,
                                "CHOKEPOINT_TRANSIT",
                                "singapore-strait",
                                "east->west"),
                        tuple("03:06", GIBRALTAR_EASTBOUND, "ZONE_ENTRY", "gibraltar-strait", ""),
                        tuple(
                                "03:13",
                                GIBRALTAR_EASTBOUND,
                                "CHOKEPOINT_TRANSIT",
                                "gibraltar-strait",
                                "west->east"),
                        // Alder leaves scs-south (last fix inside 04:40) and nobody takes over for
                        // more than 4 hours: COVERAGE_GAP from 04:40, written OPEN and, once
                        // Merlion comes in at 09:50, CLOSED (checked below).
                        tuple("04:40", DESTROYER_ALDER, "COVERAGE_GAP", "scs-south", ""),
                        tuple("04:40", DESTROYER_ALDER, "COVERAGE_GAP", "scs-south", ""),
                        tuple("04:42", DESTROYER_ALDER, "ZONE_EXIT", "scs-south", ""),
                        // red-sea-south begins at the Bab-el-Mandeb north gate; the voyage ends in
                        // it.
                        tuple("04:52", BAB_EL_MANDEB_NORTHBOUND, "ZONE_ENTRY", "red-sea-south", ""),
                        tuple("05:04", GIBRALTAR_EASTBOUND, "ZONE_EXIT", "gibraltar-strait", ""),
                        tuple("05:10", BAB_EL_MANDEB_NORTHBOUND, "ZONE_EXIT", "bab-el-mandeb", ""),
                        tuple("05:14", HORMUZ_OUTBOUND, "ZONE_EXIT", "hormuz-strait", ""),
                        // Voyages end mid-sea while the feed goes on: their vessels go dark, after
                        // an hour in a patrol zone or a strait, after 6 hours elsewhere.
                        tuple("06:16", BAB_EL_MANDEB_NORTHBOUND, "AIS_GAP", "red-sea-south", ""),
                        tuple("06:20", GIBRALTAR_EASTBOUND, "AIS_GAP", "open-sea", ""),
                        // Lavande comes down the Red Sea to relieve Thistle, who then heads north.
                        tuple("06:24", FRIGATE_LAVANDE, "ZONE_ENTRY", "red-sea-south", ""),
                        // Malacca and Singapore share the Kukup-Karimun gate and overlap there.
                        tuple("07:00", SINGAPORE_WESTBOUND, "ZONE_ENTRY", "malacca-strait", ""),
                        tuple("07:14", SINGAPORE_WESTBOUND, "ZONE_EXIT", "singapore-strait", ""),
                        tuple("08:00", HORMUZ_OUTBOUND, "AIS_GAP", "open-sea", ""),
                        tuple("08:42", FRIGATE_THISTLE, "ZONE_EXIT", "red-sea-south", ""),
                        tuple("09:50", PATROL_MERLION, "ZONE_ENTRY", "scs-south", ""),
                        tuple("10:10", SINGAPORE_WESTBOUND, "AIS_GAP", "malacca-strait", ""),
                        tuple("10:16", MALACCA_EASTBOUND, "ZONE_ENTRY", "singapore-strait", ""),
                        tuple(
                                "10:21",
                                MALACCA_EASTBOUND,
                                "CHOKEPOINT_TRANSIT",
                                "singapore-strait",
                                "west->east"),
                        tuple("10:26", MALACCA_EASTBOUND, "ZONE_EXIT", "malacca-strait", ""),
                        tuple("13:42", MALACCA_EASTBOUND, "ZONE_EXIT", "singapore-strait", ""));
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("linesAccountedFor").asBoolean()).isTrue();
        assertThat(summary.get("rejected").asLong()).isZero();
        assertThat(summary.get("alerts").asLong()).isEqualTo(33);
    }

    /** scs-south was last covered by Alder at 04:40, and again by Merlion at 09:50. */
    @Test
    void coverageGapOpensWhenAlderLeavesAndClosesWhenMerlionComes() throws Exception {
        List<JsonNode> gaps =
                jsonLines("alerts.jsonl").stream()
                        .filter(a -> a.get("type").asText().equals("COVERAGE_GAP"))
                        .toList();
        assertThat(gaps)
                .extracting(
                        a -> a.get("state").asText(),
                        a -> a.get("severity").asText(),
                        a -> a.get("mmsi").asLong(),
                        a -> a.get("zoneId").asText(),
                        a -> a.get("startTime").asText(),
                        a -> a.get("endTime").asText(null))
                .containsExactly(
                        tuple(
                                "OPEN",
                                "WARNING",
                                DESTROYER_ALDER,
                                "scs-south",
                                "2025-06-01T04:40:00Z",
                                null),
                        tuple(
                                "CLOSED",
                                "WARNING",
                                DESTROYER_ALDER,
                                "scs-south",
                                "2025-06-01T04:40:00Z",
                                "2025-06-01T09:50:00Z"));
        JsonNode closed = gaps.get(1).get("details");
        assertThat(closed.get("thresholdMinutes").asText()).isEqualTo("240.0");
        assertThat(closed.get("uncoveredMinutes").asText()).isEqualTo("310.0");
        assertThat(closed.get("resumedBy").asLong()).isEqualTo(PATROL_MERLION);
        assertThat(gaps.get(0).get("alertId")).isEqualTo(gaps.get(1).get("alertId"));
    }

    /** Hourly windows worked out from the presence in the class comment. */
    @Test
    void coverageOfThePatrolledZones() throws Exception {
        Map<String, JsonNode> metrics = new HashMap<>();
        for (JsonNode metric : jsonLines("coverage.jsonl")) {
            metrics.put(
                    metric.get("zoneId").asText()
                            + " "
                            + metric.get("windowStart").asText().substring(11, 16)
                            + "-"
                            + metric.get("windowEnd").asText().substring(8, 16),
                    metric);
        }
        // red-sea-south. Thistle alone; the merchant ship that comes in through Bab-el-Mandeb at
        // 04:52 (last fix 06:16) is there while she is: no uncovered traffic.
        assertWindow(metrics, "red-sea-south 00:00-01T01:00", 1.0, Map.of("GBR", 60.0));
        assertWindow(metrics, "red-sea-south 05:00-01T06:00", 1.0, Map.of("GBR", 60.0));
        assertThat(metrics.get("red-sea-south 05:00-01T06:00").get("trafficVessels").asInt())
                .isEqualTo(1);
        assertThat(
                        metrics.get("red-sea-south 05:00-01T06:00")
                                .get("uncoveredTrafficMinutes")
                                .asDouble())
                .isZero();
        // The handover: Lavande from 06:24 (36 min of the hour), both all of 07:00-08:00, Thistle
        // until 08:40 (40 min).
        assertWindow(
                metrics, "red-sea-south 06:00-01T07:00", 1.0, Map.of("GBR", 60.0, "FRA", 36.0));
        assertWindow(
                metrics, "red-sea-south 07:00-01T08:00", 1.0, Map.of("GBR", 60.0, "FRA", 60.0));
        assertWindow(
                metrics, "red-sea-south 08:00-01T09:00", 1.0, Map.of("GBR", 40.0, "FRA", 60.0));
        // Lavande's last fix at 14:36.
        assertWindow(metrics, "red-sea-south 14:00-01T15:00", 0.6, Map.of("FRA", 36.0));
        // The day: covered 00:00-14:36 (876 min); Thistle 520 min, Lavande 492.
        assertWindow(
                metrics,
                "red-sea-south 00:00-02T00:00",
                876 / 1440.0,
                Map.of("GBR", 520.0, "FRA", 492.0));

        // scs-south. Alder until 04:40, nobody from then until Merlion at 09:50.
        assertWindow(metrics, "scs-south 03:00-01T04:00", 1.0, Map.of("USA", 60.0));
        assertWindow(metrics, "scs-south 04:00-01T05:00", 40 / 60.0, Map.of("USA", 40.0));
        for (String hour : List.of("05", "06", "07", "08")) {
            assertWindow(
                    metrics, "scs-south " + hour + ":00-01T" + next(hour) + ":00", 0, Map.of());
        }
        assertWindow(metrics, "scs-south 09:00-01T10:00", 10 / 60.0, Map.of("SGP", 10.0));
        // Merlion's last fix at 14:38.
        assertWindow(metrics, "scs-south 14:00-01T15:00", 38 / 60.0, Map.of("SGP", 38.0));
        assertWindow(
                metrics,
                "scs-south 00:00-02T00:00",
                568 / 1440.0,
                Map.of("USA", 280.0, "SGP", 288.0));

        // No roster ship goes anywhere else.
        for (JsonNode metric : metrics.values()) {
            String zone = metric.get("zoneId").asText();
            if (!Set.of("red-sea-south", "scs-south").contains(zone)) {
                assertThat(metric.get("assetMinutes").asDouble()).as(zone).isZero();
            }
        }
    }

    private static String next(String hour) {
        return String.format("%02d", Integer.parseInt(hour) + 1);
    }

    private static void assertWindow(
            Map<String, JsonNode> metrics,
            String window,
            double coveredFraction,
            Map<String, Double> minutesByNation) {
        JsonNode metric = metrics.get(window);
        assertThat(metric).as(window).isNotNull();
        assertThat(metric.get("coveredFraction").asDouble())
                .as(window + " coveredFraction")
                .isCloseTo(coveredFraction, offset(1e-9));
        assertThat(metric.get("assetMinutes").asDouble())
                .as(window + " assetMinutes")
                .isCloseTo(
                        minutesByNation.values().stream().mapToDouble(Double::doubleValue).sum(),
                        offset(1e-9));
        Map<String, Double> byNation = new TreeMap<>();
        for (Map.Entry<String, JsonNode> nation : metric.get("assetMinutesByNation").properties()) {
            byNation.put(nation.getKey(), nation.getValue().asDouble());
        }
        assertThat(byNation).as(window + " assetMinutesByNation").isEqualTo(minutesByNation);
        assertThat(metric.get("distinctAssets").asInt())
                .as(window + " distinctAssets")
                .isEqualTo(minutesByNation.size());
    }

    /**
     * Each nation's share of the 1,580 asset-minutes: GBR 520, FRA 492, SGP 288, USA 280; every
     * other nation of the roster is listed with none.
     */
    @Test
    void summaryGivesEachNationsShare() throws Exception {
        JsonNode coverage = JSON.readTree(out.resolve("summary.json").toFile()).get("coverage");
        assertThat(coverage.get("assetMinutes").asDouble()).isEqualTo(1580.0);
        Map<String, Double> minutes = new TreeMap<>();
        Map<String, Double> shares = new TreeMap<>();
        Map<String, Double> otherNations = new TreeMap<>();
        for (Map.Entry<String, JsonNode> nation : coverage.get("nations").properties()) {
            double share = nation.getValue().get("share").asDouble();
            double assetMinutes = nation.getValue().get("assetMinutes").asDouble();
            if (share != 0) {
                minutes.put(nation.getKey(), assetMinutes);
                shares.put(nation.getKey(), share);
            } else {
                otherNations.put(nation.getKey(), assetMinutes);
            }
        }
        // The roster's other 11 nations, listed with nothing.
        assertThat(otherNations).hasSize(11).allSatisfy((nation, m) -> assertThat(m).isZero());
        assertThat(minutes)
                .isEqualTo(Map.of("GBR", 520.0, "FRA", 492.0, "SGP", 288.0, "USA", 280.0));
        assertThat(shares.get("GBR")).isCloseTo(520 / 1580.0, offset(0.0001));
        assertThat(shares.get("FRA")).isCloseTo(492 / 1580.0, offset(0.0001));
        assertThat(shares.get("SGP")).isCloseTo(288 / 1580.0, offset(0.0001));
        assertThat(shares.get("USA")).isCloseTo(280 / 1580.0, offset(0.0001));
        assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, offset(0.001));
        assertThat(coverage.get("nations").get("USA").get("rosterShips").asInt()).isEqualTo(3);
    }

    /** coverage.csv: a header, then the rows of coverage.jsonl in the same order. */
    @Test
    void coverageCsvHasARowPerMetric() throws Exception {
        List<String> jsonl =
                Files.readAllLines(out.resolve("coverage.jsonl"), StandardCharsets.UTF_8);
        List<String> csv = Files.readAllLines(out.resolve("coverage.csv"), StandardCharsets.UTF_8);
        // 8 patrol zones, 15 hourly windows (00:00 to 15:00) and the day summary each.
        assertThat(jsonl).hasSize(8 * 16);
        assertThat(csv).hasSize(jsonl.size() + 1);
        assertThat(csv.get(0)).startsWith("zone_id,window_start_utc,window_end_utc,");
        for (int i = 0; i < jsonl.size(); i++) {
            JsonNode metric = JSON.readTree(jsonl.get(i));
            String[] row = csv.get(i + 1).split(",");
            assertThat(row[0]).isEqualTo(metric.get("zoneId").asText());
            assertThat(row[1].replace(' ', 'T') + ":00Z")
                    .isEqualTo(metric.get("windowStart").asText());
        }
        assertThat(csv)
                .contains(
                        "red-sea-south,2025-06-01 08:00,2025-06-01 09:00,1.00,1.0000,100.00,2,0,0,0,"
                                + "0.00,0.00,0.00,0.00,0.00,60.00,40.00,0.00,0.00,0.00,0.00,0.00,"
                                + "0.00,0.00,0.00,0.00");
    }
}
