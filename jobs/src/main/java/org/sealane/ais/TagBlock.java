package org.sealane.ais;

import org.sealane.avro.RejectReason;
import org.sealane.model.PositionReport;

/**
 * The IEC 61162-450 tag block that may precede a sentence: {@code \s:source,c:time,g:1-2-17*hh\}.
 * Keeps the receive time ({@code c:}), the source ({@code s:}) and sentence grouping ({@code
 * g:n-m-id}); other parameters ({@code T:}, {@code q:}, {@code n:}, ...) are skipped. Reusable and
 * not thread-safe: {@link #parse} overwrites the previous result.
 */
final class TagBlock {

    private long time;
    private int sourceFrom;
    private int sourceTo;
    private int groupId;
    private String detail;

    /**
     * Parses the tag block {@code line[from, to)} without its enclosing backslashes.
     *
     * @return null when it is usable, else why the line is rejected (see {@link #detail()})
     */
    RejectReason parse(String line, int from, int to) {
        time = PositionReport.UNKNOWN_TIME;
        sourceFrom = sourceTo = -1;
        groupId = -1;
        int star = Nmea.indexOf(line, '*', from, to);
        int fieldsEnd = star < 0 ? to : star;
        // The checksum is optional in IEC 61162-450 but, when present, guards the time and
        // source this line will be attributed to.
        if (star >= 0) {
            int expected = Nmea.hexByte(line, star + 1, to);
            if (expected < 0 || star + 3 != to) {
                return fail(RejectReason.NMEA_SYNTAX, "tag block checksum is not two hex digits");
            }
            int actual = Nmea.checksum(line, from, star);
            if (actual != expected) {
                return fail(
                        RejectReason.NMEA_CHECKSUM,
                        "tag block checksum " + hex(expected) + ", computed " + hex(actual));
            }
        }
        int field = from;
        while (field < fieldsEnd) {
            int comma = Nmea.indexOf(line, ',', field, fieldsEnd);
            int end = comma < 0 ? fieldsEnd : comma;
            if (end - field < 2 || line.charAt(field + 1) != ':') {
                return fail(RejectReason.NMEA_SYNTAX, "tag block parameter without 'x:'");
            }
            RejectReason reason = parameter(line, line.charAt(field), field + 2, end);
            if (reason != null) {
                return reason;
            }
            field = end + 1;
        }
        return null;
    }

    private RejectReason parameter(String line, char code, int from, int to) {
        switch (code) {
            case 'c':
                long c = Nmea.digits(line, from, to);
                if (c < 0) {
                    return fail(RejectReason.BAD_TIMESTAMP, "tag block c: is not a number");
                }
                time = Nmea.epochMillis(c);
                return null;
            case 's':
                sourceFrom = from;
                sourceTo = to;
                return null;
            case 'g':
            case 'G':
                return group(line, from, to);
            default:
                return null;
        }
    }

    private RejectReason group(String line, int from, int to) {
        int dash1 = Nmea.indexOf(line, '-', from, to);
        int dash2 = dash1 < 0 ? -1 : Nmea.indexOf(line, '-', dash1 + 1, to);
        long n = dash1 < 0 ? -1 : Nmea.digits(line, from, dash1);
        long m = dash2 < 0 ? -1 : Nmea.digits(line, dash1 + 1, dash2);
        long id = dash2 < 0 ? -1 : Nmea.digits(line, dash2 + 1, to);
        if (n < 1 || m < n || m > 99 || id < 0 || id > Integer.MAX_VALUE) {
            return fail(RejectReason.NMEA_SYNTAX, "tag block g: is not n-m-id");
        }
        groupId = (int) id;
        return null;
    }

    private RejectReason fail(RejectReason reason, String why) {
        detail = why;
        return reason;
    }

    private static String hex(int b) {
        return String.format("%02X", b);
    }

    /** Receive time in epoch milliseconds, or {@link PositionReport#UNKNOWN_TIME}. */
    long time() {
        return time;
    }

    boolean hasSource() {
        return sourceFrom >= 0;
    }

    /** The {@code s:} source; call only when {@link #hasSource()}. */
    String source(String line) {
        return line.substring(sourceFrom, sourceTo);
    }

    boolean hasGroup() {
        return groupId >= 0;
    }

    int groupId() {
        return groupId;
    }

    String detail() {
        return detail;
    }
}
