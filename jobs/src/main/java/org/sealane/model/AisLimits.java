package org.sealane.model;

/** What makes an MMSI or a position usable, the same for every input format. */
public final class AisLimits {

    /** MMSIs are nine digits (ITU-R M.585); 0 is "not available". */
    public static final long MAX_MMSI = 999_999_999L;

    private AisLimits() {}

    public static boolean isValidMmsi(long mmsi) {
        return mmsi >= 1 && mmsi <= MAX_MMSI;
    }

    /**
     * Whether a position is on the globe. AIS marks "not available" with latitude 91° and longitude
     * 181° (ITU-R M.1371); anything beyond 90/180 places no vessel. NaN is not.
     */
    public static boolean isOnGlobe(double lat, double lon) {
        return Math.abs(lat) <= 90.0 && Math.abs(lon) <= 180.0;
    }
}
