package org.sealane.simulate;

import java.util.List;

/**
 * Waypoints of real shipping lanes through the chokepoints of the bundled catalogue, as (lat, lon),
 * each in its usual direction of the traffic separation scheme or the main route. Approximate (a
 * nautical mile or two), drawn from public charts' routeing and the sample voyages; not for
 * navigation. The zones themselves come from the catalogue file, never from here.
 */
final class ShippingLanes {

    /** North-west of One Fathom Bank, down the Strait of Malacca, out past Horsburgh. */
    static final List<LatLon> MALACCA_SINGAPORE_EASTBOUND =
            lane(
                    2.95, 100.45, 2.45, 101.15, 1.95, 102.05, 1.40, 102.90, 1.20, 103.40, 1.18,
                    103.85, 1.24, 104.30, 1.32, 104.85, 1.80, 105.40);

    /** Out of the Gulf past Bandar Abbas, through Hormuz to the Gulf of Oman. */
    static final List<LatLon> HORMUZ_OUTBOUND =
            lane(
                    26.75, 55.85, 26.55, 56.30, 26.40, 56.65, 26.15, 56.95, 25.80, 57.45, 25.30,
                    58.20);

    /** Gulf of Aden into the Red Sea, west of Perim. */
    static final List<LatLon> BAB_EL_MANDEB_NORTHBOUND =
            lane(
                    12.10, 44.20, 12.25, 43.80, 12.55, 43.40, 12.95, 43.10, 13.30, 42.80, 13.80,
                    42.40);

    /** Atlantic to the Mediterranean through the Strait of Gibraltar. */
    static final List<LatLon> GIBRALTAR_EASTBOUND =
            lane(35.95, -7.20, 35.92, -6.40, 35.95, -5.70, 36.00, -5.20, 36.05, -4.80);

    /** Through the Taiwan Strait, north to south, west of the Penghu islands. */
    static final List<LatLon> TAIWAN_SOUTHBOUND =
            lane(25.80, 120.60, 25.00, 120.00, 24.00, 119.20, 23.20, 118.60, 22.60, 118.20);

    /** Kattegat to the Baltic through the Øresund, Helsingør narrows and the Drogden channel. */
    static final List<LatLon> ORESUND_SOUTHBOUND =
            lane(
                    56.15, 12.60, 56.08, 12.64, 55.95, 12.66, 55.80, 12.72, 55.65, 12.80, 55.45,
                    12.85, 55.30, 12.90);

    /** Up the Straits of Florida with the Gulf Stream, Florida-Bimini narrows. */
    static final List<LatLon> FLORIDA_NORTHBOUND =
            lane(25.20, -80.00, 25.75, -79.85, 26.30, -79.80, 26.80, -79.75);

    /** From west of Key West along the Straits of Florida into the Florida-Bimini narrows. */
    static final List<LatLon> KEY_WEST_TO_FLORIDA_NARROWS =
            lane(
                    24.25, -82.00, 24.30, -81.50, 24.60, -80.70, 25.10, -80.05, 25.75, -79.85,
                    26.30, -79.80, 26.80, -79.75);

    /**
     * Port Said to Suez through the Suez Canal, by Lake Timsah at Ismailia and the Great Bitter
     * Lake, along the middle of the catalogue's canal corridor.
     */
    static final List<LatLon> SUEZ_SOUTHBOUND =
            lane(
                    31.40, 32.36, 31.25, 32.31, 30.95, 32.315, 30.72, 32.32, 30.65, 32.33, 30.57,
                    32.32, 30.45, 32.34, 30.38, 32.365, 30.30, 32.39, 30.16, 32.50, 30.10, 32.52,
                    30.00, 32.555, 29.93, 32.565, 29.80, 32.58);

    /** From the Gulf of Aden through Bab-el-Mandeb, west of Perim, and up the Red Sea. */
    static final List<LatLon> RED_SEA_NORTHBOUND =
            lane(
                    12.10, 44.20, 12.25, 43.80, 12.55, 43.40, 12.95, 43.10, 13.30, 42.80, 13.80,
                    42.40, 14.60, 41.95, 15.50, 41.35, 16.50, 40.60, 17.50, 39.90, 19.50, 38.70,
                    21.50, 37.90);

