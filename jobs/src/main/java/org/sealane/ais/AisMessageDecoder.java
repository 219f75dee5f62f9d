package org.sealane.ais;

import org.sealane.ais.AisLayouts.ClassA;
import org.sealane.ais.AisLayouts.ClassB;
import org.sealane.ais.AisLayouts.ClassBExtended;
import org.sealane.ais.AisLayouts.LongRange;
import org.sealane.ais.AisLayouts.SarAircraft;
import org.sealane.ais.AisLayouts.StaticA;
import org.sealane.ais.AisLayouts.StaticB;
import org.sealane.ais.AisLayouts.Voyage;
import org.sealane.avro.RejectReason;
import org.sealane.input.DecodedInput;
import org.sealane.input.LineOutcome;
import org.sealane.model.AisLimits;
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
 * <p>Lengths are those gpsd accepts ({@link AisLayouts}): a message outside its type's range is
 * rejected as {@link RejectReason#BAD_LENGTH}, as gpsd drops it. Every accepted message also goes,
 * whole, to the {@link AisMessageSink} when there is one; without one, decoding allocates nothing
 * beyond the reports. Reusable and not thread-safe.
 */
final class AisMessageDecoder {

    private static final double MINUTES_1_10000 = 600_000.0;
    private static final double MINUTES_1_10 = 600.0;

    private final AisMessageSink sink;
    private String detail;

    /**
     * @param sink receives every accepted message whole, or null
     */
    AisMessageDecoder(AisMessageSink sink) {
        this.sink = sink;
    }

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
        int type = AisLayouts.TYPE.unsigned(bits);
        AisLayout layout = AisLayouts.of(bits);
        if (layout == null) {
            return fail(
                    RejectReason.UNKNOWN_TYPE,
                    type == 24
                            ? "type 24 part number " + AisLayouts.PART.unsigned(bits)
                            : "AIS message type " + type);
        }
        int length = bits.bitLength();
        if (!layout.accepts(length)) {
            return fail(
                    RejectReason.BAD_LENGTH,
                    length < layout.minBits()
                            ? "type " + type + " needs " + layout.minBits() + " bits, got " + length
                            : "type "
                                    + type
                                    + " has at most "
                                    + layout.maxBits()
                                    + " bits, got "
                                    + length);
        }
        RejectReason reason = report(bits, type, time, sequence, lines, out);
        if (reason == null && sink != null) {
            sink.message(layout, bits, time, sequence);
        }
        return reason;
    }

    private RejectReason report(
            SixBitPayload bits, int type, long time, long seq, int lines, DecodedInput out) {
        switch (type) {
            case 1, 2, 3:
                return classA(bits, type, time, seq, lines, out);
            case 5:
                return voyage(bits, time, seq, lines, out);
            case 9:
                return searchAndRescue(bits, time, seq, lines, out);
            case 18, 19:
                return classB(bits, type, time, seq, lines, out);
            case 24:
                return classBStatic(bits, time, seq, lines, out);
            case 27:
                return longRange(bits, time, seq, lines, out);
            default:
                out.ignored(LineOutcome.OTHER_AIS_MESSAGE, lines);
                return null;
        }
    }

    private RejectReason classA(
            SixBitPayload bits, int type, long time, long seq, int lines, DecodedInput out) {
        RejectReason reason = checkMmsi(bits);
        if (reason != null) {
            return reason;
        }
        return position(
                AisLayouts.MMSI.unsigned(bits),
                time,
                ClassA.LAT.signed(bits) / MINUTES_1_10000,
                ClassA.LON.signed(bits) / MINUTES_1_10000,
                tenths(ClassA.SPEED.unsigned(bits), 1023),
                tenths(ClassA.COURSE.unsigned(bits), 3600),
                heading(ClassA.HEADING.unsigned(bits)),
                ClassA.STATUS.unsigned(bits),
                type,
                seq,
                lines,
                out);
    }

    private RejectReason searchAndRescue(
            SixBitPayload bits, long time, long seq, int lines, DecodedInput out) {
        RejectReason reason = checkMmsi(bits);
        if (reason != null) {
            return reason;
        }
        int speed = SarAircraft.SPEED.unsigned(bits);
        // Aircraft speed is in whole knots; 1023 means not available.
        return position(
                AisLayouts.MMSI.unsigned(bits),
                time,
                SarAircraft.LAT.signed(bits) / MINUTES_1_10000,
                SarAircraft.LON.signed(bits) / MINUTES_1_10000,
                speed == 1023 ? Double.NaN : speed,
                tenths(SarAircraft.COURSE.unsigned(bits), 3600),
                -1,
                -1,
                9,
                seq,
                lines,
                out);
    }

    private RejectReason classB(
            SixBitPayload bits, int type, long time, long seq, int lines, DecodedInput out) {
        RejectReason reason = checkMmsi(bits);
        if (reason != null) {
            return reason;
        }
        long mmsi = AisLayouts.MMSI.unsigned(bits);
        reason =
                position(
                        mmsi,
                        time,
                        ClassB.LAT.signed(bits) / MINUTES_1_10000,
                        ClassB.LON.signed(bits) / MINUTES_1_10000,
                        tenths(ClassB.SPEED.unsigned(bits), 1023),
                        tenths(ClassB.COURSE.unsigned(bits), 3600),
                        heading(ClassB.HEADING.unsigned(bits)),
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
                            ClassBExtended.SHIPNAME.text(bits),
                            shipType(ClassBExtended.SHIPTYPE.unsigned(bits)),
                            dimension(
                                    ClassBExtended.TO_BOW.unsigned(bits),
                                    ClassBExtended.TO_STERN.unsigned(bits)),
                            dimension(
                                    ClassBExtended.TO_PORT.unsigned(bits),
                                    ClassBExtended.TO_STARBOARD.unsigned(bits)),
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
        RejectReason reason = checkMmsi(bits);
        if (reason != null) {
            return reason;
        }
        int speed = LongRange.SPEED.unsigned(bits);
        int course = LongRange.COURSE.unsigned(bits);
        // Type 27 trades resolution for range: 1/10 minute positions, whole knots (63 = not
        // available) and whole degrees (511 = not available).
        return position(
                AisLayouts.MMSI.unsigned(bits),
                time,
                LongRange.LAT.signed(bits) / MINUTES_1_10,
                LongRange.LON.signed(bits) / MINUTES_1_10,
                speed == 63 ? Double.NaN : speed,
                course >= 360 ? Double.NaN : course,
                -1,
                LongRange.STATUS.unsigned(bits),
                27,
                seq,
                lines,
                out);
    }

    private RejectReason voyage(
            SixBitPayload bits, long time, long seq, int lines, DecodedInput out) {
        RejectReason reason = checkMmsi(bits);
        if (reason != null) {
            return reason;
        }
        int imo = Voyage.IMO.unsigned(bits);
        int draught = Voyage.DRAUGHT.unsigned(bits);
        out.staticReport(
                new StaticReport(
                        AisLayouts.MMSI.unsigned(bits),
                        time,
                        imo == 0 ? -1 : imo,
                        Voyage.CALLSIGN.text(bits),
                        Voyage.SHIPNAME.text(bits),
                        shipType(Voyage.SHIPTYPE.unsigned(bits)),
                        dimension(Voyage.TO_BOW.unsigned(bits), Voyage.TO_STERN.unsigned(bits)),
                        dimension(
                                Voyage.TO_PORT.unsigned(bits), Voyage.TO_STARBOARD.unsigned(bits)),
                        draught == 0 ? Double.NaN : draught / 10.0,
                        Voyage.DESTINATION.text(bits),
                        5,
                        seq,
                        lines));
        return null;
    }

    private RejectReason classBStatic(
            SixBitPayload bits, long time, long seq, int lines, DecodedInput out) {
        RejectReason reason = checkMmsi(bits);
        if (reason != null) {
            return reason;
        }
        long mmsi = AisLayouts.MMSI.unsigned(bits);
        if (AisLayouts.PART.unsigned(bits) == 0) {
            out.staticReport(
                    new StaticReport(
                            mmsi,
                            time,
                            -1,
                            null,
                            StaticA.SHIPNAME.text(bits),
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
        // Auxiliary craft send their mother ship's MMSI where others send dimensions (ITU-R
        // M.1371-5, message 24B).
        boolean auxiliary = AisLayouts.isAuxiliary(mmsi);
        out.staticReport(
                new StaticReport(
                        mmsi,
                        time,
                        -1,
                        StaticB.CALLSIGN.text(bits),
                        null,
                        shipType(StaticB.SHIPTYPE.unsigned(bits)),
                        auxiliary
                                ? -1
                                : dimension(
                                        StaticB.TO_BOW.unsigned(bits),
                                        StaticB.TO_STERN.unsigned(bits)),
                        auxiliary
                                ? -1
                                : dimension(
                                        StaticB.TO_PORT.unsigned(bits),
                                        StaticB.TO_STARBOARD.unsigned(bits)),
                        Double.NaN,
                        null,
                        24,
                        seq,
                        lines));
        return null;
    }

    private RejectReason checkMmsi(SixBitPayload bits) {
        long mmsi = AisLayouts.MMSI.unsigned(bits);
        if (!AisLimits.isValidMmsi(mmsi)) {
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
        if (!AisLimits.isOnGlobe(lat, lon)) {
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
