package org.sealane.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sealane.TestData;

class ZoneCatalogueTest {

    private static String polygon(String id, String kind, String ring) {
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\""
                + id
                + "\",\"kind\":\""
                + kind
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
                + ring
                + "]}}";
    }

    private static String gate(String zone, String end, String line) {
        return "{\"type\":\"Feature\",\"properties\":{\"kind\":\"gate\",\"zone\":\""
                + zone
                + "\",\"end\":\""
                + end
                + "\"},\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":"
                + line
                + "}}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static final String SQUARE = "[[0,0],[1,0],[1,1],[0,1],[0,0]]";

    @Test
    void readsZonesWithKindsGatesAndThresholds() {
        String hormuz =
                "{\"type\":\"Feature\",\"properties\":{\"id\":\"hormuz\",\"name\":\"Strait of Hormuz\","
                        + "\"kind\":\"chokepoint\",\"maxSpeedKn\":25},\"geometry\":{\"type\":\"Polygon\","
                        + "\"coordinates\":["
                        + SQUARE
                        + "]}}";
        ZoneCatalogue catalogue =
                ZoneCatalogue.parse(
                        collection(
                                hormuz,
                                gate("hormuz", "west", "[[-0.1,0.2],[-0.1,0.8]]"),
                                gate("hormuz", "east", "[[1.1,0.2],[1.1,0.8]]"),
                                polygon(
                                        "gulf-patrol",
                                        "patrol",
                                        "[[2,2],[3,2],[3,3],[2,3],[2,2]]")),
                        "test.geojson");

        assertThat(catalogue.zones()).extracting(Zone::id).containsExactly("hormuz", "gulf-patrol");
        Zone strait = catalogue.zones().get(0);
        assertThat(strait.kind()).isEqualTo(ZoneKind.CHOKEPOINT);
        assertThat(strait.name()).isEqualTo("Strait of Hormuz");
        assertThat(strait.gates()).extracting(Gate::end).containsExactly("west", "east");
        assertThat(strait.threshold("maxSpeedKn", 50)).isEqualTo(25);
        assertThat(strait.threshold("loiterMinutes", 120)).isEqualTo(120);
    }

    /** A catalogue of one patrol zone with a {@code "thresholds"} member. */
    private static String withThresholds(String thresholds) {
        return "{\"type\":\"FeatureCollection\",\"thresholds\":"
                + thresholds
                + ",\"features\":["
                + polygon("south-red-sea", "patrol", SQUARE)
                + "]}";
    }

    @Test
    void catalogueWideThresholdsAreReadAsConfigurationSettings() {
        ZoneCatalogue catalogue =
                ZoneCatalogue.parse(
                        withThresholds(
                                "{\"loitering.duration\":\"90m\",\"gap.elsewhere\":\"3h\","
                                        + "\"encounter.distance-m\":500}"),
                        "zones.geojson");

        assertThat(catalogue.thresholdSettings())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "loitering.duration", "90m",
                                "gap.elsewhere", "3h",
                                "encounter.distance-m", "500"));
        assertThat(
                        ZoneCatalogue.parse(collection(polygon("a", "patrol", SQUARE)), "z")
                                .thresholdSettings())
                .isEmpty();
    }

    @Test
    void aThresholdACatalogueCannotSetOrABadValueIsAnError() {
        assertThatThrownBy(
                        () -> ZoneCatalogue.parse(withThresholds("{\"track.expiry\":\"2h\"}"), "z"))
                .hasMessageStartingWith("z: thresholds: a catalogue cannot set 'track.expiry';")
                .hasMessageContaining("loitering.duration");
        assertThatThrownBy(
                        () ->
                                ZoneCatalogue.parse(
                                        withThresholds("{\"loitering.duration\":\"soon\"}"), "z"))
                .hasMessageStartingWith("z: thresholds: loitering.duration");
        assertThatThrownBy(() -> ZoneCatalogue.parse(withThresholds("[1]"), "z"))
                .hasMessageStartingWith("z: \"thresholds\" must be an object");
    }

    @Test
    void duplicateIdNamesBothFeatures() {
        assertThatThrownBy(
                        () ->
                                ZoneCatalogue.parse(
                                        collection(
                                                polygon("taiwan-strait", "chokepoint", SQUARE),
                                                polygon("taiwan-strait", "patrol", SQUARE)),
                                        "zones.geojson"))
                .hasMessage(
                        "zones.geojson: feature 1 (id 'taiwan-strait'): duplicate id"
                                + " 'taiwan-strait' (first used by feature 0)");
    }

    @Test
    void selfIntersectingPolygonIsRejectedWithItsFeatureAndWhere() {
        assertThatThrownBy(
                        () ->
                                ZoneCatalogue.parse(
                                        collection(
                                                polygon(
                                                        "bow-tie",
                                                        "watch",
                                                        "[[0,0],[1,1],[1,0],[0,1],[0,0]]")),
                                        "zones.geojson"))
                .hasMessageStartingWith("zones.geojson: feature 0 (id 'bow-tie'): invalid polygon:")
                .hasMessageContaining("Self-intersection");
    }

    @Test
    void missingIdUnknownKindAndOrphanGateAreErrors() {
        assertThatThrownBy(
                        () -> ZoneCatalogue.parse(collection(polygon("", "patrol", SQUARE)), "z"))
                .hasMessage("z: feature 0: property 'id' is required");
        assertThatThrownBy(
                        () -> ZoneCatalogue.parse(collection(polygon("a", "harbour", SQUARE)), "z"))
                .hasMessageContaining("feature 0 (id 'a'): property 'kind' must be");
        assertThatThrownBy(
                        () ->
                                ZoneCatalogue.parse(
                                        collection(
                                                polygon("a", "patrol", SQUARE),
                                                gate("a", "north", "[[0,0],[1,1]]")),
                                        "z"))
                .hasMessageContaining("gate names zone 'a', which is not a chokepoint");
    }

    @Test
    void chokepointWithOneGateIsAnError() {
        assertThatThrownBy(
                        () ->
                                ZoneCatalogue.parse(
                                        collection(
                                                polygon("dover", "chokepoint", SQUARE),
                                                gate("dover", "north", "[[0,0],[1,1]]")),
                                        "z"))
                .hasMessage(
                        "z: feature 0 (id 'dover'): a chokepoint needs exactly two gates, found 1");
    }

    @Test
    void polygonDrawnTheLongWayRoundIsRefusedWithAHint() {
        assertThatThrownBy(
                        () ->
                                ZoneCatalogue.parse(
                                        collection(
                                                polygon(
                                                        "naive",
                                                        "patrol",
                                                        "[[170,0],[-170,0],[-170,5],[170,5],[170,0]]")),
                                        "z"))
                .hasMessageContaining("longitudes beyond 180");
    }

    @Test
    void notGeoJsonIsOneClearError() {
        assertThatThrownBy(() -> ZoneCatalogue.parse("{\"type\":\"Feature\"}", "z"))
                .hasMessage("z: expected a GeoJSON FeatureCollection with a \"features\" array");
        assertThatThrownBy(() -> ZoneCatalogue.parse("{oops", "z"))
                .hasMessageStartingWith("z: not valid JSON");
    }

    @Test
    void bundledCatalogueLoadsWithTheTaskForceChokepoints() {
        Path bundled = TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson");
        ZoneCatalogue catalogue = ZoneCatalogue.load(bundled);

        assertThat(catalogue.zones())
                .filteredOn(zone -> zone.kind() == ZoneKind.CHOKEPOINT)
                .hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(zone -> assertThat(zone.gates()).hasSize(2));
        assertThat(catalogue.zones())
                .as("a patrol zone across the antimeridian, split into its two sides")
                .anySatisfy(
                        zone -> {
                            assertThat(zone.kind()).isEqualTo(ZoneKind.PATROL);
                            assertThat(zone.area().getEnvelopeInternal().getMinX()).isEqualTo(-180);
                            assertThat(zone.area().getEnvelopeInternal().getMaxX()).isEqualTo(180);
                        });
    }
}