    /**
     * Down the Red Sea, through Bab-el-Mandeb and east along the southern, eastbound lane of the
     * Gulf of Aden's transit corridor (IRTC) into the Arabian Sea.
     */
    static final List<LatLon> RED_SEA_TO_ARABIAN_SEA =
            lane(
                    19.50, 38.70, 17.50, 39.90, 16.50, 40.60, 15.50, 41.35, 14.60, 41.95, 13.80,
                    42.40, 13.30, 42.80, 12.95, 43.10, 12.55, 43.40, 12.25, 43.80, 12.10, 44.20,
                    11.67, 44.50, 12.14, 46.00, 12.45, 47.00, 12.77, 48.00, 13.08, 49.00, 13.39,
                    50.00, 13.70, 51.00, 14.02, 52.00, 14.64, 54.00, 15.50, 57.00, 16.50, 60.50);

    /**
     * From the Arabian Sea west along the northern, westbound lane of the Gulf of Aden's transit
     * corridor, then through Bab-el-Mandeb and up the Red Sea.
     */
    static final List<LatLon> ARABIAN_SEA_TO_RED_SEA =
            lane(
                    15.50, 56.50, 14.78, 54.00, 14.16, 52.00, 13.85, 51.00, 13.53, 50.00, 13.22,
                    49.00, 12.91, 48.00, 12.60, 47.00, 12.28, 46.00, 11.81, 44.50, 12.10, 44.20,
                    12.25, 43.80, 12.55, 43.40, 12.95, 43.10, 13.30, 42.80, 13.80, 42.40, 14.60,
                    41.95, 15.50, 41.35, 16.50, 40.60, 17.50, 39.90, 19.50, 38.70);

    /** Out of the Singapore Strait north-east across the South China Sea, west of Natuna. */
    static final List<LatLon> SINGAPORE_NORTHEASTBOUND =
            lane(
                    1.60, 104.60, 2.40, 105.30, 4.60, 106.90, 7.20, 108.90, 8.80, 109.60, 11.50,
                    110.20, 13.50, 110.60);

    /**
     * Across the South China Sea south-west, a few miles east of the north-eastbound lane, then
     * through the Singapore Strait and up the Strait of Malacca.
     */
    static final List<LatLon> SINGAPORE_SOUTHWESTBOUND =
            lane(
                    11.50, 110.40, 8.80, 109.80, 7.20, 109.10, 4.60, 107.10, 2.40, 105.50, 1.80,
                    105.40, 1.32, 104.85, 1.24, 104.30, 1.18, 103.85, 1.20, 103.40, 1.40, 102.90,
                    1.95, 102.05, 2.45, 101.15, 2.95, 100.45);

    /** The lanes bulk traffic is spread over. */
    static final List<List<LatLon>> ALL =
            List.of(
                    MALACCA_SINGAPORE_EASTBOUND,
                    HORMUZ_OUTBOUND,
                    BAB_EL_MANDEB_NORTHBOUND,
                    GIBRALTAR_EASTBOUND,
                    TAIWAN_SOUTHBOUND,
                    ORESUND_SOUTHBOUND,
                    FLORIDA_NORTHBOUND,
                    KEY_WEST_TO_FLORIDA_NARROWS,
                    SUEZ_SOUTHBOUND);

    private ShippingLanes() {}

    private static List<LatLon> lane(double... latLon) {
        LatLon[] points = new LatLon[latLon.length / 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = new LatLon(latLon[2 * i], latLon[2 * i + 1]);
        }
        return List.of(points);
    }

    /** The lane sailed the other way. */
    static LatLon[] reversed(List<LatLon> lane) {
        LatLon[] points = new LatLon[lane.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = lane.get(lane.size() - 1 - i);
        }
        return points;
    }

    /** The lane's waypoints after the first, to sail from its first. */
    static LatLon[] onwards(List<LatLon> lane) {
        return lane.subList(1, lane.size()).toArray(LatLon[]::new);
    }
}
