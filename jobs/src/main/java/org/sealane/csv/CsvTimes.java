package org.sealane.csv;

/**
 * Parses the fixed-layout timestamps of AIS CSV exports into epoch milliseconds (UTC) without
 * allocating: {@code java.time} parsing costs about a microsecond a row, more than all the rest of
 * a row together.
 */
final class CsvTimes {

    static final long INVALID = Long.MIN_VALUE;

    private CsvTimes() {}

    /**
     * {@code yyyy-MM-ddTHH:mm:ss} or {@code yyyy-MM-dd HH:mm:ss}, optional {@code .SSS}, optional
     * Z.
     */
    static long isoLocal(String text) {
        if (text.length() < 19
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || (text.charAt(10) != 'T' && text.charAt(10) != ' ')
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return INVALID;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int millis = fraction(text, 19);
        return millis < 0 ? INVALID : epochMillis(year, month, day, hour, minute, second, millis);
    }

    /** {@code dd/MM/yyyy HH:mm:ss}, the Danish Maritime Authority's layout. */
    static long dayFirst(String text) {
        if (text.length() < 19
                || text.charAt(2) != '/'
                || text.charAt(5) != '/'
                || text.charAt(10) != ' '
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return INVALID;
        }
        int day = digits(text, 0, 2);
        int month = digits(text, 3, 2);
        int year = digits(text, 6, 4);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int millis = fraction(text, 19);
        return millis < 0 ? INVALID : epochMillis(year, month, day, hour, minute, second, millis);
    }

    private static int fraction(String text, int at) {
        int length = text.length();
        if (at == length || (at == length - 1 && text.charAt(at) == 'Z')) {
            return 0;
        }
        if (text.charAt(at) != '.') {
            return -1;
        }
        int millis = 0;
        int scale = 100;
        int i = at + 1;
        for (; i < length && text.charAt(i) != 'Z'; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            millis += (c - '0') * scale;
            scale /= 10;
        }
        return i == at + 1 || (i < length && i != length - 1) ? -1 : millis;
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

    private static long epochMillis(
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
                || second > 60) {
            return INVALID;
        }
        long days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }
}
