package org.sealane.csv;

import java.util.Locale;

/**
 * Where the position columns of one CSV export sit, found by name in its header line, and how its
 * times are written.
 */
enum CsvLayout {
    /** NOAA / BOEM MarineCadastre: {@code MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,...}. */
    MARINECADASTRE(
            names("MMSI"),
            names("BaseDateTime"),
            names("LAT"),
            names("LON"),
            names("SOG"),
            names("COG"),
            names("Heading"),
            names("Status"),
            names(),
            names("VesselName")),
    /** Danish Maritime Authority aisdk: {@code # Timestamp,Type of mobile,MMSI,Latitude,...}. */
    DMA(
            names("MMSI"),
            names("# Timestamp"),
            names("Latitude"),
            names("Longitude"),
            names("SOG"),
            names("COG"),
            names("Heading"),
            names("Navigational status"),
            names("Type of mobile"),
            names("Name")),
    /**
     * Any other export whose header names its columns with one of the usual names (the first that
     * is there counts), with ISO-8601 times in UTC: for example the Solent tracks of dstl's Stone
     * Soup, {@code Time,MMSI,Latitude_degrees,Longitude_degrees,COG_degrees,SOG_knots}.
     */
    NAMED(
            names("MMSI"),
            names("Time", "Timestamp", "BaseDateTime", "DateTime", "Date_Time", "Time_UTC"),
            names("Latitude", "Lat", "Latitude_degrees"),
            names("Longitude", "Lon", "Long", "Lng", "Longitude_degrees"),
            names("SOG", "Speed", "SOG_knots", "SpeedOverGround"),
            names("COG", "Course", "COG_degrees", "CourseOverGround"),
            names("Heading", "HDG", "TrueHeading", "Heading_degrees"),
            names("Status", "NavStatus", "Navigational status"),
            names(),
            names("VesselName", "Name", "ShipName", "Vessel_Name"));

    final String[] mmsi;
    final String[] time;
    final String[] lat;
    final String[] lon;
    final String[] speed;
    final String[] course;
    final String[] heading;
    final String[] navStatus;
    final String[] mobileType;
    final String[] vesselName;

    CsvLayout(
            String[] mmsi,
            String[] time,
            String[] lat,
            String[] lon,
            String[] speed,
            String[] course,
            String[] heading,
            String[] navStatus,
            String[] mobileType,
            String[] vesselName) {
        this.mmsi = mmsi;
        this.time = time;
        this.lat = lat;
        this.lon = lon;
        this.speed = speed;
        this.course = course;
        this.heading = heading;
        this.navStatus = navStatus;
        this.mobileType = mobileType;
        this.vesselName = vesselName;
    }

    private static String[] names(String... names) {
        return names;
    }

    /**
     * True if the line is this layout's header. Data rows start with a digit (an MMSI or a date),
     * so only the rare other lines are searched for the column names.
     */
    boolean isHeader(String line) {
        char first = line.charAt(0);
        if (first >= '0' && first <= '9') {
            return false;
        }
        return switch (this) {
            case DMA -> line.startsWith("# Timestamp,");
            case MARINECADASTRE -> line.contains(mmsi[0]) && line.contains(time[0]);
            case NAMED -> line.toUpperCase(Locale.ROOT).contains("MMSI");
        };
    }

    long parseTime(String text, int from, int to) {
        return this == DMA ? CsvTimes.dayFirst(text, from, to) : CsvTimes.isoLocal(text, from, to);
    }

    /**
     * The AIS navigational status code of a status column: numeric in MarineCadastre, the ITU
     * wording in DMA exports. -1 when absent or not recognised.
     */
    static int navStatus(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        char first = text.charAt(0);
        if (first >= '0' && first <= '9') {
            try {
                int code =
                        Integer.parseInt(
                                text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
                return code >= 0 && code <= 15 ? code : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        String s = text.toLowerCase(Locale.ROOT);
        if (s.startsWith("under way using engine")) return 0;
        if (s.startsWith("at anchor")) return 1;
        if (s.startsWith("not under command")) return 2;
        if (s.startsWith("restricted")) return 3;
        if (s.startsWith("constrained")) return 4;
        if (s.startsWith("moored")) return 5;
        if (s.startsWith("aground")) return 6;
        if (s.startsWith("engaged in fishing")) return 7;
        if (s.startsWith("under way sailing")) return 8;
        if (s.contains("[hsc]")) return 9;
        if (s.contains("[wig]")) return 10;
        if (s.startsWith("power-driven vessel towing astern")) return 11;
        if (s.startsWith("power-driven vessel pushing")) return 12;
        if (s.startsWith("reserved for future use")) return 13;
        if (s.startsWith("ais-sart")) return 14;
        return s.startsWith("unknown") || s.startsWith("undefined") ? 15 : -1;
    }
}
