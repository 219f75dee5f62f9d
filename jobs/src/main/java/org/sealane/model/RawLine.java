package org.sealane.model;

/**
 * One line of input as read, before decoding: a line of a replay file, or a Kafka record.
 *
 * @param text the line without its terminator, or null for the end-of-input marker
 * @param sequence where it came from, as packed by {@link InputLine#sequence}
 */
public record RawLine(String text, long sequence) {

    /** Marks that input {@code inputIndex} has no more lines, so pending fragments can expire. */
    public static RawLine endOfInput(int inputIndex) {
        return new RawLine(null, InputLine.sequence(inputIndex, 0));
    }

    public boolean isEndOfInput() {
        return text == null;
    }
}
