package org.sealane.ais;

import org.sealane.avro.RejectReason;
import org.sealane.model.PositionReport;

/**
 * One NMEA 0183 sentence ({@code !AIVDM,2,1,7,A,<payload>,0*hh}, {@code $PGHP,...*hh}, {@code
 * $GPGGA,...*hh}) checked for structure and checksum, with the fields of AIS {@code VDM}/{@code
 * VDO} sentences (IEC 61162-1, 8.3.95) located in the line rather than copied. Receiver fields
 * after the checksum are searched for an epoch time. Reusable and not thread-safe: {@link #parse}
 * overwrites the previous result.
 */
final class NmeaSentence {

    /** What the sentence is, once it parsed. */
    enum Kind {
        /** {@code VDM} (received) or {@code VDO} (own ship) AIS sentence, any talker. */
        AIS,
        /** Gatehouse {@code $PGHP,1,...}: the receive time of the sentence after it. */
        GATEHOUSE_TIME,
        /** Any other well-formed sentence. */
        OTHER
    }

    private static final int MAX_FIELDS_BEFORE_PAYLOAD = 5;

    private Kind kind;
    private int fragmentCount;
    private int fragmentNumber;
    private int sequentialId;
    private char channel;
    private int payloadFrom;
    private int payloadTo;
    private int fillBits;
    private long trailingTime;
    private long gatehouseTime;
    private String detail;

    // What scan() noted: the first '*', the XOR of everything before it, and the commas before it
    // (the first MAX_FIELDS_BEFORE_PAYLOAD + 3 of them, and how many there were).
    private int star;
    private int scannedSum;
    private int commaCount;
    private final int[] commas = new int[MAX_FIELDS_BEFORE_PAYLOAD + 3];

