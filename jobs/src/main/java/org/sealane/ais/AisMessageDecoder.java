package org.sealane.ais;

import org.sealane.avro.RejectReason;
import org.sealane.input.DecodedInput;
import org.sealane.input.LineOutcome;
import org.sealane.model.PositionReport;
import org.sealane.model.StaticReport;

/**
 * Decodes the bits of one assembled AIS message (ITU-R M.1371-5) into sealane's reports: positions
 * from types 1, 2, 3 (class A), 9 (SAR aircraft), 18 (class B), 19 (class B extended) and 27 (long
 * range); static data from types 5 and 24 (each part of 24 on its own) and the static part of 19.
 * Other well-formed types are counted as {@link LineOutcome#OTHER_AIS_MESSAGE}.
 *
 * <p>A type 19 message yields a position that accounts for its input lines and a static report with
 * {@code inputLines} 0, so that line counts still add up.
 *
 * <p>Minimum lengths follow gpsd, which accepts type 1-3 messages from 163 bits and type 5 from 420
 * bits because many transmitters in the wild send them a few bits short. Reusable and not
 * thread-safe.
 */
final class AisMessageDecoder {

    private static final double MINUTES_1_10000 = 600_000.0;
    private static final double MINUTES_1_10 = 600.0;
    private static final int MAX_MMSI = 999_999_999;

    private String detail;

    /**
     * Decodes {@code bits} and hands the result to {@code out}.
     *
     * @return null when the message was reported or counted, else why it is rejected (see {@link
     *     #detail()}); the caller builds the rejected record, which needs the raw lines
     */
    RejectReason decode(SixBitPayload bits, long time, long sequence, int lines, DecodedInput out) {
        if (bits.bitLength() < 6) {
            return fail(RejectReason.BAD_LENGTH, "payload shorter than a message type");
        }
        int type = bits.unsigned(0, 6);
        if (type == 0 || type > 27) {
            return fail(RejectReason.UNKNOWN_TYPE, "AIS message type " + type);
        }
        switch (type) {
            case 1, 2, 3:
                return classA(bits, type, time, sequence, lines, out);
            case 5:
                return voyage(bits, time, sequence, lines, out);
            case 9:
                return searchAndRescue(bits, time, sequence, lines, out);
            case 18, 19:
                return classB(bits, type, time, sequence, lines, out);
            case 24:
                return classBStatic(bits, time, sequence, lines, out);
            case 27:
                return longRange(bits, time, sequence, lines, out);
            default:
                out.ignored(LineOutcome.OTHER_AIS_MESSAGE, lines);
                return null;
        }
    }

    private RejectReason classA(
            SixBitPayload bits, int type, long time, long seq, int lines, DecodedInput out) {
        RejectReason reason = checkHeader(bits, type, 163);
        if (reason != null) {
            return reason;
        }
        return position(
                bits.unsigned(8, 30),
                time,
                bits.signed(89, 27) / MINUTES_1_10000,
                bits.signed(61, 28) / MINUTES_1_10000,
                tenths(bits.unsigned(50, 10), 1023),
                tenths(bits.unsigned(116, 12), 3600),
                heading(bits.unsigned(128, 9)),
                bits.unsigned(38, 4),
                type,
                seq,
                lines,
                out);
    }

    private RejectReason searchAndRescue(
            SixBitPayload bits, long time, long seq, int lines, DecodedInput out) {
        RejectReason reason = checkHeader(bits, 9, 168);
        if (reason != null) {
            return reason;
        }
        int speed = bits.unsigned(50, 10);
        // Aircraft speed is in whole knots; 1023 means not available.
        return position(
                bits.unsigned(8, 30),
                time,
                bits.signed(89, 27) / MINUTES_1_10000,
                bits.signed(61, 28) / MINUTES_1_10000,
                speed == 1023 ? Double.NaN : speed,
                tenths(bits.unsigned(116, 12), 3600),
                -1,
                -1,
                9,
                seq,
                lines,
                out);
    }

    private RejectReason classB(
            SixBitPayload bits, int type, long time, long seq, int lines, DecodedInput out) {
        RejectReason reason = checkHeader(bits, type, type == 18 ? 168 : 312);
        if (reason != null) {
            return reason;
        }
        long mmsi = bits.unsigned(8, 30);
        reason =
                position(
                        mmsi,
                        time,
                        bits.signed(85, 27) / MINUTES_1_10000,
                        bits.signed(57, 28) / MINUTES_1_10000,
                        tenths(bits.unsigned(46, 10), 1023),
                        tenths(bits.unsigned(112, 12), 3600),
                        heading(bits.unsigned(124, 9)),
                        -1,
                        type,
                        seq,
                        lines,
                        out);
        if (reason == null && type == 19) {
            out.staticReport(
                    new StaticReport(
                            mmsi,
                            time,
                            -1,
                            null,
                            bits.text(143, 20),
                            shipType(bits.unsigned(263, 8)),
                            dimension(bits.unsigned(271, 9), bits.unsigned(280, 9)),
                            dimension(bits.unsigned(289, 6), bits.unsigned(295, 6)),
                            Double.NaN,
                            null,
                            19,
                            seq,
                            0));
        }
        return reason;
    }

