package org.sealane.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sealane.track.GeoMath;

/**
 * A vessel sailing a route of waypoints at constant speed, reporting its position at a fixed
 * interval: the building block of generated sample tracks. Deterministic.
 *
 * @param mmsi the vessel's MMSI
 * @param name its name
 * @param speedKn speed over ground
 * @param start time of the first report
 * @param report interval between reports
 * @param route waypoints as {lat, lon} pairs
 * @param vesselType the AIS ship type (70 cargo, 35 military operations)
 */
record Voyage(
        long mmsi,
        String name,
        double speedKn,
        Instant start,
        Duration report,
        double[][] route,
        int vesselType) {

    /** AIS ship type of a cargo ship. */
    static final int CARGO = 70;

    /** AIS ship type of a warship ("military operations"). */
    static final int MILITARY = 35;

    /** A cargo ship's voyage. */
    Voyage(
            long mmsi,
            String name,
            double speedKn,
            Instant start,
            Duration report,
            double[][] route) {
        this(mmsi, name, speedKn, start, report, route, CARGO);
    }

    /** One position report of the voyage, as a MarineCadastre CSV row. */
    record Fix(
            Instant time,
            long mmsi,
            double lat,
            double lon,
            double speedKn,
            double courseDeg,
            String name,
            int vesselType) {
        String csv() {
            return String.format(
                    Locale.ROOT,
                    "%d,%s,%.5f,%.5f,%.1f,%.1f,%d,%s,,,%d",
                    mmsi,
                    time.toString().substring(0, 19),
                    lat,
                    lon,
                    speedKn,
                    courseDeg,
                    Math.round(courseDeg) % 360,
                    name,
                    vesselType);
        }
    }

    List<Fix> fixes() {
        List<Fix> fixes = new ArrayList<>();
        double metersPerMilli = speedKn * GeoMath.METERS_PER_NAUTICAL_MILE / 3_600_000.0;
        long elapsed = 0;
        long legStart = 0;
        for (int leg = 0; leg + 1 < route.length; leg++) {
            double[] from = route[leg];
            double[] to = route[leg + 1];
            double meters = GeoMath.distanceMeters(from[0], from[1], to[0], to[1]);
            long legMillis = Math.round(meters / metersPerMilli);
            double course = bearing(from, to);
            while (elapsed <= legStart + legMillis) {
                double f = legMillis == 0 ? 1 : (elapsed - legStart) / (double) legMillis;
                fixes.add(
                        new Fix(
                                start.plusMillis(elapsed),
                                mmsi,
                                from[0] + f * (to[0] - from[0]),
                                from[1] + f * (to[1] - from[1]),
                                speedKn,
                                course,
                                name,
                                vesselType));
                elapsed += report.toMillis();
            }
            legStart += legMillis;
        }
        return fixes;
    }

    private static double bearing(double[] from, double[] to) {
        double phi1 = Math.toRadians(from[0]);
        double phi2 = Math.toRadians(to[0]);
        double dLambda = Math.toRadians(to[1] - from[1]);
        double y = Math.sin(dLambda) * Math.cos(phi2);
        double x =
                Math.cos(phi1) * Math.sin(phi2)
                        - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }
}
