package org.sealane.model;

import org.sealane.avro.RejectReason;

/**
 * Input that did not become a position or static report, with the reason. Every rejected line ends
 * in the rejected output: nothing is dropped silently.
 *
 * @param raw the input as read, truncated to {@link #MAX_RAW_CHARS}
 * @param reason reason code
 * @param detail one line a person can act on
 * @param time event time in epoch milliseconds when known, else {@link PositionReport#UNKNOWN_TIME}
 * @param sequence where it came from: the {@link InputLine} sequence of its (first) line
 * @param inputLines how many input lines this covers
 */
public record RejectedInput(
        String raw, RejectReason reason, String detail, long time, long sequence, int inputLines) {

    public static final int MAX_RAW_CHARS = 1000;

    public static RejectedInput of(
            String raw,
            RejectReason reason,
            String detail,
            long time,
            long sequence,
            int inputLines) {
        String kept = raw.length() > MAX_RAW_CHARS ? raw.substring(0, MAX_RAW_CHARS) : raw;
        return new RejectedInput(kept, reason, detail, time, sequence, inputLines);
    }

    /** The same input, rejected for a reason found after decoding (for example, too late). */
    public static RejectedInput of(
            PositionReport p, String raw, RejectReason reason, String detail) {
        return of(raw, reason, detail, p.time(), p.sequence(), p.inputLines());
    }
}
