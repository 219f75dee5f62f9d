package org.sealane.simulate;

import org.sealane.track.GeoMath;

/**
 * Sailing at a constant course (a loxodrome), as ships steer between waypoints: positions along it
 * at uniform speed, its length and course. Across the antimeridian it takes the short way round.
 */
final class RhumbLine {

    private final LatLon from;
    private final double phi1;
    private final double dPhi;
    private final double dLambda;
    private final double meters;
    private final double courseDeg;

    RhumbLine(LatLon from, LatLon to) {
        this.from = from;
        phi1 = Math.toRadians(from.lat());
        dPhi = Math.toRadians(to.lat()) - phi1;
        double lambda = to.lon() - from.lon();
        if (lambda > 180) {
            lambda -= 360;
        } else if (lambda < -180) {
            lambda += 360;
        }
        dLambda = Math.toRadians(lambda);
        double q = stretch(phi1, dPhi);
        meters = Math.hypot(dPhi, q * dLambda) * GeoMath.EARTH_RADIUS_M;
        courseDeg = (Math.toDegrees(Math.atan2(q * dLambda, dPhi)) + 360) % 360;
    }

    /**
     * Ratio of latitude change to Mercator (isometric) latitude change along the line; the cosine
     * of the latitude on an east-west line.
     */
    private static double stretch(double phi, double dPhi) {
        double dPsi = isometric(phi + dPhi) - isometric(phi);
        return Math.abs(dPsi) > 1e-12 ? dPhi / dPsi : Math.cos(phi);
    }

    private static double isometric(double phi) {
        return Math.log(Math.tan(Math.PI / 4 + phi / 2));
    }

    double meters() {
        return meters;
    }

    double courseDeg() {
        return courseDeg;
    }

    /** The position a fraction {@code f} (0..1) of the way along, at uniform speed. */
    LatLon at(double f) {
        // On a rhumb line the latitude changes in proportion to the distance sailed.
        double phi = phi1 + f * dPhi;
        double lambdaShare;
        double dPsi = isometric(phi1 + dPhi) - isometric(phi1);
        if (Math.abs(dPsi) > 1e-12) {
            lambdaShare = (isometric(phi) - isometric(phi1)) / dPsi;
        } else {
            lambdaShare = f;
        }
        return new LatLon(Math.toDegrees(phi), from.lon() + Math.toDegrees(lambdaShare * dLambda));
    }
}
