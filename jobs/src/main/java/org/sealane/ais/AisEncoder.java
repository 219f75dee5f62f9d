package org.sealane.ais;

import java.util.Locale;
import org.sealane.model.PositionReport;
import org.sealane.model.StaticReport;

/**
 * Encodes sealane's reports into AIS message bits (ITU-R M.1371-5), armoured as NMEA payloads: the
 * inverse of {@link AisMessageDecoder} for position reports of types 1, 2, 3 (class A) and 18
 * (class B), static and voyage data of type 5 and class B static data of type 24 parts A and B.
 *
 * <p>"Not available" values of the reports ({@code NaN} speed or course, heading -1, navigation
 * status -1) are sent as the AIS sentinels (102.3 kn, 360°, 511, 15 "not defined"); a speed of
 * 102.2 kn or more is sent as 102.2, as the standard says. Coordinates are rounded to the AIS
 * resolution of 1/10000 minute. Stateless and thread-safe.
 */
public final class AisEncoder {

    private static final double MINUTES_1_10000 = 600_000.0;

    private AisEncoder() {}

    /**
     * A position report as {@link PositionReport#messageType()} says: 1, 2 or 3 (class A) or 18
     * (class B). Its UTC second is that of the report's time, or 60 ("not available") without one.
     */
    public static ArmouredPayload position(PositionReport report) {
        int type = report.messageType();
        return switch (type) {
            case 1, 2, 3 -> classA(report);
            case 18 -> classB(report);
            default ->
                    throw new IllegalArgumentException(
                            "cannot encode a position report of type " + type);
        };
    }

    private static ArmouredPayload classA(PositionReport report) {
        Bits bits = header(report.messageType(), report.mmsi());
        bits.put(report.navStatus() < 0 ? 15 : report.navStatus(), 4);
        bits.put(0x80, 8); // rate of turn: not available
        bits.put(speedTenths(report.speedKn()), 10);
        bits.put(1, 1); // position accuracy: DGNSS-grade, as a simulator's fix is exact
        bits.put(coordinate(report.lon()), 28);
        bits.put(coordinate(report.lat()), 27);
        bits.put(courseTenths(report.courseDeg()), 12);
        bits.put(report.headingDeg() < 0 ? 511 : report.headingDeg(), 9);
        bits.put(utcSecond(report.time()), 6);
        bits.put(0, 2 + 3 + 1); // manoeuvre indicator, spare, RAIM
        bits.put(0, 19); // radio status (SOTDMA sync state and slot timeout, left zero)
        return bits.armour();
    }

    private static ArmouredPayload classB(PositionReport report) {
        Bits bits = header(18, report.mmsi());
        bits.put(0, 8); // reserved for regional use
        bits.put(speedTenths(report.speedKn()), 10);
        bits.put(1, 1);
        bits.put(coordinate(report.lon()), 28);
        bits.put(coordinate(report.lat()), 27);
        bits.put(courseTenths(report.courseDeg()), 12);
        bits.put(report.headingDeg() < 0 ? 511 : report.headingDeg(), 9);
        bits.put(utcSecond(report.time()), 6);
        bits.put(0, 2); // regional
        // Carrier-sense unit without display or DSC, whole marine band, no message 22.
        bits.put(1, 1);
        bits.put(0, 1);
        bits.put(0, 1);
        bits.put(1, 1);
        bits.put(0, 1);
        bits.put(0, 1 + 1); // assigned mode, RAIM
        bits.put(0x60006, 20); // radio status: the value carrier-sense units commonly send
        return bits.armour();
    }

    /** Type 5 (424 bits, sent as two sentences); ETA not available, EPFD GPS. */
    public static ArmouredPayload voyage(StaticReport report) {
        Bits bits = header(5, report.mmsi());
        bits.put(0, 2); // AIS version: ITU-R M.1371-1
        bits.put(report.imo() < 0 ? 0 : report.imo(), 30);
        bits.text(report.callSign(), 7);
        bits.text(report.shipName(), 20);
        bits.put(report.shipType() < 0 ? 0 : report.shipType(), 8);
        dimensions(bits, report);
        bits.put(1, 4); // EPFD: GPS
        bits.put(0, 4); // ETA month: not available
        bits.put(0, 5); // day
        bits.put(24, 5); // hour
        bits.put(60, 6); // minute
        bits.put(
                Double.isNaN(report.draughtM())
                        ? 0
                        : Math.min(255, Math.round(report.draughtM() * 10)),
                8);
        bits.text(report.destination(), 20);
        bits.put(0, 1); // DTE ready
        bits.put(0, 1); // spare
        return bits.armour();
    }