    private RejectReason longRange(
            SixBitPayload bits, long time, long seq, int lines, DecodedInput out) {
        RejectReason reason = checkHeader(bits, 27, 96);
        if (reason != null) {
            return reason;
        }
        int speed = bits.unsigned(79, 6);
        int course = bits.unsigned(85, 9);
        // Type 27 trades resolution for range: 1/10 minute positions, whole knots (63 = not
        // available) and whole degrees (511 = not available).
        return position(
                bits.unsigned(8, 30),
                time,
                bits.signed(62, 17) / MINUTES_1_10,
                bits.signed(44, 18) / MINUTES_1_10,
                speed == 63 ? Double.NaN : speed,
                course >= 360 ? Double.NaN : course,
                -1,
                bits.unsigned(40, 4),
                27,
                seq,
                lines,
                out);
    }

    private RejectReason voyage(
            SixBitPayload bits, long time, long seq, int lines, DecodedInput out) {
        RejectReason reason = checkHeader(bits, 5, 420);
        if (reason != null) {
            return reason;
        }
        int imo = bits.unsigned(40, 30);
        int draught = bits.unsigned(294, 8);
        out.staticReport(
                new StaticReport(
                        bits.unsigned(8, 30),
                        time,
                        imo == 0 ? -1 : imo,
                        bits.text(70, 7),
                        bits.text(112, 20),
                        shipType(bits.unsigned(232, 8)),
                        dimension(bits.unsigned(240, 9), bits.unsigned(249, 9)),
                        dimension(bits.unsigned(258, 6), bits.unsigned(264, 6)),
                        draught == 0 ? Double.NaN : draught / 10.0,
                        bits.text(302, 20),
                        5,
                        seq,
                        lines));
        return null;
    }

    private RejectReason classBStatic(
            SixBitPayload bits, long time, long seq, int lines, DecodedInput out) {
        int part = bits.unsigned(38, 2);
        if (part > 1) {
            return fail(RejectReason.UNKNOWN_TYPE, "type 24 part number " + part);
        }
        RejectReason reason = checkHeader(bits, 24, part == 0 ? 160 : 168);
        if (reason != null) {
            return reason;
        }
        long mmsi = bits.unsigned(8, 30);
        if (part == 0) {
            out.staticReport(
                    new StaticReport(
                            mmsi,
                            time,
                            -1,
                            null,
                            bits.text(40, 20),
                            -1,
                            -1,
                            -1,
                            Double.NaN,
                            null,
                            24,
                            seq,
                            lines));
            return null;
        }
        // Auxiliary craft (MMSI 98MIDXXXX) send their mother ship's MMSI where others send
        // dimensions (ITU-R M.1371-5, message 24B).
        boolean auxiliary = mmsi / 10_000_000 == 98;
        out.staticReport(
                new StaticReport(
                        mmsi,
                        time,
                        -1,
                        bits.text(90, 7),
                        null,
                        shipType(bits.unsigned(40, 8)),
                        auxiliary ? -1 : dimension(bits.unsigned(132, 9), bits.unsigned(141, 9)),
                        auxiliary ? -1 : dimension(bits.unsigned(150, 6), bits.unsigned(156, 6)),
                        Double.NaN,
                        null,
                        24,
                        seq,
                        lines));
        return null;
    }

    private RejectReason checkHeader(SixBitPayload bits, int type, int minBits) {
        if (bits.bitLength() < minBits) {
            return fail(
                    RejectReason.BAD_LENGTH,
                    "type " + type + " needs " + minBits + " bits, got " + bits.bitLength());
        }
        long mmsi = bits.unsigned(8, 30);
        if (mmsi == 0 || mmsi > MAX_MMSI) {
            return fail(RejectReason.INVALID_MMSI, "MMSI " + mmsi);
        }
        return null;
    }

    private RejectReason position(
            long mmsi,
            long time,
            double lat,
            double lon,
            double speedKn,
            double courseDeg,
            int headingDeg,
            int navStatus,
            int type,
            long seq,
            int lines,
            DecodedInput out) {
        // 91° and 181° are ITU-R M.1371's "not available"; anything beyond 90/180 is unusable.
        if (!(Math.abs(lat) <= 90.0 && Math.abs(lon) <= 180.0)) {
            return fail(RejectReason.BAD_POSITION, "lat " + lat + " lon " + lon);
        }
        out.position(
                new PositionReport(
                        mmsi,
                        time,
                        lat,
                        lon,
                        speedKn,
                        courseDeg,
                        headingDeg,
                        navStatus,
                        type,
                        seq,
                        lines));
        return null;
    }

    /** A tenths field (speed 0.1 kn, course 0.1°) with its "not available" value and above. */
    private static double tenths(int raw, int notAvailable) {
        return raw >= notAvailable ? Double.NaN : raw / 10.0;
    }

    /** True heading: 511 is "not available"; 360..510 are not defined, so not usable either. */
    private static int heading(int raw) {
        return raw >= 360 ? -1 : raw;
    }

    /** Ship and cargo type 0 is "not available" (ITU-R M.1371-5, table 53). */
    private static int shipType(int raw) {
        return raw == 0 ? -1 : raw;
    }

    /** Length (A + B) or beam (C + D); all zero means the reference point is not available. */
    private static int dimension(int first, int second) {
        int sum = first + second;
        return sum == 0 ? -1 : sum;
    }

    private RejectReason fail(RejectReason reason, String why) {
        detail = why;
        return reason;
    }

    String detail() {
        return detail;
    }
}
