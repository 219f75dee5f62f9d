package org.sealane.ais;

/** Small NMEA 0183 text primitives shared by the sentence and tag-block parsers. */
final class Nmea {

    private Nmea() {}

    /** XOR of the characters {@code s[from, to)}: the NMEA 0183 checksum. */
    static int checksum(CharSequence s, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum ^= s.charAt(i);
        }
        return sum;
    }

    /** The value of two hexadecimal digits at {@code at}, or -1 if they are not two hex digits. */
    static int hexByte(CharSequence s, int at, int end) {
        if (at + 2 > end) {
            return -1;
        }
        int hi = hexDigit(s.charAt(at));
        int lo = hexDigit(s.charAt(at + 1));
        return hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    /**
     * The non-negative decimal number {@code s[from, to)}, or -1 when the range is empty, holds
     * anything but digits, or has more than 18 digits.
     */
    static long digits(CharSequence s, int from, int to) {
        if (from >= to || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * An epoch number from a receiver: seconds, or milliseconds when larger than 10^11 (which as
     * seconds would lie beyond the year 5000). Returns epoch milliseconds.
     */
    static long epochMillis(long secondsOrMillis) {
        return secondsOrMillis > 100_000_000_000L ? secondsOrMillis : secondsOrMillis * 1000L;
    }

    static int indexOf(CharSequence s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
