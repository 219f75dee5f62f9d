package org.sealane.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.sealane.TestData;

/**
 * Drawing checks on the bundled catalogue ({@code replay-data/zones/sealane-zones.geojson}): the
 * rules its README states, so that a mistyped coordinate fails the build instead of silently
 * missing transits.
 */
class BundledCatalogueTest {

    private static final List<String> TASK_FORCE_CHOKEPOINTS =
            List.of(
                    "malacca-strait",
                    "singapore-strait",
                    "sunda-strait",
                    "lombok-strait",
                    "makassar-strait",
                    "taiwan-strait",
                    "luzon-strait",
                    "korea-strait",
                    "hormuz-strait",
                    "bab-el-mandeb",
                    "suez-canal",
                    "gibraltar-strait",
                    "bosporus",
                    "dardanelles",
                    "oresund",
                    "great-belt",
                    "dover-strait",
                    "panama-canal",
                    "florida-straits",
                    "florida-straits-west",
                    "bering-strait");

    private static final List<String> TASK_FORCE_PATROLS =
            List.of(
                    "scs-north",
                    "scs-central",
                    "scs-west",
                    "scs-south",
                    "gulf-of-aden-irtc",
                    "red-sea-south",
                    "baltic-approaches",
                    "fiji-tonga");

    /** End names read in a transit's direction ({@code north->south}). */
    private static final Set<String> END_NAMES =
            Set.of(
                    "north",
                    "south",
                    "east",
                    "west",
                    "northeast",
                    "northwest",
                    "southeast",
                    "southwest");

    private static final double NM_IN_DEGREES_OF_LATITUDE = 1 / 60.0;

    private static ZoneCatalogue catalogue;
    private static ZoneIndex index;

