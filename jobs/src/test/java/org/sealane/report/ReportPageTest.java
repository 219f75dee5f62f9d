package org.sealane.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report is one file that needs nothing from the network. */
class ReportPageTest {

    @Test
    void theLibrariesAndTheDataAreInlinedAndNothingIsLinked(@TempDir Path out) throws IOException {
        String html = ReportPage.html(ReportData.read(replayOutput(out), null));

        assertThat(html)
                .contains("Leaflet")
                .contains("echarts")
                .contains("topojson")
                .contains("SealaneMap")
                .contains("\"land\"")
                .contains("SIM \\u003c/script> PASSAGE");
        // Hyperlinks (Leaflet's credit) may point elsewhere; nothing may be loaded from there.
        assertThat(
                        Pattern.compile("<script[^>]*\\ssrc=|<link\\s|url\\(\\s*['\"]?(https?:)?//")
                                .matcher(html)
                                .find())
                .as("a script, style sheet or image loaded from elsewhere")
                .isFalse();
        assertThat(html).contains("default-src 'none'");
        // The vessel name with a closing tag in it did not end the data's script element.
        assertThat(html.split("(?i)</script>", -1)).hasSize(countOpening(html) + 1);
    }

    @Test
    void writingReplacesTheReportWhole(@TempDir Path out) throws IOException {
        Path report = out.resolve("report.html");
        Files.writeString(report, "an older report");
        ReportPage.write(ReportData.read(replayOutput(out), null), report);
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(out.resolve("report.html.partial")).doesNotExist();
    }

    private static int countOpening(String html) {
        return html.split("(?i)<script[ >]", -1).length - 1;
    }

    private static Path replayOutput(Path out) throws IOException {
        Files.writeString(
                out.resolve("summary.json"),
                "{\"inputs\":[{\"path\":\"red-sea.nmea\"}],\"positions\":10,\"coverage\":{}}");
        Files.writeString(
                out.resolve("alerts.jsonl"),
                "{\"type\":\"ZONE_ENTRY\",\"state\":\"CLOSED\",\"mmsi\":100010001,\"otherMmsi\":null,"
                        + "\"zoneId\":\"bab-el-mandeb\",\"startTime\":\"2025-06-11T21:58:00Z\","
                        + "\"lat\":12.6,\"lon\":43.4,\"details\":{}}\n");
        Files.writeString(
                out.resolve("tracks.jsonl"),
                "{\"mmsi\":100010001,\"name\":\"SIM </script> PASSAGE\",\"points\":[]}\n");
        Files.writeString(
                out.resolve("zones.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        return out;
    }
}
