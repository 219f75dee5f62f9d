package org.sealane.ais;

/**
 * One field of an AIS message as ITU-R M.1371-5 lays it out and gpsd names and prints it: where its
 * bits are and how they read. The single table of offsets: the pipeline's decoder and the gpsd JSON
 * writer both read fields through it. Immutable.
 *
 * @param name gpsd's JSON name
 * @param start first bit, counted from 0 at the message type
 * @param width bits; for text, six per character
 * @param format how the bits read and how gpsd prints them
 */
public record AisField(String name, int start, int width, AisFieldFormat format) {

    /** The field as an unsigned number. */
    public int unsigned(SixBitPayload bits) {
        return bits.unsigned(start, width);
    }

    /** The field as a two's-complement number. */
    public int signed(SixBitPayload bits) {
        return bits.signed(start, width);
    }

    /** The field as trimmed six-bit text, or null when empty (see {@link SixBitPayload#text}). */
    public String text(SixBitPayload bits) {
        return bits.text(start, width / 6);
    }
}