    @BeforeAll
    static void load() {
        catalogue =
                ZoneCatalogue.load(
                        TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson"));
        index = new ZoneIndex(catalogue);
    }

    private static Zone zone(String id) {
        return catalogue.zones().stream()
                .filter(z -> z.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no zone " + id));
    }

    private static List<Zone> chokepoints() {
        return catalogue.zones().stream().filter(z -> z.kind() == ZoneKind.CHOKEPOINT).toList();
    }

    private static List<String> idsAt(double lat, double lon) {
        return index.zonesAt(lat, lon).stream().map(Zone::id).toList();
    }

    @Test
    void holdsEveryZoneOfTheTaskForceWithItsKind() {
        assertThat(catalogue.zones())
                .filteredOn(z -> z.kind() == ZoneKind.CHOKEPOINT)
                .extracting(Zone::id)
                .containsAll(TASK_FORCE_CHOKEPOINTS);
        assertThat(catalogue.zones())
                .filteredOn(z -> z.kind() == ZoneKind.PATROL)
                .extracting(Zone::id)
                .containsAll(TASK_FORCE_PATROLS);
        assertThat(zone("port-everglades").kind()).isEqualTo(ZoneKind.PORT);
        assertThat(zone("florida-intracoastal").kind()).isEqualTo(ZoneKind.PORT);
    }

    @Test
    void everyChokepointHasTwoGatesWithCompassOrCanalEndNames() {
        assertThat(chokepoints())
                .allSatisfy(
                        z ->
                                assertThat(z.gates())
                                        .as(z.id())
                                        .hasSize(2)
                                        .extracting(Gate::end)
                                        .allMatch(END_NAMES::contains)
                                        .doesNotHaveDuplicates());
    }

    @Test
    void everyGateCrossesItsPolygonExactlyTwiceWithBothEndsOutside() {
        for (Zone z : chokepoints()) {
            for (Gate gate : z.gates()) {
                String label = z.id() + " gate " + gate.end();
                Geometry crossings = gate.line().intersection(z.area().getBoundary());
                assertThat(crossings.getGeometryType()).as(label).isEqualTo("MultiPoint");
                assertThat(crossings.getNumGeometries()).as(label).isEqualTo(2);
                Coordinate[] points = gate.line().getCoordinates();
                for (Coordinate end : List.of(points[0], points[points.length - 1])) {
                    assertThat(z.area().intersects(point(end.y, end.x)))
                            .as(label + " end " + end + " lies outside the zone (inland)")
                            .isFalse();
                }
            }
        }
    }

    @Test
    void theTwoGatesOfAChokepointDoNotMeet() {
        assertThat(chokepoints())
                .allSatisfy(
                        z ->
                                assertThat(
                                                z.gates()
                                                        .get(0)
                                                        .line()
                                                        .intersects(z.gates().get(1).line()))
                                        .as(z.id())
                                        .isFalse());
    }

    /**
     * The polygon reaches past each gate (about 1-3 nm, so that a crossing always happens inside
     * the zone) but not far past it: probed from the middle of the gate's wet part, straight away
     * from the other gate. The bound is loose because the first catalogue drew a few zones up to
     * 5.4 nm past a gate (see the README).
     */
    @Test
    void everyPolygonReachesALittleBeyondEachGate() {
        for (Zone z : chokepoints()) {
            for (Gate gate : z.gates()) {
                Gate other = z.gates().get(0) == gate ? z.gates().get(1) : z.gates().get(0);
                String label = z.id() + " beyond gate " + gate.end();
                assertThat(z.area().intersects(beyond(z, gate, other, 0.8))).as(label).isTrue();
                assertThat(z.area().intersects(beyond(z, gate, other, 6))).as(label).isFalse();
            }
        }
    }

    private static Point beyond(Zone z, Gate gate, Gate other, double nauticalMiles) {
        Geometry wet = gate.line().intersection(z.area());
        Coordinate middle = new LengthIndexedLine(wet).extractPoint(wet.getLength() / 2);
        Coordinate[] ends = gate.line().getCoordinates();
        double cosLat = Math.cos(Math.toRadians(middle.y));
        double dx = (ends[ends.length - 1].x - ends[0].x) * cosLat;
        double dy = ends[ends.length - 1].y - ends[0].y;
        double length = Math.hypot(dx, dy);
        double nx = -dy / length;
        double ny = dx / length;
        Point away = other.line().getCentroid();
        if ((away.getX() - middle.x) * cosLat * nx + (away.getY() - middle.y) * ny > 0) {
            nx = -nx;
            ny = -ny;
        }
        double step = nauticalMiles * NM_IN_DEGREES_OF_LATITUDE;
        return point(middle.y + ny * step, middle.x + nx * step / cosLat);
    }

    private static Point point(double lat, double lon) {
        return ZoneCatalogue.GEOMETRY.createPoint(new Coordinate(lon, lat));
    }

    @ParameterizedTest(name = "{0} at {1}, {2}")
    @CsvSource({
        "malacca-strait, 1.9, 102.3", // off Melaka
        "singapore-strait, 1.14, 103.70", // Phillip Channel
        "singapore-strait, 1.20, 103.80", // TSS south of Sentosa
        "sunda-strait, -6.10, 105.70", // between Krakatau and Anyer
        "lombok-strait, -8.55, 115.75",
        "makassar-strait, -1.5, 118.1",
        "taiwan-strait, 24.0, 119.5",
        "luzon-strait, 21.3, 121.2", // Bashi Channel
        "luzon-strait, 19.9, 121.7", // Balintang Channel
        "korea-strait, 34.7, 129.0", // western channel, Busan-Tsushima
        "korea-strait, 34.0, 129.6", // eastern channel, Tsushima-Iki
        "hormuz-strait, 26.55, 56.45", // TSS off Musandam
        "bab-el-mandeb, 12.55, 43.35", // west of Perim
        "suez-canal, 31.25, 32.31", // Port Said
        "suez-canal, 30.32, 32.38", // Great Bitter Lake
        "suez-canal, 29.93, 32.565", // Port Tewfik
        "gibraltar-strait, 35.95, -5.60", // off Tarifa
        "bosporus, 41.03, 29.012", // off Istanbul, Besiktas-Uskudar
        "bosporus, 41.12, 29.066", // off Yenikoy
        "dardanelles, 40.145, 26.385", // Canakkale narrows
        "oresund, 55.80, 12.70",
        "great-belt, 55.335, 11.05", // East Channel, under the East Bridge
        "dover-strait, 51.0, 1.45", // middle of the Dover TSS
        "panama-canal, 9.065, -79.66", // Culebra Cut
        "panama-canal, 9.17, -79.83", // Gatun Lake, off Barro Colorado
        "florida-straits, 26.0, -79.75",
        "florida-straits, 26.28, -80.072", // off Hillsboro Beach, in the surf traffic
        "florida-straits-west, 23.8, -81.0",
        "bering-strait, 65.9, -169.35", // Cape Dezhnev-Big Diomede
        "bering-strait, 65.7, -168.5", // Little Diomede-Cape Prince of Wales
        "scs-north, 18.0, 115.0",
        "scs-central, 12.0, 114.0",
        "scs-west, 12.0, 110.0",
        "scs-south, 5.0, 110.0",
        "gulf-of-aden-irtc, 13.15, 49.0",
        "red-sea-south, 14.5, 42.2",
        "baltic-approaches, 57.8, 9.5", // Skagerrak
        "baltic-approaches, 56.8, 11.6", // Kattegat
        "port-everglades, 26.09, -80.1",
        "florida-intracoastal, 26.28, -80.083", // Lighthouse Point marinas
        "florida-intracoastal, 26.343, -80.078", // Boca Raton, the Intracoastal Waterway
    })
    void aKnownPositionLiesInItsZone(String id, double lat, double lon) {
        assertThat(idsAt(lat, lon)).contains(id);
    }

    @ParameterizedTest(name = "{0} at {1}, {2}")
    @CsvSource({
        "singapore-strait, 1.35, 103.80", // Singapore island, Bukit Timah
        "bosporus, 41.06, 28.987", // Istanbul, Sisli
        "gibraltar-strait, 36.135, -5.348", // the Rock
        "red-sea-south, 12.75, 43.3", // in Bab-el-Mandeb, south of the Red Sea sector
        // The marinas behind Florida's barrier islands are harbour waters, not the strait.
        "florida-straits, 26.28, -80.083", // Lighthouse Point marinas
        "florida-straits, 26.343, -80.078", // Boca Raton, the Intracoastal Waterway
    })
    void aPositionAshoreOrNextDoorIsNotInTheZone(String id, double lat, double lon) {
        assertThat(idsAt(lat, lon)).doesNotContain(id);
    }

    @Test
    void southChinaSeaSectorsMeetWithoutAGap() {
        // Points on the seams between the sectors belong to both sides.
        assertThat(idsAt(16.0, 113.0)).contains("scs-north", "scs-central");
        assertThat(idsAt(8.0, 112.0)).contains("scs-central", "scs-south");
        assertThat(idsAt(8.0, 108.0)).contains("scs-west", "scs-south");
        assertThat(idsAt(12.0, 111.0)).contains("scs-west", "scs-central");
        assertThat(idsAt(16.0, 110.0)).contains("scs-west", "scs-north");
    }

    @Test
    void thePatrolZoneAcrossTheAntimeridianHoldsBothSides() {
        assertThat(idsAt(-18.0, 179.5)).contains("fiji-tonga");
        assertThat(idsAt(-18.0, -179.5)).contains("fiji-tonga");
        assertThat(idsAt(-18.0, 180.0)).contains("fiji-tonga");
    }

    @Test
    void theSuezCanalCarriesItsPublishedSpeedLimit() {
        // 16 km/h, Suez Canal Authority Rules of Navigation, Art. 54 (see the README).
        assertThat(zone("suez-canal").threshold("maxSpeedKn", Double.NaN)).isEqualTo(8.6);
    }
}
