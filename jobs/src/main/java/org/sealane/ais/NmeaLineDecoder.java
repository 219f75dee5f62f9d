package org.sealane.ais;

import org.sealane.avro.RejectReason;
import org.sealane.input.DecodedInput;
import org.sealane.input.LineDecoder;
import org.sealane.input.LineOutcome;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;

/**
 * Decodes a stream of NMEA 0183 lines carrying AIS: {@code !AIVDM}/{@code !AIVDO} sentences from
 * any talker, optionally behind an IEC 61162-450 tag block, multipart messages reassembled, with
 * Gatehouse {@code $PGHP} timestamp sentences and receiver epoch fields after the checksum.
 *
 * <p>A report's time is, in order of precedence: the tag block's {@code c:}; the most recent
 * Gatehouse {@code $PGHP} of the stream when the epoch field after the checksum is at most 6 hours
 * later; that epoch field; the most recent {@code $PGHP}; otherwise {@link
 * PositionReport#UNKNOWN_TIME}. In exactEarth's satellite logs, which carry both, the {@code $PGHP}
 * is the satellite's receive time and the epoch field is when the message was downlinked and
 * processed, up to 96 minutes later: timing positions by the epoch field made hundreds of ships
 * jump on one log (AMSA {@code exact-earth-augmented.txt}: 781 jumps, 5 by the receive time). For a
 * multipart message it is the first such time among its fragments, in arrival order.
 *
 * <p>Every line is accounted for exactly once: as a report (whose {@code inputLines} covers all the
 * fragments of its message), a rejected record with its reason, or an ignored {@link LineOutcome}.
 * A rejected record carries the time known when the line was rejected: the tag block's, the line's
 * receiver field, or the most recent {@code $PGHP}.
 *
 * <p>One instance per input stream, lines in order; not thread-safe.
 */
public final class NmeaLineDecoder implements LineDecoder {

    /** Lines longer than this are rejected unread; an AIS sentence has at most 82 characters. */
    public static final int MAX_LINE_CHARS = 1000;

    private static final String STREAM = "";

    private final TagBlock tagBlock = new TagBlock();
    private final NmeaSentence sentence = new NmeaSentence();
    private final MultipartAssembler assembler = new MultipartAssembler();
    private final SixBitPayload payload = new SixBitPayload();
    private final AisMessageDecoder messages;
    private final RepeatedMessages repeats;

    /** A satellite message is downlinked and processed at most this long after it was received. */
    static final long DOWNLINK_DELAY_MILLIS = 6 * 3_600_000L;

    private long gatehouseTime = PositionReport.UNKNOWN_TIME;

    /**
     * A decoder for the pipeline: reports only, and a message heard again within a minute (by
     * another receiver of the feed) is counted as {@link LineOutcome#REPEATED_MESSAGE}, not
     * reported twice.
     */
    public NmeaLineDecoder() {
        this.messages = new AisMessageDecoder(null);
        this.repeats = new RepeatedMessages();
    }

    /**
     * A decoder that hands every accepted AIS message, whole, to {@code sink}, repeats included, as
     * gpsd does (for tools that print all fields).
     */
    public NmeaLineDecoder(AisMessageSink sink) {
        this.messages = new AisMessageDecoder(sink);
        this.repeats = null;
    }

    @Override
    public void decode(String line, long sequence, DecodedInput out) {
        int length = line.length();
        if (length > MAX_LINE_CHARS) {
            reject(
                    line,
                    RejectReason.LINE_TOO_LONG,
                    length + " characters",
                    gatehouseTime,
                    sequence,
                    out);
            return;
        }
        int from = 0;
        int to = length;
        while (from < to && line.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && line.charAt(to - 1) <= ' ') {
            to--;
        }
        if (from == to) {
            out.ignored(LineOutcome.BLANK, 1);
            return;
        }
        char first = line.charAt(from);
        if (first == '#') {
            out.ignored(LineOutcome.COMMENT, 1);
            return;
        }
        long tagTime = PositionReport.UNKNOWN_TIME;
        String source = STREAM;
        long groupKey = -1;
        int sentenceFrom = from;
        int close = -1;
        if (first == '\\') {
            close = tagBlockEnd(line, from + 1, to);
            if (close < -1) {
                rejectNotAscii(line, -close - 2, gatehouseTime, sequence, out);
                return;
            }
            sentenceFrom = close < 0 ? to : close + 1;
        }
        // Checked before the tag block is parsed, so that a line with a character outside
        // printable ASCII anywhere is rejected as such whatever else is wrong with it.
        int notAscii = sentence.scan(line, sentenceFrom, to);
        if (notAscii >= 0) {
            rejectNotAscii(line, notAscii, gatehouseTime, sequence, out);
            return;
        }
        if (first == '\\') {
            if (close < 0) {
                reject(
                        line,
                        RejectReason.NMEA_SYNTAX,
                        "tag block not closed",
                        gatehouseTime,
                        sequence,
                        out);
                return;
            }
            RejectReason reason = tagBlock.parse(line, from + 1, close);
            if (reason != null) {
                reject(line, reason, tagBlock.detail(), gatehouseTime, sequence, out);
                return;
            }
            tagTime = tagBlock.time();
            if (tagBlock.hasGroup()) {
                groupKey = MultipartAssembler.groupKey(tagBlock.groupId());
            } else if (tagBlock.hasSource()) {
                source = tagBlock.source(line);
            }
            from = sentenceFrom;
            if (from == to) {
                reject(
                        line,
                        RejectReason.NMEA_SYNTAX,
                        "tag block without sentence",
                        tagTime != PositionReport.UNKNOWN_TIME ? tagTime : gatehouseTime,
                        sequence,
                        out);
                return;
            }
        }
        RejectReason reason = sentence.parse(line, from, to);
        if (reason != null) {
            reject(line, reason, sentence.detail(), time(tagTime), sequence, out);
            return;
        }
        switch (sentence.kind()) {
            case GATEHOUSE_TIME:
                gatehouseTime = sentence.gatehouseTime();
                out.ignored(LineOutcome.TIMESTAMP_SENTENCE, 1);
                return;
            case OTHER:
                out.ignored(LineOutcome.NON_AIS_SENTENCE, 1);
                return;
            default:
                ais(line, sequence, time(tagTime), source, groupKey, out);
        }
    }

