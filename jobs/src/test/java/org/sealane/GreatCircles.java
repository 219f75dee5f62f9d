package org.sealane;

import org.sealane.track.GeoMath;

/** Positions along great circles on sealane's sphere, for tests that place points by distance. */
public final class GreatCircles {

    private GreatCircles() {}

    /**
     * The position {@code meters} from the start along the initial bearing (radians from north);
     * longitude not wrapped.
     */
    public static double[] destination(double lat, double lon, double bearing, double meters) {
        double delta = meters / GeoMath.EARTH_RADIUS_M;
        double phi = Math.toRadians(lat);
        double phi2 =
                Math.asin(
                        Math.sin(phi) * Math.cos(delta)
                                + Math.cos(phi) * Math.sin(delta) * Math.cos(bearing));
        double lambda2 =
                Math.toRadians(lon)
                        + Math.atan2(
                                Math.sin(bearing) * Math.sin(delta) * Math.cos(phi),
                                Math.cos(delta) - Math.sin(phi) * Math.sin(phi2));
        return new double[] {Math.toDegrees(phi2), Math.toDegrees(lambda2)};
    }
}
