package org.sealane.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.sealane.web.WebAssets;

/**
 * Writes the replay report: one HTML file with the web libraries, sealane's map module, the Natural
 * Earth land layer and the report's data inlined, so it opens from disk with no network. Its
 * Content-Security-Policy forbids fetching anything, so a page that tried would show it at once.
 */
public final class ReportPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportPage() {}

    /** Writes the report to {@code target}, replacing it whole (never a half-written page). */
    public static void write(ReportData data, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.writeString(partial, html(data), StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The report's HTML. */
    public static String html(ReportData data) {
        String json;
        try {
            json = JSON.writeValueAsString(data.toJson());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> parts =
                Map.ofEntries(
                        Map.entry("title", escapeHtml(data.title())),
                        Map.entry("leaflet.css", WebAssets.style(WebAssets.LEAFLET_CSS)),
                        Map.entry("sealane-map.css", WebAssets.style(WebAssets.SEALANE_MAP_CSS)),
                        Map.entry("report.css", WebAssets.style(ReportPage.class, "report.css")),
                        Map.entry("land", WebAssets.json(WebAssets.LAND_TOPOJSON)),
                        Map.entry("data", WebAssets.scriptSafeJson(json)),
                        Map.entry("leaflet.js", WebAssets.script(WebAssets.LEAFLET_JS)),
                        Map.entry(
                                "topojson-client.js",
                                WebAssets.script(WebAssets.TOPOJSON_CLIENT_JS)),
                        Map.entry("echarts.js", WebAssets.script(WebAssets.ECHARTS_JS)),
                        Map.entry("sealane-map.js", WebAssets.script(WebAssets.SEALANE_MAP_JS)),
                        Map.entry("report.js", WebAssets.script(ReportPage.class, "report.js")));
        return WebAssets.fill(WebAssets.text(ReportPage.class, "report.html"), parts);
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