    /**
     * Reads the sentence part {@code line[from, to)} of a line once: checks that it is printable
     * ASCII (NMEA 0183 is; anything else is line noise or a wrong encoding) and, up to the checksum
     * delimiter, computes the checksum and notes the commas. {@link #parse} then works from these
     * notes instead of reading the line again for each of them (see docs/benchmarks.md for what
     * that saved).
     *
     * @return the index of the first character that is not printable ASCII, or -1
     */
    int scan(String line, int from, int to) {
        int sum = 0;
        int n = 0;
        int i = from;
        for (; i < to; i++) {
            char c = line.charAt(i);
            if (c < ' ' || c > '~') {
                return i;
            }
            if (c == '*') {
                break;
            }
            if (c == ',') {
                if (n < commas.length) {
                    commas[n] = i;
                }
                n++;
            }
            sum ^= c;
        }
        star = i < to ? i : -1;
        scannedSum = sum;
        commaCount = n;
        // The checksum and receiver fields after the '*' need only the ASCII check.
        for (i++; i < to; i++) {
            char c = line.charAt(i);
            if (c < ' ' || c > '~') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Parses the sentence {@code line[from, to)} that {@link #scan} has just read, which starts
     * with '!' or '$' and has no blanks around it.
     *
     * @return null when the sentence is usable, else why the line is rejected (see {@link
     *     #detail()})
     */
    RejectReason parse(String line, int from, int to) {
        trailingTime = PositionReport.UNKNOWN_TIME;
        char start = line.charAt(from);
        if (start != '!' && start != '$') {
            return fail(RejectReason.NMEA_SYNTAX, "not an NMEA sentence (no '!' or '$')");
        }
        if (star < 0) {
            return fail(RejectReason.NMEA_SYNTAX, "no checksum");
        }
        int expected = Nmea.hexByte(line, star + 1, to);
        if (expected < 0) {
            return fail(RejectReason.NMEA_SYNTAX, "checksum is not two hex digits");
        }
        // The checksum covers what lies between the start character and the '*'.
        int actual = scannedSum ^ start;
        if (actual != expected) {
            return fail(
                    RejectReason.NMEA_CHECKSUM,
                    String.format("checksum %02X, computed %02X", expected, actual));
        }
        // Receivers append their own fields after the checksum (USCG, exactEarth, libais test
        // logs); anything else there (stray escapes such as a literal "\x0d") is not ours.
        if (star + 3 < to && line.charAt(star + 3) == ',') {
            trailingTime = trailingEpoch(line, star + 4, to);
        }
        int addressEnd = commaCount > 0 ? commas[0] : star;
        int addressLength = addressEnd - from - 1;
        if (addressLength < 2 || addressLength > 10) {
            return fail(RejectReason.NMEA_SYNTAX, "bad address field");
        }
        if (addressLength == 5
                && line.charAt(from + 3) == 'V'
                && line.charAt(from + 4) == 'D'
                && (line.charAt(from + 5) == 'M' || line.charAt(from + 5) == 'O')) {
            kind = Kind.AIS;
            return parseAis(line, star);
        }
        if (line.startsWith("PGHP,1,", from + 1)) {
            kind = Kind.GATEHOUSE_TIME;
            gatehouseTime = GatehouseTime.parse(line, addressEnd + 3, star);
            if (gatehouseTime == PositionReport.UNKNOWN_TIME) {
                return fail(RejectReason.BAD_TIMESTAMP, "$PGHP date or time out of range");
            }
            return null;
        }
        kind = Kind.OTHER;
        return null;
    }

    private RejectReason parseAis(String line, int star) {
        if (commaCount != 6) {
            return fail(RejectReason.NMEA_SYNTAX, "VDM/VDO needs 7 fields");
        }
        fragmentCount = (int) Nmea.digits(line, commas[0] + 1, commas[1]);
        fragmentNumber = (int) Nmea.digits(line, commas[1] + 1, commas[2]);
        if (fragmentCount < 1 || fragmentCount > 9) {
            return fail(RejectReason.NMEA_SYNTAX, "fragment count is not 1..9");
        }
        if (fragmentNumber < 1 || fragmentNumber > fragmentCount) {
            return fail(RejectReason.NMEA_SYNTAX, "fragment number is not 1..count");
        }
        int idLength = commas[3] - commas[2] - 1;
        sequentialId =
                idLength == 0
                        ? -1
                        : idLength > 3 ? -2 : (int) Nmea.digits(line, commas[2] + 1, commas[3]);
        if (sequentialId < -1) {
            return fail(RejectReason.NMEA_SYNTAX, "sequential message id is not a number");
        }
        int channelLength = commas[4] - commas[3] - 1;
        if (channelLength > 1) {
            return fail(RejectReason.NMEA_SYNTAX, "radio channel is more than one character");
        }
        channel = channelLength == 0 ? ' ' : line.charAt(commas[3] + 1);
        payloadFrom = commas[4] + 1;
        payloadTo = commas[5];
        fillBits = star == commas[5] + 2 ? line.charAt(star - 1) - '0' : -1;
        if (fillBits < 0 || fillBits > 5) {
            // ITU-R M.1371 pads to whole six-bit characters, so 0..5 fill bits are possible.
            return fail(RejectReason.BAD_FILL_BITS, "fill bits are not 0..5");
        }
        return null;
    }

    /**
     * The first bare number of nine or more digits among the receiver fields: exactEarth appends
     * epoch milliseconds ({@code ,1328182324635}); USCG and libais logs append station fields with
     * letter prefixes and then epoch seconds ({@code ,r003669946,1325394060}).
     */
    private static long trailingEpoch(String line, int from, int to) {
        int field = from;
        while (field < to) {
            int comma = Nmea.indexOf(line, ',', field, to);
            int end = comma < 0 ? to : comma;
            if (end - field >= 9) {
                long v = Nmea.digits(line, field, end);
                if (v >= 0) {
                    return Nmea.epochMillis(v);
                }
            }
            field = end + 1;
        }
        return PositionReport.UNKNOWN_TIME;
    }

    private RejectReason fail(RejectReason reason, String why) {
        detail = why;
        return reason;
    }

    Kind kind() {
        return kind;
    }

    int fragmentCount() {
        return fragmentCount;
    }

    int fragmentNumber() {
        return fragmentNumber;
    }

    /** The sequential message id that ties fragments together, or -1 when the field is empty. */
    int sequentialId() {
        return sequentialId;
    }

    /** The radio channel ('A', 'B', '1', '2', ...), or ' ' when the field is empty. */
    char channel() {
        return channel;
    }

    int payloadFrom() {
        return payloadFrom;
    }

    int payloadTo() {
        return payloadTo;
    }

    int fillBits() {
        return fillBits;
    }

    /** Epoch milliseconds from receiver fields after the checksum, or unknown. */
    long trailingTime() {
        return trailingTime;
    }

    /** Epoch milliseconds of a {@link Kind#GATEHOUSE_TIME} sentence. */
    long gatehouseTime() {
        return gatehouseTime;
    }

    String detail() {
        return detail;
    }
}
