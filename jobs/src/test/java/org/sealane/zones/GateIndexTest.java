package org.sealane.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Gate crossings on the way between two fixes: fractions, order, fixes on a gate, antimeridian. */
class GateIndexTest {

    /** A strait running north, lat 10 to 11, with its gates at 10.1 N and 10.9 N. */
    private static final GateIndex STRAIT =
            index(
                    "strait",
                    "POLYGON ((50 10, 51 10, 51 11, 50 11, 50 10))",
                    "LINESTRING (50 10.1, 51 10.1)",
                    "LINESTRING (50 10.9, 51 10.9)");

    /** Gates at 179.9 E and 179.9 W, lat 16 S to 17 S: the strait spans the antimeridian. */
    private static final GateIndex DATELINE =
            index(
                    "dateline",
                    "MULTIPOLYGON (((179.5 -17, 180 -17, 180 -16, 179.5 -16, 179.5 -17)),"
                            + " ((-180 -17, -179.5 -17, -179.5 -16, -180 -16, -180 -17)))",
                    "LINESTRING (179.9 -17, 179.9 -16)",
                    "LINESTRING (-179.9 -17, -179.9 -16)");

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A catalogue of one chokepoint whose first gate is the "south" or "west" end. */
    private static GateIndex index(String id, String area, String firstGate, String secondGate) {
        boolean dateline = id.equals("dateline");
        Zone zone =
                new Zone(
                        id,
                        null,
                        ZoneKind.CHOKEPOINT,
                        wkt(area),
                        List.of(
                                new Gate(id, dateline ? "west" : "south", wkt(firstGate)),
                                new Gate(id, dateline ? "east" : "north", wkt(secondGate))),
                        Map.of());
        return new GateIndex(ZoneCatalogue.of("test", List.of(zone)));
    }

    private static List<String> ends(List<GateIndex.Crossing> crossings) {
        return crossings.stream().map(c -> c.gate().end()).toList();
    }

    @Test
    void aSegmentOverBothGatesCrossesThemInTheOrderMet() {
        List<GateIndex.Crossing> north = STRAIT.crossings(10.0, 50.5, 11.0, 50.5);
        assertThat(ends(north)).containsExactly("south", "north");
        assertThat(north.get(0).fraction()).isCloseTo(0.1, within(1e-9));
        assertThat(north.get(1).fraction()).isCloseTo(0.9, within(1e-9));
        assertThat(north.get(1).lat()).isCloseTo(10.9, within(1e-9));
        assertThat(north.get(1).lon()).isCloseTo(50.5, within(1e-9));

        assertThat(ends(STRAIT.crossings(11.0, 50.5, 10.0, 50.5)))
                .containsExactly("north", "south");
    }

    @Test
    void aSegmentBetweenOrBesideTheGatesCrossesNone() {
        assertThat(STRAIT.crossings(10.2, 50.5, 10.8, 50.6)).isEmpty();
        assertThat(STRAIT.crossings(9.0, 52.0, 12.0, 52.0)).as("east of the gates").isEmpty();
        // Sliding along a gate is not crossing it.
        assertThat(STRAIT.crossings(10.1, 50.2, 10.1, 50.8)).isEmpty();
    }

    @Test
    void aFixExactlyOnAGateCountsOnceOnTheWayThatArrivesThere() {
        assertThat(ends(STRAIT.crossings(10.0, 50.5, 10.1, 50.5))).containsExactly("south");
        assertThat(STRAIT.crossings(10.1, 50.5, 10.3, 50.5)).isEmpty();
        // Back out the same way: the fix on the gate is reached, then left without a crossing.
        assertThat(ends(STRAIT.crossings(10.3, 50.5, 10.1, 50.5))).containsExactly("south");
        assertThat(STRAIT.crossings(10.1, 50.5, 10.0, 50.5)).isEmpty();
    }

    @Test
    void aSegmentOverTheAntimeridianFindsTheGatesOnBothSides() {
        List<GateIndex.Crossing> east = DATELINE.crossings(-16.5, 179.8, -16.5, -179.8);
        assertThat(ends(east)).containsExactly("west", "east");
        assertThat(east.get(0).fraction()).isCloseTo(0.25, within(1e-9));
        assertThat(east.get(1).fraction()).isCloseTo(0.75, within(1e-9));
        assertThat(east.get(0).lon()).isCloseTo(179.9, within(1e-9));
        assertThat(east.get(1).lon()).as("normalised").isCloseTo(-179.9, within(1e-9));

        assertThat(ends(DATELINE.crossings(-16.5, -179.95, -16.5, 179.95))).isEmpty();
        assertThat(ends(DATELINE.crossings(-16.5, -179.8, -16.5, 179.95))).containsExactly("east");
        assertThat(ends(DATELINE.crossings(-16.5, 179.95, -16.5, 179.85))).containsExactly("west");
    }

    @Test
    void aGateDrawnAcrossTheAntimeridianIsCrossedOnEitherSide() {
        // A catalogue may draw a gate beyond 180; it is split into its two sides.
        ZoneCatalogue catalogue =
                ZoneCatalogue.parse(
                        """
                        {"type":"FeatureCollection","features":[
                         {"type":"Feature","properties":{"id":"pass","kind":"chokepoint"},
                          "geometry":{"type":"Polygon","coordinates":
                           [[[179,-17],[181,-17],[181,-15],[179,-15],[179,-17]]]}},
                         {"type":"Feature","properties":{"kind":"gate","zone":"pass","end":"south"},
                          "geometry":{"type":"LineString","coordinates":[[179.5,-16.8],[180.5,-16.6]]}},
                         {"type":"Feature","properties":{"kind":"gate","zone":"pass","end":"north"},
                          "geometry":{"type":"LineString","coordinates":[[179.5,-15.4],[180.5,-15.2]]}}
                        ]}
                        """,
                        "test");
        GateIndex gates = new GateIndex(catalogue);
        assertThat(ends(gates.crossings(-17.0, 179.8, -15.0, 179.8)))
                .containsExactly("south", "north");
        assertThat(ends(gates.crossings(-17.0, -179.8, -15.0, -179.8)))
                .containsExactly("south", "north");
        // Over the antimeridian itself, one crossing each, not one per side.
        assertThat(ends(gates.crossings(-17.0, 179.99, -15.0, -179.99)))
                .containsExactly("south", "north");
    }
}
