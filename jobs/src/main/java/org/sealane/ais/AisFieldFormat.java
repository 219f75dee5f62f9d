package org.sealane.ais;

/**
 * How a field's bits read and how gpsd prints them in its JSON ({@code gpsdecode -j} scaled, {@code
 * -u} unscaled). Unscaled output is the raw number for every numeric format.
 */
public enum AisFieldFormat {
    /** Unsigned integer. */
    UNSIGNED,
    /**
     * Unsigned integer that may be cut short by the end of the message: gpsd reads a short class A
     * report's radio status (a 163-bit report has 14 of its 19 bits) as the bits that are there,
     * where it reads other fields past the end as zero bits.
     */
    UNSIGNED_TO_END,
    /**
     * Unsigned integer of a part only the longer form of a message carries (type 16's second
     * station, ITU-R M.1371-5 message 16: 96 bits for one station, 144 for two); 0 when the message
     * ends before the field does, as gpsd and libais read it, rather than spare bits.
     */
    OPTIONAL_UNSIGNED,
    /** One bit, printed {@code true}/{@code false}. */
    FLAG,
    /** Six-bit text, up to the first '@', blanks trimmed on the right (gpsd's from_sixbit). */
    TEXT,
    /** Six-bit text from the field's start to the end of the message (types 12 and 14). */
    TEXT_TO_END,
    /**
     * Type 21 name: 20 characters, continued by the name extension from bit 272 to the end of the
     * message when all 20 are used (ITU-R M.1371-5, message 21).
     */
    AID_NAME,
    /** Signed 1/10000 minute of longitude or latitude; scaled: degrees with 7 decimals. */
    COORDINATE,
    /** Signed 1/10 minute (type 27, long range); scaled: degrees with 4 decimals. */
    COORDINATE_LONG_RANGE,
    /** Unsigned tenths (course 0.1°, draught 0.1 m, class B speed 0.1 kn); scaled: 1 decimal. */
    TENTHS,
    /** Class A speed over ground in 0.1 kn; scaled: 1023 is "n/a" and 1022 "fast" (102.2 kn+). */
    SPEED,
    /**
     * Class A rate of turn ROT_AIS = 4.733 sqrt(ROT) (signed); scaled: -128 "n/a", -127 "fastleft",
     * 127 "fastright", else (ROT_AIS / 4.733)^2 with 2 decimals, as a string.
     */
    TURN,
    /** Navigational status, followed by {@code status_text}. */
    NAV_STATUS,
    /** Navigational status of type 27: gpsd adds {@code status_text} only when scaled. */
    LONG_RANGE_NAV_STATUS,
    /** Ship and cargo type, followed by {@code shiptype_text}. */
    SHIP_TYPE,
    /** Electronic position-fixing device, followed by {@code epfd_text}. */
    EPFD,
    /** Type of aid to navigation, followed by {@code aid_type_text}. */
    AID_TYPE,
    /** Year 14, month 4, day 5, hour 5, minute 6, second 6 bits: {@code yyyy-mm-ddThh:mm:ssZ}. */
    UTC_TIMESTAMP,
    /** Month 4, day 5, hour 5, minute 6 bits: {@code mm-ddThh:mmZ}. */
    ETA
}
