package org.sealane.ais;

/**
 * Writes AIS messages field by field and armours them into {@code !AIVDM} sentences with a valid
 * checksum, so that tests can state messages no receiver happened to log.
 */
final class AisPayloadWriter {

    private final StringBuilder bits = new StringBuilder();

    AisPayloadWriter field(long value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            bits.append((value >>> i & 1) == 1 ? '1' : '0');
        }
        return this;
    }

    /** A class A position report (type 1) with the given raw field values. */
    static AisPayloadWriter positionReport(long mmsi, int latMinutes10000, int lonMinutes10000) {
        return new AisPayloadWriter()
                .field(1, 6)
                .field(0, 2)
                .field(mmsi, 30)
                .field(0, 4) // status: under way using engine
                .field(0x80, 8) // rate of turn: not available
                .field(1023, 10) // speed: not available
                .field(0, 1)
                .field(lonMinutes10000, 28)
                .field(latMinutes10000, 27)
                .field(3600, 12) // course: not available
                .field(511, 9) // heading: not available
                .field(60, 6)
                .field(0, 23); // manoeuvre, spare, RAIM, radio
    }

    /** The payload as one {@code !AIVDM} sentence. */
    String sentence() {
        int fill = (6 - bits.length() % 6) % 6;
        StringBuilder payload = new StringBuilder();
        String padded = bits + "0".repeat(fill);
        for (int i = 0; i < padded.length(); i += 6) {
            int v = Integer.parseInt(padded.substring(i, i + 6), 2);
            payload.append((char) (v < 40 ? v + 48 : v + 56));
        }
        return withChecksum("!AIVDM,1,1,,A," + payload + "," + fill);
    }

    /** Appends the NMEA checksum to a sentence body ("!AIVDM,...,0"). */
    static String withChecksum(String body) {
        return body + String.format("*%02X", Nmea.checksum(body, 1, body.length()));
    }
}
