package org.sealane.model;

/**
 * Packs where a record came from into one {@code long}: the input's index (a file given on the
 * command line, a Kafka partition) in the high bits and the line number (or offset) in the low
 * bits. Records carry this number instead of a string, which keeps them small on the wire; the
 * number also orders records of equal time deterministically, in input order.
 */
public final class InputLine {

    static final int LINE_BITS = 43;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;

    /** Largest input index that fits (about a million inputs). */
    public static final int MAX_INPUT_INDEX = (1 << (63 - LINE_BITS)) - 1;

    private InputLine() {}

    public static long sequence(int inputIndex, long lineNumber) {
        if (inputIndex < 0 || inputIndex > MAX_INPUT_INDEX) {
            throw new IllegalArgumentException("input index out of range: " + inputIndex);
        }
        if (lineNumber < 0 || lineNumber > LINE_MASK) {
            throw new IllegalArgumentException("line number out of range: " + lineNumber);
        }
        return ((long) inputIndex << LINE_BITS) | lineNumber;
    }

    public static int inputIndex(long sequence) {
        return (int) (sequence >>> LINE_BITS);
    }

    public static long lineNumber(long sequence) {
        return sequence & LINE_MASK;
    }
}
