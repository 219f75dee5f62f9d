package org.sealane.input;

/**
 * Turns the lines of one input stream (a file, a Kafka partition) into reports. Stateful: NMEA
 * multipart messages and timestamp sentences span lines, so one instance serves one stream, in
 * order. Never throws on bad input: a bad line becomes a {@link org.sealane.model.RejectedInput}
 * with a reason. Not thread-safe.
 */
public interface LineDecoder {

    /**
     * Decodes one line.
     *
     * @param line the line without its line terminator
     * @param sequence where the line came from, as packed by {@link
     *     org.sealane.model.InputLine#sequence}; increasing within the stream
     * @param out receives everything this line completes
     */
    void decode(String line, long sequence, DecodedInput out);

    /** End of the stream: whatever is still pending (incomplete multipart messages) is rejected. */
    void finish(DecodedInput out);
}
