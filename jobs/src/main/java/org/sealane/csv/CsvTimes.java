package org.sealane.csv;

import org.sealane.input.UtcDates;

/**
 * Parses the fixed-layout timestamps of AIS CSV exports into epoch milliseconds (UTC) without
 * allocating: {@code java.time} parsing costs about a microsecond a row, more than all the rest of
 * a row together.
 */
final class CsvTimes {

    static final long INVALID = UtcDates.INVALID;

    private CsvTimes() {}

    /**
     * {@code yyyy-MM-ddTHH:mm:ss} or {@code yyyy-MM-dd HH:mm:ss}, optional {@code .SSS}, optional
     * {@code Z}.
     */
    static long isoLocal(String text) {
        return isoLocal(text, 0, text.length());
    }

    /** {@link #isoLocal(String)} of {@code text[from, to)}. */
    static long isoLocal(String text, int from, int to) {
        if (to - from < 19
                || text.charAt(from + 4) != '-'
                || text.charAt(from + 7) != '-'
                || (text.charAt(from + 10) != 'T' && text.charAt(from + 10) != ' ')
                || text.charAt(from + 13) != ':'
                || text.charAt(from + 16) != ':') {
            return INVALID;
        }
        return UtcDates.epochMillis(
                digits(text, from, 4),
                digits(text, from + 5, 2),
                digits(text, from + 8, 2),
                digits(text, from + 11, 2),
                digits(text, from + 14, 2),
                digits(text, from + 17, 2),
                fraction(text, from + 19, to));
    }

    /** {@code dd/MM/yyyy HH:mm:ss}, the Danish Maritime Authority's layout. */
    static long dayFirst(String text) {
        return dayFirst(text, 0, text.length());
    }

    /** {@link #dayFirst(String)} of {@code text[from, to)}. */
    static long dayFirst(String text, int from, int to) {
        if (to - from < 19
                || text.charAt(from + 2) != '/'
                || text.charAt(from + 5) != '/'
                || text.charAt(from + 10) != ' '
                || text.charAt(from + 13) != ':'
                || text.charAt(from + 16) != ':') {
            return INVALID;
        }
        return UtcDates.epochMillis(
                digits(text, from + 6, 4),
                digits(text, from + 3, 2),
                digits(text, from, 2),
                digits(text, from + 11, 2),
                digits(text, from + 14, 2),
                digits(text, from + 17, 2),
                fraction(text, from + 19, to));
    }

    /**
     * Milliseconds of an optional {@code .S}, {@code .SS} or {@code .SSS} and {@code Z}; -1 if bad.
     */
    private static int fraction(String text, int at, int end) {
        if (at == end || (at == end - 1 && text.charAt(at) == 'Z')) {
            return 0;
        }
        if (text.charAt(at) != '.') {
            return -1;
        }
        int millis = 0;
        int scale = 100;
        int i = at + 1;
        for (; i < end && text.charAt(i) != 'Z'; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            millis += (c - '0') * scale;
            scale /= 10;
        }
        return i == at + 1 || (i < end && i != end - 1) ? -1 : millis;
    }

    private static int digits(String text, int at, int n) {
        int value = 0;
        for (int i = at; i < at + n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
