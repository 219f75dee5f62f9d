package org.sealane.ais;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prints AIS messages as JSON lines the way gpsd does ({@code gpsdecode -j}, or {@code -u -j} when
 * unscaled): the same field names, order, scaling and legends, so that sealane's decode can be
 * diffed against gpsd's. Types sealane does not decode field by field print their header ({@code
 * class}, {@code device}, {@code type}, {@code repeat}, {@code mmsi}, {@code scaled}).
 *
 * <p>Like gpsd, a type 24 part A is kept, not printed, and printed together with the part B of the
 * same vessel that follows it; a part B with no part A before it (or whose part A was used up by an
 * earlier part B) prints nothing. gpsd keeps the last {@value #PENDING_NAMES} part A names.
 *
 * <p>Scaled numbers are formatted from the exact binary value, rounded half-even, as C's printf
 * does. Not thread-safe.
 */
public final class GpsdJsonWriter implements AisMessageSink {

    /** gpsd's MAX_TYPE24_INTERLEAVE. */
    static final int PENDING_NAMES = 8;

    private final PrintWriter out;
    private final boolean scaled;
    private final StringBuilder line = new StringBuilder(512);
    private final long[] pendingMmsi = new long[PENDING_NAMES];
    private final String[] pendingName = new String[PENDING_NAMES];
    private int nextPending;
    private String device;

    /**
     * @param out where the lines go
     * @param scaled gpsd's default human units (true) or raw field values ({@code -u})
     */
    public GpsdJsonWriter(PrintWriter out, boolean scaled) {
        this.out = out;
        this.scaled = scaled;
    }

    /** The {@code device} printed with the messages that follow, or null to print none. */
    public void device(String device) {
        this.device = device;
    }

    @Override
    public void message(AisLayout layout, SixBitPayload bits, long time, long sequence) {
        long mmsi = AisLayouts.MMSI.unsigned(bits);
        if (layout == AisLayouts.STATIC_A) {
            pendingMmsi[nextPending] = mmsi;
            pendingName[nextPending] = text(bits, AisLayouts.StaticA.SHIPNAME);
            nextPending = (nextPending + 1) % PENDING_NAMES;
            return;
        }
        String shipName = layout.type() == 24 ? takePendingName(mmsi) : null;
        if (layout.type() == 24 && shipName == null) {
            return;
        }
        line.setLength(0);
        line.append("{\"class\":\"AIS\"");
        if (device != null) {
            line.append(",\"device\":");
            quote(device);
        }
        line.append(",\"type\":").append(layout.type());
        line.append(",\"repeat\":").append(AisLayouts.REPEAT.unsigned(bits));
        line.append(",\"mmsi\":").append(mmsi);
        line.append(",\"scaled\":").append(scaled);
        if (layout.type() == 24) {
            line.append(",\"shipname\":");
            quote(shipName);
        }
        for (AisField field : AisLayouts.printOrder(layout, scaled)) {
            line.append(",\"").append(field.name()).append("\":");
            value(field, bits);
        }
        line.append('}');
        out.println(line);
    }

    /** The name of the last part A of this vessel, which is then used up; null if none. */
    private String takePendingName(long mmsi) {
        for (int i = 0; i < PENDING_NAMES; i++) {
            if (pendingName[i] != null && pendingMmsi[i] == mmsi) {
                String name = pendingName[i];
                pendingName[i] = null;
                return name;
            }
        }
        return null;
    }

    private void value(AisField field, SixBitPayload bits) {
        int raw = field.unsigned(bits);
        switch (field.format()) {
            case UNSIGNED -> line.append(raw);
            case OPTIONAL_UNSIGNED ->
                    line.append(bits.bitLength() >= field.start() + field.width() ? raw : 0);
            case UNSIGNED_TO_END ->
                    line.append(
                            bits.unsigned(
                                    field.start(),
                                    Math.min(field.width(), bits.bitLength() - field.start())));
            case FLAG -> line.append(raw != 0);
            case TEXT -> quote(text(bits, field));
            case TEXT_TO_END ->
                    quote(text(bits, field.start(), (bits.bitLength() - field.start()) / 6));
            case AID_NAME -> quote(aidName(bits, field));
            case COORDINATE -> coordinate(field.signed(bits), 600_000.0, 7);
            case COORDINATE_LONG_RANGE -> coordinate(field.signed(bits), 600.0, 4);
            case TENTHS -> tenths(raw);
            case SPEED -> speed(raw);
            case TURN -> turn(field.signed(bits));
            case NAV_STATUS -> legend(raw, "status_text", GpsdLegends.navStatus(raw));
            case LONG_RANGE_NAV_STATUS -> {
                if (scaled) {
                    legend(raw, "status_text", GpsdLegends.navStatus(raw));
                } else {
                    line.append(raw);
                }
            }
            case SHIP_TYPE -> legend(raw, "shiptype_text", GpsdLegends.shipType(raw));
            case EPFD -> legend(raw, "epfd_text", GpsdLegends.epfd(raw));
            case AID_TYPE -> legend(raw, "aid_type_text", GpsdLegends.aidType(raw));
            case UTC_TIMESTAMP -> utcTimestamp(bits, field.start());
            case ETA -> eta(bits, field.start());
        }
    }

    private void coordinate(int raw, double perDegree, int decimals) {
        if (scaled) {
            line.append(decimal(raw / perDegree, decimals));
        } else {
            line.append(raw);
        }
    }

    private void tenths(int raw) {
        if (scaled) {
            line.append(decimal(raw / 10.0, 1));
        } else {
            line.append(raw);
        }
    }

    /** Class A speed: 1023 is "not available", 1022 "102.2 knots or more" (ITU-R M.1371-5). */
    private void speed(int raw) {
        if (!scaled) {
            line.append(raw);
        } else if (raw == 1023) {
            line.append("\"n/a\"");
        } else if (raw == 1022) {
            line.append("\"fast\"");
        } else {
            tenths(raw);
        }
    }

    /**
     * Rate of turn: -128 not available, ±127 turning faster than 5°/30 s without a turn indicator.
     * gpsd prints (ROT_AIS / 4.733)^2 and so drops the sign of the turn.
     */
    private void turn(int raw) {
        if (!scaled) {
            line.append(raw);
        } else if (raw == -128) {
            line.append("\"n/a\"");
        } else if (raw == -127) {
            line.append("\"fastleft\"");
        } else if (raw == 127) {
            line.append("\"fastright\"");
        } else {
            double rot = raw / 4.733;
            line.append('"').append(decimal(rot * rot, 2)).append('"');
        }
    }

    private void legend(int raw, String name, String text) {
        line.append(raw).append(",\"").append(name).append("\":");
        quote(text);
    }

    private void utcTimestamp(SixBitPayload bits, int start) {
        line.append('"');
        pad(bits.unsigned(start, 14), 4).append('-');
        pad(bits.unsigned(start + 14, 4), 2).append('-');
        pad(bits.unsigned(start + 18, 5), 2).append('T');
        pad(bits.unsigned(start + 23, 5), 2).append(':');
        pad(bits.unsigned(start + 28, 6), 2).append(':');
        pad(bits.unsigned(start + 34, 6), 2).append("Z\"");
    }

    private void eta(SixBitPayload bits, int start) {
        line.append('"');
        pad(bits.unsigned(start, 4), 2).append('-');
        pad(bits.unsigned(start + 4, 5), 2).append('T');
        pad(bits.unsigned(start + 9, 5), 2).append(':');
        pad(bits.unsigned(start + 14, 6), 2).append("Z\"");
    }

    /** printf's {@code %0nu}: at least {@code digits} digits, more if the value needs them. */
    private StringBuilder pad(int value, int digits) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < digits; i++) {
            line.append('0');
        }
        return line.append(s);
    }

    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    /**
     * The exact value of {@code value} rounded half-even to {@code decimals}, as glibc prints it.
     * Scaled by a power of ten, a value whose fraction is not within 1e-6 of a half rounds the same
     * in double arithmetic as exactly: the product's error is below 1e-7 for anything AIS carries
     * (at most 9e8 after scaling). Only near-ties take the exact, slower BigDecimal path.
     */
    static String decimal(double value, int decimals) {
        double scaled = Math.abs(value) * POWERS_OF_TEN[decimals];
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (scaled >= 1e15 || Math.abs(fraction - 0.5) <= 1e-6) {
            return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        }
        long units = (long) whole + (fraction > 0.5 ? 1 : 0);
        StringBuilder text = new StringBuilder(24);
        if (value < 0 && units != 0) {
            text.append('-');
        }
        String digits = Long.toString(units);
        int integerDigits = digits.length() - decimals;
        if (integerDigits <= 0) {
            text.append('0');
            if (decimals > 0) {
                text.append('.');
                for (int i = integerDigits; i < 0; i++) {
                    text.append('0');
                }
                text.append(digits);
            }
        } else {
            text.append(digits, 0, integerDigits);
            if (decimals > 0) {
                text.append('.').append(digits, integerDigits, digits.length());
            }
        }
        return text.toString();
    }

    /** gpsd's from_sixbit: characters up to the first '@', blanks trimmed on the right only. */
    private static String text(SixBitPayload bits, AisField field) {
        return text(bits, field.start(), field.width() / 6);
    }

    private static String text(SixBitPayload bits, int start, int chars) {
        StringBuilder s = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            int v = bits.unsigned(start + 6 * i, 6);
            if (v == 0) {
                break;
            }
            s.append(SixBitPayload.character(v));
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        s.setLength(end);
        return s.toString();
    }

    /**
     * Type 21 name: its 20 characters and, when all 20 are used, the name extension that fills the
     * message from bit 272 (ITU-R M.1371-5, message 21).
     */
    private static String aidName(SixBitPayload bits, AisField field) {
        String name = text(bits, field);
        int extensionChars = (bits.bitLength() - 272) / 6;
        if (name.length() == 20 && extensionChars > 0) {
            name += text(bits, 272, extensionChars);
        }
        return name;
    }

    /** A JSON string, escaped as gpsd's json_stringify does. */
    private void quote(String s) {
        line.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < ' ') {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }
}
