package org.sealane.model;

/**
 * One decoded position of one vessel, as it travels between operators.
 *
 * <p>Optional AIS fields that were "not available" on the air are {@code NaN} (speed, course) or
 * {@code -1} (heading, navigation status), never the AIS sentinel values (102.3 kn, 360°, 511).
 *
 * @param mmsi the reporting vessel's MMSI
 * @param time event time in epoch milliseconds (UTC), or {@link #UNKNOWN_TIME} when the input
 *     carried no receiver time
 * @param lat latitude, decimal degrees, north positive
 * @param lon longitude, decimal degrees in [-180, 180], east positive
 * @param speedKn speed over ground in knots, or {@code NaN}
 * @param courseDeg course over ground in degrees true, or {@code NaN}
 * @param headingDeg true heading in degrees, or -1
 * @param navStatus AIS navigational status (0..15), or -1 when the source has none
 * @param messageType AIS message type, or 0 for a CSV row
 * @param sequence where it came from: an {@link InputLine} sequence (input and line), which also
 *     orders equal times deterministically
 * @param inputLines how many input lines this report was built from (multipart messages span
 *     several)
 */
public record PositionReport(
        long mmsi,
        long time,
        double lat,
        double lon,
        double speedKn,
        double courseDeg,
        int headingDeg,
        int navStatus,
        int messageType,
        long sequence,
        int inputLines) {

    /** Marks a report whose input carried no usable receiver time. */
    public static final long UNKNOWN_TIME = Long.MIN_VALUE;

    public boolean hasTime() {
        return time != UNKNOWN_TIME;
    }

    public PositionReport withTime(long newTime) {
        return new PositionReport(
                mmsi,
                newTime,
                lat,
                lon,
                speedKn,
                courseDeg,
                headingDeg,
                navStatus,
                messageType,
                sequence,
                inputLines);
    }
}
