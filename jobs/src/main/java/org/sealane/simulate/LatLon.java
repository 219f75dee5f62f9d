package org.sealane.simulate;

/**
 * A position on the sea surface, decimal degrees (WGS84), longitude normalised to [-180, 180).
 *
 * @param lat latitude, north positive
 * @param lon longitude, east positive
 */
public record LatLon(double lat, double lon) {

    public LatLon {
        lon = normalise(lon);
    }

    static double normalise(double lon) {
        double wrapped = ((lon + 180) % 360 + 360) % 360 - 180;
        return wrapped == -180 && lon > 0 ? 180 : wrapped;
    }
}
