package org.sealane.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sealane.TestData;
import org.sealane.cli.SealaneCommand;

/**
 * The report of a scenario replay, opened from disk in headless Chromium as an analyst opens it:
 * every alert is on the map, the zones are drawn, every chart has data, and a vessel's track shows
 * when asked for from an alert. Its screenshots are the README's.
 */
class ReplayReportBrowserITCase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path out;

    private static ChromeDriver browser;
    private static List<JsonNode> alerts;

    @BeforeAll
    static void replayTheTaskForcePatrolAndOpenItsReport() throws IOException {
        Path scenario = TestData.repoRoot().resolve("replay-data/scenarios/task-force-patrol.nmea");
        int status =
                SealaneCommand.execute(
                        "replay",
                        scenario.toString(),
                        "--out",
                        out.toString(),
                        "--parallelism",
                        "2",
                        "--no-progress");
        assertThat(status).isZero();
        alerts = jsonLines(out.resolve("alerts.jsonl"));

        browser = HeadlessChromium.start(1400, 2300);
        HeadlessChromium.open(browser, out.resolve("report.html").toUri().toString());
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void opensFromDiskWithoutAnErrorOrAnyRequest() {
        assertThat(browser.getCurrentUrl()).startsWith("file:");
        List<String> problems =
                browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(LogEntry::getMessage)
                        .toList();
        // The page's Content-Security-Policy refuses every fetch: a library reaching for a
        // tile, font or image would be logged here.
        assertThat(problems).isEmpty();
        assertThat(
                        browser.findElements(
                                By.cssSelector("img[src^='http'], link[href], script[src]")))
                .isEmpty();
    }

    @Test
    void everyAlertIsAMarkerColouredByType() {
        assertThat(alerts).hasSizeGreaterThan(100);
        assertThat(browser.findElements(By.cssSelector("path.sealane-alert")))
                .hasSize(alerts.size());
        long transits =
                alerts.stream()
                        .filter(a -> a.get("type").asText().equals("CHOKEPOINT_TRANSIT"))
                        .count();
        assertThat(browser.findElements(By.cssSelector("path.sealane-alert-CHOKEPOINT_TRANSIT")))
                .hasSize((int) transits)
                .allSatisfy(m -> assertThat(m.getDomAttribute("fill")).isEqualTo("#33a02c"));
        assertThat(browser.findElement(By.cssSelector(".sealane-legend")).getText())
                .contains("CHOKEPOINT_TRANSIT " + transits);
    }

    @Test
    void theZonePolygonsAndGatesAreDrawnOverLand() throws IOException {
        JsonNode zones = JSON.readTree(out.resolve("zones.geojson").toFile());
        int polygons = 0;
        int acrossTheAntimeridian = 0;
        int gates = 0;
        for (JsonNode feature : zones.get("features")) {
            String geometry = feature.get("geometry").get("type").asText();
            if (geometry.endsWith("Polygon")) {
                polygons++;
                if (pastTheAntimeridian(feature.get("geometry").get("coordinates"))) {
                    acrossTheAntimeridian++;
                }
            } else if ("gate".equals(feature.get("properties").path("kind").asText())) {
                gates++;
            }
        }
        assertThat(polygons).isGreaterThan(10);
        // A zone across the antimeridian is drawn on both sides of it.
        assertThat(acrossTheAntimeridian).isEqualTo(1);
        assertThat(browser.findElements(By.cssSelector("path.sealane-zone")))
                .hasSize(polygons + acrossTheAntimeridian);
        assertThat(browser.findElements(By.cssSelector("path.sealane-gate"))).hasSize(gates);
        // Natural Earth land: one path, with hundreds of rings.
        assertThat(landPathLength()).isGreaterThan(10_000);
    }

    @Test
    void landAndZonesAcrossTheAntimeridianAreDrawnWhereTheyAreAndNowhereElse() throws IOException {
        browser.executeScript(
                "var m = window.sealaneReport.map.map;"
                        + " window.viewBefore = {center: m.getCenter(), zoom: m.getZoom()};");
        try {
            // Fiji and Chukotka on both sides of 180 degrees, and Antarctica around its pole.
            assertThat(landAt(-17.8, 178.0)).as("Viti Levu, Fiji").isTrue();
            assertThat(landAt(65.8, -172.5)).as("Chukotka east of 180").isTrue();
            assertThat(landAt(67.5, 175.0)).as("Chukotka west of 180").isTrue();
            assertThat(landAt(-78.0, 0.0)).as("Queen Maud Land, Antarctica").isTrue();
            assertThat(landAt(-73.0, 160.0)).as("Victoria Land, Antarctica").isTrue();
            assertThat(landAt(-80.0, -120.0)).as("Marie Byrd Land, Antarctica").isTrue();
            // The open sea at their latitudes, where rings jumping from +180 to -180 drew bands.
            assertThat(landAt(-17.8, -30.0)).as("South Atlantic").isFalse();
            assertThat(landAt(-17.8, 80.0)).as("Indian Ocean").isFalse();
            assertThat(landAt(66.0, -30.0)).as("Denmark Strait").isFalse();
            assertThat(landAt(-60.0, 0.0)).as("Southern Ocean").isFalse();
            // The Fiji-Tonga sector's alerts, east and west of 180, each sit inside the zone.
            List<JsonNode> fijiTonga =
                    jsonLines(out.resolve("alerts.jsonl")).stream()
                            .filter(a -> "fiji-tonga".equals(a.get("zoneId").asText()))
                            .toList();
            assertThat(fijiTonga)
                    .extracting(a -> a.get("lon").asDouble() < 0)
                    .contains(true, false);
            for (JsonNode alert : fijiTonga) {
                assertThat(zoneAt(alert.get("lat").asDouble(), alert.get("lon").asDouble()))
                        .as("zone drawn around alert at %s", alert.get("lon"))
                        .isTrue();
            }
        } finally {
            browser.executeScript(
                    "window.sealaneReport.map.map.setView(window.viewBefore.center,"
                            + " window.viewBefore.zoom, {animate: false});");
        }
    }

    /** Whether any longitude of the GeoJSON coordinates lies past 180 degrees east or west. */
    private static boolean pastTheAntimeridian(JsonNode coordinates) {
        if (coordinates.get(0).isNumber()) {
            return Math.abs(coordinates.get(0).asDouble()) > 180;
        }
        for (JsonNode inner : coordinates) {
            if (pastTheAntimeridian(inner)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a zone drawn on the map fills the point, with the map centred on it. */
    private static boolean zoneAt(double lat, double lon) {
        return filledAt("path.sealane-zone", lat, lon);
    }

    /** Whether the land layer fills the point, with the map centred on it. */
    private static boolean landAt(double lat, double lon) {
        return filledAt(".leaflet-overlay-pane path[fill=\"#f2efe6\"]", lat, lon);
    }

    /**
     * Whether any of the map's paths that the CSS selector picks fills the point; an error when it
     * picks none, so that a layer gone missing cannot pass for open sea.
     */
    private static boolean filledAt(String paths, double lat, double lon) {
        return (Boolean)
                browser.executeScript(
                        "var m = window.sealaneReport.map.map;"
                                + " m.setView([arguments[0], arguments[1]], 5, {animate: false});"
                                + " var p = m.latLngToLayerPoint([arguments[0], arguments[1]]);"
                                + " var paths = Array.from(document.querySelectorAll(arguments[2]));"
                                + " if (paths.length === 0) { throw new Error('no ' + arguments[2]); }"
                                + " return paths.some(function (z) {"
                                + " return z.isPointInFill(new DOMPoint(p.x, p.y)); });",
                        lat,
                        lon,
                        paths);
    }

    @Test
    void everyChartHasData() {
        for (String chart :
                List.of(
                        "chart-alerts-per-hour",
                        "chart-transits",
                        "chart-coverage",
                        "chart-nations")) {
            WebElement element = browser.findElement(By.id(chart));
            assertThat(element.getDomAttribute("class")).as(chart).doesNotContain("empty");
            Number points =
                    (Number)
                            browser.executeScript(
                                    "var option = echarts.getInstanceByDom(arguments[0]).getOption();"
                                            + "return option.series.reduce(function (n, s) {"
                                            + "  return n + s.data.filter(function (d) {"
                                            + "    var v = Array.isArray(d) ? d[d.length - 1]"
                                            + "      : (d !== null && typeof d === 'object' ? d.value : d);"
                                            + "    return v > 0; }).length; }, 0);",
                                    element);
            assertThat(points.intValue()).as(chart + ": data points above zero").isPositive();
            // Drawn, not only configured: ECharts' SVG renderer puts shapes on the page.
            assertThat(element.findElements(By.cssSelector("svg path")).size())
                    .as(chart + ": shapes drawn")
                    .isGreaterThan(5);
        }
        assertThat(browser.findElement(By.id("chart-transits")).getText())
                .contains("Bab-el-Mandeb");
        String summary = browser.findElement(By.id("summary")).getText();
        assertThat(summary).contains("task-force-patrol.nmea").contains("input lines");
    }

    @Test
    void anAlertsPopupNamesItsVesselAndShowsItsTrack() throws IOException {
        JsonNode transit =
                alerts.stream()
                        .filter(a -> a.get("type").asText().equals("CHOKEPOINT_TRANSIT"))
                        .findFirst()
                        .orElseThrow();
        long mmsi = transit.get("mmsi").asLong();
        String name = trackOf(mmsi).get("name").asText();
        assertThat(name).isNotBlank();

        browser.executeScript(
                "var id = arguments[0];"
                        + " window.sealaneReport.map.alertMarkers().filter(function (m) {"
                        + " return m.alert.alertId === id; })[0].openPopup();",
                transit.get("alertId").asText());
        WebElement popup =
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(
                                ExpectedConditions.visibilityOfElementLocated(
                                        By.cssSelector(".sealane-popup")));
        assertThat(popup.getText())
                .contains("CHOKEPOINT_TRANSIT")
                .contains(name + " (MMSI " + mmsi + ")")
                .contains(transit.get("zoneName").asText())
                .contains(transit.get("direction").asText());

        popup.findElement(By.cssSelector(".sealane-show-track")).click();
        WebElement track =
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(
                                ExpectedConditions.presenceOfElementLocated(
                                        By.cssSelector("path.sealane-track")));
        int points = trackOf(mmsi).get("points").size();
        assertThat(points).isGreaterThan(10);
        // One "L" per segment of the drawn line, less whatever Leaflet simplified at this zoom.
        assertThat(track.getDomAttribute("d").split("L").length).isGreaterThan(5);
        assertThat(browser.findElement(By.id("track-note")).getText())
                .isEqualTo("Track of " + name + " (MMSI " + mmsi + "): " + points + " points");

        saveScreenshot(
                browser.findElement(By.id("map")).getScreenshotAs(OutputType.FILE),
                "report-track.png");
    }

    @Test
    void aScreenshotOfTheWholeReportGoesToTheDocs() throws IOException {
        browser.executeScript("window.scrollTo(0, 0); window.sealaneReport.map.map.closePopup();");
        saveScreenshot(browser.getScreenshotAs(OutputType.FILE), "report.png");
    }

    private static JsonNode trackOf(long mmsi) throws IOException {
        return jsonLines(out.resolve("tracks.jsonl")).stream()
                .filter(t -> t.get("mmsi").asLong() == mmsi)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no track for " + mmsi));
    }

    private static int landPathLength() {
        return ((Number)
                        browser.executeScript(
                                "return Array.from(document.querySelectorAll('.leaflet-overlay-pane path'))"
                                        + ".map(function (p) { return (p.getAttribute('d') || '').length; })"
                                        + ".reduce(function (a, b) { return Math.max(a, b); }, 0);"))
                .intValue();
    }

    private static void saveScreenshot(java.io.File shot, String name) throws IOException {
        Path docs = TestData.repoRoot().resolve("docs");
        Files.copy(shot.toPath(), docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(
                docs.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(ReplayReportBrowserITCase::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
