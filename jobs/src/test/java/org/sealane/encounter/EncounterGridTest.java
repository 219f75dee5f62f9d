package org.sealane.encounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sealane.GreatCircles;
import org.sealane.config.SealaneConfig;
import org.sealane.track.DetectorThresholds;
import org.sealane.track.GeoMath;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/**
 * The encounter grid (500 m default reach): a position goes to its home cell and to exactly the
 * neighbouring cells that its reach box (500 m north and south, 500 m east and west along its
 * parallel) overlaps; two positions within 500 m always meet in a cell that is home to one of them.
 * Cell edges are found by probing the grid itself, not by repeating its arithmetic.
 */
class EncounterGridTest {

    private static final double REACH = 500;
    private static final double METERS_PER_DEGREE = GeoMath.EARTH_RADIUS_M * Math.PI / 180;
    private static final EncounterGrid GRID = grid();

    private static EncounterGrid grid() {
        try {
            Zone zone =
                    new Zone(
                            "somewhere",
                            null,
                            ZoneKind.PATROL,
                            new WKTReader().read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
                            List.of(),
                            Map.of());
            return new EncounterGrid(
                    ZoneCatalogue.of("test", List.of(zone)),
                    new DetectorThresholds(SealaneConfig.defaults()));
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private record Sent(long cell, boolean home) {}

    private static List<Sent> sent(double lat, double lon) {
        List<Sent> cells = new ArrayList<>();
        GRID.forEachCell(lat, lon, (cell, home) -> cells.add(new Sent(cell, home)));
        return cells;
    }

    private static long home(double lat, double lon) {
        return sent(lat, lon).get(0).cell();
    }

    private static Set<Long> cells(double lat, double lon) {
        Set<Long> cells = new LinkedHashSet<>();
        sent(lat, lon).forEach(s -> cells.add(s.cell()));
        return cells;
    }

    private static double wrap(double lon) {
        return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    }

    /** Where the home cell ends going from {@code from} along {@code move} (step in degrees). */
    private static double edge(double from, double step, DoubleUnaryOperator key) {
        double start = key.applyAsDouble(from);
        double out = from;
        while (key.applyAsDouble(out) == start) {
            out += step;
        }
        double in = out - step;
        for (int i = 0; i < 60; i++) {
            double middle = (in + out) / 2;
            if (key.applyAsDouble(middle) == start) {
                in = middle;
            } else {
                out = middle;
            }
        }
        return in;
    }

    private static double northEdge(double lat, double lon) {
        return edge(lat, 0.002, l -> home(l, lon));
    }

    private static double eastEdge(double lat, double lon) {
        return edge(lon, 0.002, l -> home(lat, wrap(l)));
    }

    /** The cells the position's reach box overlaps, by sampling the box's outline every metre. */
    private static Set<Long> reachBox(double lat, double lon) {
        double dLat = REACH / METERS_PER_DEGREE;
        double dLon = REACH / (METERS_PER_DEGREE * Math.cos(Math.toRadians(lat)));
        Set<Long> cells = new LinkedHashSet<>();
        cells.add(home(lat, lon));
        int steps = 1000;
        for (int i = 0; i <= steps; i++) {
            double f = -1 + 2.0 * i / steps;
            cells.add(home(lat - dLat, wrap(lon + f * dLon)));
            cells.add(home(lat + dLat, wrap(lon + f * dLon)));
            cells.add(home(lat + f * dLat, wrap(lon - dLon)));
            cells.add(home(lat + f * dLat, wrap(lon + dLon)));
        }
        return cells;
    }

    private static void assertSentToExactlyItsReach(double lat, double lon, int expectedCells) {
        List<Sent> sent = sent(lat, lon);
        assertThat(sent.get(0).home()).isTrue();
        assertThat(sent.subList(1, sent.size())).noneMatch(Sent::home);
        assertThat(cells(lat, lon))
                .as("cells of %s, %s", lat, lon)
                .hasSize(sent.size())
                .containsExactlyInAnyOrderElementsOf(reachBox(lat, lon))
                .hasSize(expectedCells);
    }

    /** A point {@code north} and {@code east} metres inside the NE corner of a cell. */
    private static double[] insideNorthEastCorner(
            double lat, double lon, double south, double west) {
        double north = northEdge(lat, lon);
        double east = eastEdge(lat, lon);
        double pLat = north - south / METERS_PER_DEGREE;
        double pLon = east - west / (METERS_PER_DEGREE * Math.cos(Math.toRadians(pLat)));
        return new double[] {pLat, wrap(pLon)};
    }

    @Test
    void farFromEveryEdgeOnlyTheHomeCell() {
        for (double lat : new double[] {1.0, 45.3, 70.2, -62.7}) {
            double[] p = insideNorthEastCorner(lat, 10.0, 0, 0);
            // Back off 900 m from the north-east corner: still far from the south and west (cells
            // are at least 2 km wide and tall).
            double[] centre = insideNorthEastCorner(p[0] - 1e-7, p[1] - 1e-7, 900, 900);
            assertSentToExactlyItsReach(centre[0], centre[1], 1);
        }
    }

    @Test
    void nearANorthOrEastEdgeAlsoTheNeighboursBeyondIt() {
        for (double lat : new double[] {12.5, 70.1}) {
            double[] north = insideNorthEastCorner(lat, 30.0, 100, 900);
            assertThat(cells(north[0], north[1])).hasSizeBetween(2, 3);
            assertSentToExactlyItsReach(north[0], north[1], cells(north[0], north[1]).size());

            double[] east = insideNorthEastCorner(lat, 30.0, 900, 100);
            assertSentToExactlyItsReach(east[0], east[1], 2);

            double[] corner = insideNorthEastCorner(lat, 30.0, 100, 100);
            // The band to the north has columns of its own: one or two of them are in reach.
            assertThat(cells(corner[0], corner[1])).hasSizeBetween(3, 4);
            assertSentToExactlyItsReach(corner[0], corner[1], cells(corner[0], corner[1]).size());

            double[] outOfReach = insideNorthEastCorner(lat, 30.0, 520, 520);
            assertSentToExactlyItsReach(outOfReach[0], outOfReach[1], 1);
        }
    }

    @Test
    void atTheAntimeridianTheNeighbourIsOnTheOtherSide() {
        double west = 179.9999;
        double east = -179.9999;
        assertThat(home(12.5, west)).isNotEqualTo(home(12.5, east));
        assertThat(cells(12.5, west)).contains(home(12.5, east));
        assertThat(cells(12.5, east)).contains(home(12.5, west));
        assertSentToExactlyItsReach(12.5, west, cells(12.5, west).size());
        assertSentToExactlyItsReach(70.3, east, cells(70.3, east).size());
        assertThat(home(12.5, 180.0)).isEqualTo(home(12.5, -180.0));
    }

    @Property(tries = 3000)
    void twoPositionsWithinReachShareACellThatIsHomeToOneOfThem(
            @ForAll @DoubleRange(min = -80, max = 80) double lat,
            @ForAll @DoubleRange(min = -180, max = 180) double lon,
            @ForAll @DoubleRange(min = 0, max = 360) double bearing,
            @ForAll @DoubleRange(min = 0, max = 500) double meters) {
        double[] other = GreatCircles.destination(lat, lon, Math.toRadians(bearing), meters);
        double otherLat = other[0];
        double otherLon = wrap(other[1]);
        Assume.that(GeoMath.distanceMeters(lat, lon, otherLat, otherLon) <= REACH);

        boolean meet =
                cells(lat, lon).contains(home(otherLat, otherLon))
                        || cells(otherLat, otherLon).contains(home(lat, lon));

        assertThat(meet).as("%s,%s and %s,%s", lat, lon, otherLat, otherLon).isTrue();
    }
}
