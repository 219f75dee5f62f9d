package org.sealane.input;

/**
 * Calendar arithmetic for the timestamps AIS inputs spell out field by field (CSV exports,
 * Gatehouse {@code $PGHP} sentences), without {@code java.time}'s per-call allocation: they run
 * once per input line.
 */
public final class UtcDates {

    /** Returned for a date or time that does not exist. */
    public static final long INVALID = Long.MIN_VALUE;

    private UtcDates() {}

    /**
     * Epoch milliseconds of a UTC date and time, or {@link #INVALID} if any field is out of range
     * (including 31 February; a leap second 60 is accepted and rolls over).
     */
    public static long epochMillis(
            int year, int month, int day, int hour, int minute, int second, int millis) {
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > daysInMonth(year, month)
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 60
                || millis < 0
                || millis > 999) {
            return INVALID;
        }
        long days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }
}
