package org.sealane.ais;

import org.sealane.input.UtcDates;
import org.sealane.model.PositionReport;

/**
 * The date and time fields of a Gatehouse {@code $PGHP,1,yyyy,m,d,h,min,s,ms,...} sentence, which
 * Gatehouse receivers put before each AIS sentence to carry its receive time (UTC).
 */
final class GatehouseTime {

    private static final int FIELDS = 7;
    private static final int[] MIN = {1970, 1, 1, 0, 0, 0, 0};
    // Second 60 is a leap second; it is kept and lands on the next minute.
    private static final int[] MAX = {9999, 12, 31, 23, 59, 60, 999};

    private GatehouseTime() {}

    /**
     * Parses the fields starting at {@code line[from]} (the year), ending at the sentence's {@code
     * '*'}.
     *
     * @return epoch milliseconds, or {@link PositionReport#UNKNOWN_TIME} when a field is missing or
     *     out of range
     */
    static long parse(String line, int from, int to) {
        int[] v = new int[FIELDS];
        int field = from;
        for (int i = 0; i < FIELDS; i++) {
            int comma = Nmea.indexOf(line, ',', field, to);
            int end = comma < 0 ? to : comma;
            long value = Nmea.digits(line, field, end);
            if (value < MIN[i] || value > MAX[i]) {
                return PositionReport.UNKNOWN_TIME;
            }
            v[i] = (int) value;
            field = end + 1;
        }
        long time = UtcDates.epochMillis(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        return time == UtcDates.INVALID ? PositionReport.UNKNOWN_TIME : time;
    }
}
