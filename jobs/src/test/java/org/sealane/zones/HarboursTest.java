package org.sealane.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sealane.GreatCircles;
import org.sealane.track.GeoMath;

/**
 * The bundled harbour list: near and far around Rotterdam, and the remembered answers for small
 * cells always equal to measuring each position.
 */
class HarboursTest {

    private static final double RADIUS = 10_000;

    private static List<double[]> bundledNear(double lat, double lon, double degrees) {
        List<double[]> points = new ArrayList<>();
        for (double[] point : Harbours.bundledPoints()) {
            if (Math.abs(point[0] - lat) < degrees && Math.abs(point[1] - lon) < degrees) {
                points.add(point);
            }
        }
        return points;
    }

    private static boolean measured(List<double[]> harbours, double lat, double lon) {
        for (double[] harbour : harbours) {
            if (GeoMath.distanceMeters(lat, lon, harbour[0], harbour[1]) <= RADIUS) {
                return true;
            }
        }
        return false;
    }

    private static Harbours only(double lat, double lon) {
        return Harbours.of(List.<double[]>of(new double[] {lat, lon}), RADIUS);
    }

    @Test
    void rotterdamPortIsNearTheMiddleOfTheNorthSeaIsNot() {
        Harbours harbours = Harbours.bundled(RADIUS);

        assertThat(harbours.near(51.95, 4.14)).as("Maasvlakte").isTrue();
        assertThat(harbours.near(51.905, 4.48)).as("Rotterdam city port").isTrue();
        assertThat(harbours.near(55.5, 3.0)).as("mid North Sea").isFalse();
        assertThat(Harbours.bundled(0).near(51.95, 4.14)).as("check turned off").isFalse();
    }

    @Test
    void theRememberedAnswerIsTheMeasuredOneOnAGridAroundRotterdam() {
        // From the Maas mouth out to sea, across the edge of the harbours' 10 km.
        List<double[]> nearby = bundledNear(52.1, 3.7, 1.0);
        Harbours harbours = Harbours.bundled(RADIUS);
        int near = 0;
        int points = 0;
        for (double lat = 51.85; lat <= 52.35; lat += 0.0017) {
            for (double lon = 3.2; lon <= 4.2; lon += 0.0023) {
                boolean expected = measured(nearby, lat, lon);
                assertThat(harbours.near(lat, lon)).as("%s, %s", lat, lon).isEqualTo(expected);
                near += expected ? 1 : 0;
                points++;
            }
        }
        assertThat(near).as("both answers occur").isBetween(points / 10, points * 9 / 10);
    }

    @Test
    void everyCornerOfACellGetsTheMeasuredAnswerAsAHarbourMovesThroughTheEdgeOfReach() {
        // A cell of the 0.005-degree cache at 52 N and its corners; the two towards the equator
        // lie a little (5 mm) farther from its centre than the two towards the pole.
        double cell = 0.005;
        double centreLat = -90 + (28_400 + 0.5) * cell;
        double centreLon = -180 + (36_870 + 0.5) * cell;
        double[][] corners = {
            {centreLat - cell / 2 + 1e-9, centreLon + cell / 2 - 1e-9},
            {centreLat - cell / 2 + 1e-9, centreLon - cell / 2 + 1e-9},
            {centreLat + cell / 2 - 1e-9, centreLon + cell / 2 - 1e-9},
            {centreLat + cell / 2 - 1e-9, centreLon - cell / 2 + 1e-9},
        };
        for (double[] corner : corners) {
            double cornerMeters =
                    GeoMath.distanceMeters(centreLat, centreLon, corner[0], corner[1]);
            // A harbour straight beyond the centre, seen from the corner, at about the radius
            // less the corner's distance from the centre: the cell is wholly near, or not quite.
            double away = bearing(centreLat, centreLon, corner[0], corner[1]) + Math.PI;
            for (double mm = -10; mm <= 10; mm += 0.5) {
                double[] harbour =
                        GreatCircles.destination(
                                centreLat, centreLon, away, RADIUS - cornerMeters + mm / 1000);
                Harbours one = only(harbour[0], harbour[1]);
                boolean expected =
                        GeoMath.distanceMeters(corner[0], corner[1], harbour[0], harbour[1])
                                <= RADIUS;
                assertThat(one.near(corner[0], corner[1]))
                        .as("corner %s,%s, harbour %s mm off", corner[0], corner[1], mm)
                        .isEqualTo(expected);
            }
        }
    }

    private static double bearing(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dLambda = Math.toRadians(lon2 - lon1);
        return Math.atan2(
                Math.sin(dLambda) * Math.cos(phi2),
                Math.cos(phi1) * Math.sin(phi2)
                        - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda));
    }
}
