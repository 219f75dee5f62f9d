package org.sealane.ais;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts armoured AIS messages into {@code !AIVDM} sentences with their checksums, each optionally
 * behind an NMEA 4.10 tag block {@code \s:source,c:epochSeconds*hh\} (what {@link TagBlock} reads).
 *
 * <p>A message longer than {@link #MAX_PAYLOAD_CHARS} is sent as a multipart message; its sentences
 * share a sequential message id that cycles 0..9 over the writer's multipart messages, and the fill
 * bits go on the last one. Every sentence of a multipart message carries the same tag block, so a
 * decoder that keys fragments by source keeps them together. One writer per output stream; not
 * thread-safe.
 */
public final class NmeaWriter {

    /** Payload characters per sentence: keeps a sentence within NMEA's 82 characters. */
    public static final int MAX_PAYLOAD_CHARS = 60;

    private final String source;
    private int sequentialId;

    /**
     * @param source the tag block's {@code s:} (a receiver or feed name), or null for sentences
     *     without tag blocks
     */
    public NmeaWriter(String source) {
        this.source = source;
    }

    /**
     * The sentences of one message.
     *
     * @param message the armoured message
     * @param channel the VHF channel, 'A' or 'B'
     * @param receiveTime the tag block's {@code c:}: epoch seconds or, as some feeds write,
     *     milliseconds; ignored without a source
     */
    public List<String> sentences(ArmouredPayload message, char channel, long receiveTime) {
        String payload = message.payload();
        int count = Math.max(1, (payload.length() + MAX_PAYLOAD_CHARS - 1) / MAX_PAYLOAD_CHARS);
        String id = "";
        if (count > 1) {
            id = Integer.toString(sequentialId);
            sequentialId = (sequentialId + 1) % 10;
        }
        String tag = source == null ? "" : tagBlock("s:" + source + ",c:" + receiveTime);
        List<String> lines = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            int from = (n - 1) * MAX_PAYLOAD_CHARS;
            int to = Math.min(payload.length(), from + MAX_PAYLOAD_CHARS);
            String body =
                    "!AIVDM,"
                            + count
                            + ','
                            + n
                            + ','
                            + id
                            + ','
                            + channel
                            + ','
                            + payload.substring(from, to)
                            + ','
                            + (n == count ? message.fillBits() : 0);
            lines.add(tag + body + checksum(body, 1));
        }
        return lines;
    }

    private static String tagBlock(String parameters) {
        return '\\' + parameters + checksum(parameters, 0) + '\\';
    }

    /** "*hh" over the characters from {@code from} (after a sentence's '!' or '$'). */
    private static String checksum(String text, int from) {
        return String.format("*%02X", Nmea.checksum(text, from, text.length()));
    }
}
