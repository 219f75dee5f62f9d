package org.sealane.map;

import java.util.Map;
import org.sealane.web.WebAssets;

/**
 * The live map's page: the web libraries, sealane's map module and the Natural Earth land layer
 * inlined, so the page needs nothing but its own server: no CDN, no tile server.
 */
final class LiveMapPage {

    private LiveMapPage() {}

    static String html() {
        Map<String, String> parts =
                Map.ofEntries(
                        Map.entry("leaflet.css", WebAssets.style(WebAssets.LEAFLET_CSS)),
                        Map.entry("sealane-map.css", WebAssets.style(WebAssets.SEALANE_MAP_CSS)),
                        Map.entry(
                                "live-map.css", WebAssets.style(LiveMapPage.class, "live-map.css")),
                        Map.entry("land", WebAssets.json(WebAssets.LAND_TOPOJSON)),
                        Map.entry("leaflet.js", WebAssets.script(WebAssets.LEAFLET_JS)),
                        Map.entry(
                                "topojson-client.js",
                                WebAssets.script(WebAssets.TOPOJSON_CLIENT_JS)),
                        Map.entry("sealane-map.js", WebAssets.script(WebAssets.SEALANE_MAP_JS)),
                        Map.entry(
                                "live-map.js", WebAssets.script(LiveMapPage.class, "live-map.js")));
        return WebAssets.fill(WebAssets.text(LiveMapPage.class, "live-map.html"), parts);
    }
}
