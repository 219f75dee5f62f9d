package org.sealane.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sealane.sample.TaskForceSample.ANCHORED_OFF_BINTAN;
import static org.sealane.sample.TaskForceSample.BAB_EL_MANDEB_NORTHBOUND;
import static org.sealane.sample.TaskForceSample.GIBRALTAR_EASTBOUND;
import static org.sealane.sample.TaskForceSample.HORMUZ_OUTBOUND;
import static org.sealane.sample.TaskForceSample.MALACCA_EASTBOUND;
import static org.sealane.sample.TaskForceSample.SINGAPORE_WESTBOUND;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.cli.SealaneCommand;

/** The README's first command: the bundled sample through the CLI and its embedded cluster. */
class TaskForceSampleITCase {

    @Test
    void bundledSampleGivesTheAlertsOfItsVoyages(@TempDir Path out) throws Exception {
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
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> alerts = new ArrayList<>();
        for (String line :
                Files.readAllLines(out.resolve("alerts.jsonl"), StandardCharsets.UTF_8)) {
            alerts.add(json.readTree(line));
        }
        assertThat(alerts)
                .extracting(
                        a -> a.get("startTime").asText().substring(11, 16),
                        a -> a.get("mmsi").asLong(),
                        a -> a.get("type").asText(),
                        a -> a.get("zoneId").asText(),
                        a -> a.get("direction").asText(""))
                .containsExactly(
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
                        // Malacca and Singapore share the Kukup-Karimun gate and overlap there.
                        tuple("07:00", SINGAPORE_WESTBOUND, "ZONE_ENTRY", "malacca-strait", ""),
                        tuple("07:14", SINGAPORE_WESTBOUND, "ZONE_EXIT", "singapore-strait", ""),
                        tuple("08:00", HORMUZ_OUTBOUND, "AIS_GAP", "open-sea", ""),
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
        JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("linesAccountedFor").asBoolean()).isTrue();
        assertThat(summary.get("rejected").asLong()).isZero();
    }
}
