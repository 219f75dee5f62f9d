package org.sealane.track;

/** Distances on the Earth, in metres; never in degrees. */
public final class GeoMath {

    /** IUGG mean Earth radius (R1), metres: the sphere that best fits the WGS84 ellipsoid. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    public static final double METERS_PER_NAUTICAL_MILE = 1852.0;

    private GeoMath() {}

    /**
     * Great-circle distance by the haversine formula: within 0.5% of the WGS84 geodesic, which is
     * far below AIS position noise at the distances sealane compares.
     */
    public static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double sinPhi = Math.sin(dPhi / 2);
        double sinLambda = Math.sin(dLambda / 2);
        double h = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Knots for a distance covered in a time; infinite for a distance in no time. */
    public static double knots(double meters, long millis) {
        if (millis <= 0) {
            return meters > 0 ? Double.POSITIVE_INFINITY : 0;
        }
        return meters / METERS_PER_NAUTICAL_MILE / (millis / 3_600_000.0);
    }
}
