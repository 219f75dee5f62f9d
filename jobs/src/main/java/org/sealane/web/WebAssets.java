package org.sealane.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The scripts, styles and data that sealane's self-contained pages inline: the web libraries the
 * build fetched (Leaflet, topojson-client, Apache ECharts, Natural Earth land from world-atlas) and
 * sealane's own map module, read from the classpath. What it hands out is safe to put between
 * {@code <script>} or {@code <style>} tags. Instances are immutable and thread-safe.
 */
public final class WebAssets {

    public static final String LEAFLET_JS = "lib/leaflet/dist/leaflet.js";
    public static final String LEAFLET_CSS = "lib/leaflet/dist/leaflet.css";
    public static final String TOPOJSON_CLIENT_JS =
            "lib/topojson-client/dist/topojson-client.min.js";
    public static final String ECHARTS_JS = "lib/echarts/dist/echarts.min.js";

    /** Natural Earth land at 1:50 million, TopoJSON: fine enough for a strait, half a megabyte. */
    public static final String LAND_TOPOJSON = "lib/world-atlas/land-50m.json";

    /** The map of zones, alerts and tracks that the replay report and a live map share. */
    public static final String SEALANE_MAP_JS = "sealane-map.js";

    public static final String SEALANE_MAP_CSS = "sealane-map.css";

    private WebAssets() {}

    /** A script, checked to contain nothing that would end its {@code <script>} element early. */
    public static String script(String name) {
        return script(WebAssets.class, name);
    }

    /** A script beside {@code owner}'s class, checked as {@link #script(String)} checks. */
    public static String script(Class<?> owner, String name) {
        return inlinable(owner, name, "</script");
    }

    /** A style sheet, checked as {@link #script(String)} checks scripts. */
    public static String style(String name) {
        return style(WebAssets.class, name);
    }

    /** A style sheet beside {@code owner}'s class, checked as {@link #style(String)} checks. */
    public static String style(Class<?> owner, String name) {
        return inlinable(owner, name, "</style");
    }

    private static String inlinable(Class<?> owner, String name, String endTag) {
        String text = text(owner, name);
        if (text.toLowerCase(Locale.ROOT).contains(endTag)) {
            throw new IllegalStateException(
                    name + " contains " + endTag + ": it cannot be inlined");
        }
        return text;
    }

    /** A JSON document, made safe for a {@code <script type="application/json">} element. */
    public static String json(String name) {
        return scriptSafeJson(text(WebAssets.class, name));
    }

    /**
     * JSON with every {@code <} written as {@code \u003c}: the same JSON (a {@code <} can only be
     * in a string), and no {@code </script} or {@code <!--} can end or confuse the element it is
     * in.
     */
    public static String scriptSafeJson(String json) {
        return json.replace("<", "\\u003c");
    }

    /**
     * The template with each {@code {{name}}} replaced, in one pass, so that text put in (a
     * library's code) is never searched for placeholders itself.
     */
    public static String fill(String template, Map<String, String> parts) {
        StringBuilder page = new StringBuilder(template.length() + 4 * 1024 * 1024);
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            if (open < 0) {
                break;
            }
            int close = template.indexOf("}}", open);
            String name = template.substring(open + 2, close);
            String part = parts.get(name);
            if (part == null) {
                throw new IllegalStateException("page template: nothing for {{" + name + "}}");
            }
            page.append(template, at, open).append(part);
            at = close + 2;
        }
        return page.append(template, at, template.length()).toString();
    }

    /** A text resource beside {@code owner}'s class, UTF-8. */
    public static String text(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing resource "
                                + owner.getPackageName().replace('.', '/')
                                + "/"
                                + name
                                + " (build sealane with Maven: it fetches the web libraries)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