    /**
     * The time of the sentence just parsed: the tag block's {@code c:}, else a {@code $PGHP} on the
     * line before, else the receiver epoch field after its checksum, else the last {@code $PGHP}.
     */
    private long time(long tagTime) {
        if (tagTime != PositionReport.UNKNOWN_TIME) {
            return tagTime;
        }
        long trailing = sentence.trailingTime();
        if (trailing == PositionReport.UNKNOWN_TIME) {
            return gatehouseTime;
        }
        if (gatehouseTime != PositionReport.UNKNOWN_TIME
                && trailing >= gatehouseTime
                && trailing - gatehouseTime <= DOWNLINK_DELAY_MILLIS) {
            return gatehouseTime;
        }
        return trailing;
    }

    private void ais(
            String line, long sequence, long time, String source, long groupKey, DecodedInput out) {
        assembler.expire(sequence, out);
        int count = sentence.fragmentCount();
        int from = sentence.payloadFrom();
        int to = sentence.payloadTo();
        payload.clear();
        if (count == 1) {
            int bad = payload.append(line, from, to);
            if (bad >= 0) {
                rejectSixBit(line, bad, time, sequence, out);
                return;
            }
            payload.dropFillBits(sentence.fillBits());
            decodeMessage(line, null, time, sequence, 1, out);
            return;
        }
        for (int i = from; i < to; i++) {
            if (SixBitPayload.sixBitValue(line.charAt(i)) < 0) {
                rejectSixBit(line, i, time, sequence, out);
                return;
            }
        }
        long key =
                groupKey >= 0
                        ? groupKey
                        : MultipartAssembler.key(sentence.sequentialId(), sentence.channel());
        MultipartAssembler.Message message =
                assembler.add(
                        source,
                        key,
                        count,
                        sentence.fragmentNumber(),
                        line.substring(from, to),
                        sentence.fillBits(),
                        line,
                        sequence,
                        time,
                        out);
        if (message != null) {
            for (int n = 1; n <= count; n++) {
                String part = message.payload(n);
                payload.append(part, 0, part.length());
            }
            payload.dropFillBits(message.lastFillBits());
            decodeMessage(null, message, message.time(), message.firstSequence(), count, out);
        }
    }

    /** Decodes the assembled {@link #payload} of a single line or of a multipart message. */
    private void decodeMessage(
            String line,
            MultipartAssembler.Message message,
            long time,
            long sequence,
            int lines,
            DecodedInput out) {
        if (repeats != null && repeats.seenRecently(payload.fingerprint(), time, sequence)) {
            out.ignored(LineOutcome.REPEATED_MESSAGE, lines);
            return;
        }
        RejectReason reason = messages.decode(payload, time, sequence, lines, out);
        if (reason != null) {
            String raw = line != null ? line : message.raw();
            out.rejected(RejectedInput.of(raw, reason, messages.detail(), time, sequence, lines));
        }
    }

    /**
     * The index of the backslash that closes a tag block opened before {@code from}, -1 if there is
     * none, or {@code -2 - i} if the character at {@code i} before it is not printable ASCII.
     */
    private static int tagBlockEnd(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                return i;
            }
            if (c < ' ' || c > '~') {
                return -2 - i;
            }
        }
        return -1;
    }

    private static void rejectNotAscii(
            String line, int at, long time, long sequence, DecodedInput out) {
        reject(
                line,
                RejectReason.NOT_ASCII,
                "character " + (int) line.charAt(at) + " at " + at,
                time,
                sequence,
                out);
    }

    private static void rejectSixBit(
            String line, int at, long time, long sequence, DecodedInput out) {
        reject(
                line,
                RejectReason.BAD_SIXBIT,
                "character '" + line.charAt(at) + "' at " + at + " is not six-bit armouring",
                time,
                sequence,
                out);
    }

    private static void reject(
            String line,
            RejectReason reason,
            String detail,
            long time,
            long sequence,
            DecodedInput out) {
        out.rejected(RejectedInput.of(line, reason, detail, time, sequence, 1));
    }

    /** Rejects the fragments of messages that never completed. */
    @Override
    public void finish(DecodedInput out) {
        assembler.flush(out);
    }

    /** Messages waiting for fragments; bounded by {@link MultipartAssembler#MAX_PENDING}. */
    public int pendingMessages() {
        return assembler.pendingMessages();
    }
}