    /** Type 24 part A (160 bits): the name of a class B vessel. */
    public static ArmouredPayload classBName(long mmsi, String shipName) {
        Bits bits = header(24, mmsi);
        bits.put(0, 2);
        bits.text(shipName, 20);
        return bits.armour();
    }

    /** Type 24 part B (168 bits): ship type, call sign and dimensions of a class B vessel. */
    public static ArmouredPayload classBDetails(StaticReport report) {
        Bits bits = header(24, report.mmsi());
        bits.put(1, 2);
        bits.put(report.shipType() < 0 ? 0 : report.shipType(), 8);
        bits.text(null, 7); // vendor id
        bits.text(report.callSign(), 7);
        dimensions(bits, report);
        bits.put(0, 6); // EPFD and spare
        return bits.armour();
    }

    private static Bits header(int type, long mmsi) {
        Bits bits = new Bits();
        bits.put(type, 6);
        bits.put(0, 2); // repeat indicator
        bits.put(mmsi, 30);
        return bits;
    }

    /** Length and beam with the reference point at the middle of the hull. */
    private static void dimensions(Bits bits, StaticReport report) {
        int length = Math.max(0, Math.min(1022, report.lengthM()));
        int beam = Math.max(0, Math.min(126, report.beamM()));
        bits.put(length - length / 2, 9);
        bits.put(length / 2, 9);
        bits.put(beam / 2, 6);
        bits.put(beam - beam / 2, 6);
    }

    private static long coordinate(double degrees) {
        return Math.round(degrees * MINUTES_1_10000);
    }

    private static int speedTenths(double knots) {
        return Double.isNaN(knots) ? 1023 : (int) Math.min(1022, Math.round(knots * 10));
    }

    private static int courseTenths(double degrees) {
        return Double.isNaN(degrees) ? 3600 : (int) (Math.round(degrees * 10) % 3600);
    }

    private static int utcSecond(long time) {
        return time == PositionReport.UNKNOWN_TIME ? 60 : (int) Math.floorMod(time / 1000, 60L);
    }

    /** A message's bits, most significant first, as AIS sends them. */
    private static final class Bits {
        private final StringBuilder bits = new StringBuilder(432);

        /** The low {@code width} bits of {@code value}, two's complement for negatives. */
        void put(long value, int width) {
            for (int i = width - 1; i >= 0; i--) {
                bits.append((value >>> i & 1) == 1 ? '1' : '0');
            }
        }

        /**
         * Six-bit ASCII text, upper-cased and padded with '@'; characters without a six-bit code
         * become '?'.
         */
        void text(String text, int chars) {
            String upper = text == null ? "" : text.toUpperCase(Locale.ROOT);
            for (int i = 0; i < chars; i++) {
                char c = i < upper.length() ? upper.charAt(i) : '@';
                int code;
                if (c >= '@' && c <= '_') {
                    code = c - '@';
                } else if (c >= ' ' && c <= '?') {
                    code = c;
                } else {
                    code = '?';
                }
                put(code, 6);
            }
        }

        ArmouredPayload armour() {
            int fill = (6 - bits.length() % 6) % 6;
            StringBuilder payload = new StringBuilder(bits.length() / 6 + 1);
            for (int i = 0; i < bits.length(); i += 6) {
                int v = 0;
                for (int j = i; j < i + 6; j++) {
                    v = v << 1 | (j < bits.length() && bits.charAt(j) == '1' ? 1 : 0);
                }
                payload.append((char) (v < 40 ? v + 48 : v + 56));
            }
            return new ArmouredPayload(payload.toString(), fill);
        }
    }
}
