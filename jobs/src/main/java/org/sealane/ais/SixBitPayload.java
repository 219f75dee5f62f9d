package org.sealane.ais;

import java.util.Arrays;

/**
 * The bit string of one AIS message, built from the six-bit ASCII armouring of NMEA {@code VDM}
 * payloads (ITU-R M.1371, annex 8; IEC 61162-1 table 7) and read back as unsigned and signed fields
 * and six-bit text.
 *
 * <p>Reads past the end of the message return zero bits, and text stops there, so that a decoder
 * can be as lenient as gpsd with messages a few bits short of their nominal length. Reusable:
 * {@link #clear()} and fill it again; no allocation per message except for text fields. Not
 * thread-safe.
 */
public final class SixBitPayload {

    private long[] words = new long[8];
    private int bitLength;
    private final char[] text = new char[64];

    /** Empties the payload for the next message. */
    public void clear() {
        Arrays.fill(words, 0, Math.min(words.length, (bitLength >>> 6) + 2), 0L);
        bitLength = 0;
    }

    /**
     * The six-bit value of an armoured payload character, or -1 for a character outside the
     * armouring alphabet ({@code 0}..{@code W} and {@code `}..{@code w}).
     */
    public static int sixBitValue(char c) {
        return c < ARMOUR_VALUES.length ? ARMOUR_VALUES[c] : -1;
    }

    /** {@link #sixBitValue} of each ASCII character: one load instead of two range checks. */
    private static final byte[] ARMOUR_VALUES = new byte[128];

    static {
        Arrays.fill(ARMOUR_VALUES, (byte) -1);
        for (char c = '0'; c <= 'W'; c++) {
            ARMOUR_VALUES[c] = (byte) (c - '0');
        }
        for (char c = '`'; c <= 'w'; c++) {
            ARMOUR_VALUES[c] = (byte) (c - '8');
        }
    }

    /**
     * Appends the armoured characters {@code s[from, to)}.
     *
     * @return the index of the first character outside the armouring alphabet, or -1 when all were
     *     appended
     */
    public int append(CharSequence s, int from, int to) {
        ensureCapacity(bitLength + 6 * (to - from));
        // The word being filled stays in a local and is stored once full: the words after the
        // end of the message are zero (clear() and dropFillBits() keep them so).
        int w = bitLength >>> 6;
        int off = bitLength & 63;
        long word = words[w];
        for (int i = from; i < to; i++) {
            int v = sixBitValue(s.charAt(i));
            if (v < 0) {
                words[w] = word;
                bitLength += 6 * (i - from);
                return i;
            }
            if (off <= 58) {
                word |= (long) v << (58 - off);
                off += 6;
            } else {
                words[w++] = word | (long) v >>> (off - 58);
                word = (long) v << (122 - off);
                off -= 58;
            }
        }
        words[w] = word;
        bitLength += 6 * (to - from);
        return -1;
    }

    /**
     * Drops the fill bits that pad the last armoured character (the sentence's last field), so that
     * they read as zero and do not count in {@link #bitLength()}.
     */
    public void dropFillBits(int fillBits) {
        int kept = Math.max(0, bitLength - fillBits);
        for (int bit = kept; bit < bitLength; bit++) {
            words[bit >>> 6] &= ~(1L << (63 - (bit & 63)));
        }
        bitLength = kept;
    }

    public int bitLength() {
        return bitLength;
    }

    /**
     * A 64-bit fingerprint of the message bits: equal messages have equal fingerprints, and
     * different ones almost never do. Fill bits must have been dropped first.
     */
    long fingerprint() {
        long hash = 0x9E3779B97F4A7C15L ^ bitLength;
        int usedWords = (bitLength + 63) >>> 6;
        for (int i = 0; i < usedWords; i++) {
            hash = Long.rotateLeft(hash ^ words[i], 27) * 0xC2B2AE3D27D4EB4FL;
        }
        return hash ^ (hash >>> 31);
    }

    /** The unsigned field of {@code length} (at most 32) bits starting at bit {@code start}. */
    public int unsigned(int start, int length) {
        int end = Math.min(start + length, bitLength);
        if (end <= start) {
            return 0;
        }
        int n = end - start;
        int w = start >>> 6;
        int off = start & 63;
        long aligned = words[w] << off;
        if (off + n > 64) {
            aligned |= words[w + 1] >>> (64 - off);
        }
        return (int) ((aligned >>> (64 - n)) << (start + length - end));
    }

    /** The two's-complement field of {@code length} (at most 32) bits starting at {@code start}. */
    public int signed(int start, int length) {
        int shift = 32 - length;
        return (unsigned(start, length) << shift) >> shift;
    }

    /**
     * Six-bit text of up to {@code chars} characters from bit {@code start}. AIS pads text with '@'
     * (value 0) and often with blanks: the text ends at the first '@' (as gpsd reads it) and is
     * trimmed of blanks.
     *
     * @return the text, or null when nothing is left
     */
    public String text(int start, int chars) {
        int available = Math.max(0, (bitLength - start) / 6);
        int n = Math.min(Math.min(chars, available), text.length);
        int len = 0;
        for (int i = 0; i < n; i++) {
            int v = unsigned(start + 6 * i, 6);
            if (v == 0) {
                break;
            }
            text[len++] = character(v);
        }
        int first = 0;
        while (first < len && text[first] == ' ') {
            first++;
        }
        while (len > first && text[len - 1] == ' ') {
            len--;
        }
        return len == first ? null : new String(text, first, len - first);
    }

    /** The character of a six-bit text value (ITU-R M.1371-5, table 47: '@' is 0, 'A' is 1). */
    static char character(int sixBits) {
        return (char) (sixBits < 32 ? sixBits + 64 : sixBits);
    }

    private void ensureCapacity(int bits) {
        int needed = (bits >>> 6) + 2;
        if (needed > words.length) {
            words = Arrays.copyOf(words, Math.max(needed, words.length * 2));
        }
    }
}
