package org.sealane.ais;

import java.util.ArrayList;
import java.util.List;
import org.sealane.avro.RejectReason;
import org.sealane.input.DecodedInput;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;

/**
 * Reassembles AIS messages that span several {@code VDM} sentences. Fragments of one message share
 * a key: the source and the sentence's sequential message id and radio channel, or the tag-block
 * group id ({@code g:n-m-id}). Fragments may arrive out of order and interleaved with other
 * messages.
 *
 * <p>A message that cannot complete is rejected line by line as {@link
 * RejectReason#INCOMPLETE_MULTIPART}: when a fragment of a newer message with the same key arrives
 * (the id wrapped around), when {@link #MAX_AGE_LINES} lines have passed without its other
 * fragments, when more than {@link #MAX_PENDING} messages are pending (the oldest goes), and at
 * {@link #flush}. Not thread-safe.
 */
final class MultipartAssembler {

    /** Pending messages kept at most; a flood of stray fragments cannot grow memory further. */
    static final int MAX_PENDING = 256;

    /**
     * How many lines of the stream a message waits for its other fragments. Transmitters send the
     * fragments of one message in consecutive slots and receivers forward them together, so they
     * arrive within a few lines even in a merged feed. Counted in lines, not receive time:
     * satellite feeds deliver tag-block times out of order (libais's ORBCOMM sample goes back 41
     * minutes between a message's two fragments).
     */
    static final long MAX_AGE_LINES = 1_000;

    /** The fragments of one message, by fragment number. */
    static final class Message {
        final String source;
        final long key;
        final int count;
        private final String[] payloads;
        private final String[] lines;
        private final long[] sequences;
        private int received;
        private int lastFillBits;
        private long time;
        private long firstSequence;

        private Message(String source, long key, int count) {
            this.source = source;
            this.key = key;
            this.count = count;
            this.payloads = new String[count];
            this.lines = new String[count];
            this.sequences = new long[count];
        }

        boolean isComplete() {
            return received == count;
        }

        /** The armoured payload of fragment {@code number} (1-based). */
        String payload(int number) {
            return payloads[number - 1];
        }

        int lastFillBits() {
            return lastFillBits;
        }

        /** The first receive time known among the fragments, in arrival order. */
        long time() {
            return time;
        }

        /** The sequence of the first fragment to arrive. */
        long firstSequence() {
            return firstSequence;
        }

        /** All fragment lines, in fragment order, one per line. */
        String raw() {
            return String.join("\n", lines);
        }

        private boolean matches(String otherSource, long otherKey) {
            return key == otherKey && source.equals(otherSource);
        }
    }

    private final List<Message> pending = new ArrayList<>();

    /**
     * Adds one fragment.
     *
     * @param source the tag-block source, or "" for the stream itself
     * @param key the sequential id and channel, or the tag-block group id (see {@link #key})
     * @param time the fragment's receive time, or unknown
     * @return the message when this fragment completed it, else null
     */
    Message add(
            String source,
            long key,
            int count,
            int number,
            String payload,
            int fillBits,
            String line,
            long sequence,
            long time,
            DecodedInput out) {
        Message message = find(source, key);
        if (message != null && (message.count != count || message.payloads[number - 1] != null)) {
            // A fragment already seen, or a different count: the id was reused by a newer
            // message, so the older one can no longer complete.
            reject(message, "superseded by a newer message with the same id", out);
            message = null;
        }
        if (message == null) {
            if (pending.size() >= MAX_PENDING) {
                reject(pending.get(0), "too many incomplete messages pending", out);
            }
            message = new Message(source, key, count);
            message.time = time;
            message.firstSequence = sequence;
            pending.add(message);
        } else if (message.time == PositionReport.UNKNOWN_TIME) {
            message.time = time;
        }
        message.payloads[number - 1] = payload;
        message.lines[number - 1] = line;
        message.sequences[number - 1] = sequence;
        message.received++;
        if (number == count) {
            message.lastFillBits = fillBits;
        }
        if (message.isComplete()) {
            pending.remove(message);
            return message;
        }
        return null;
    }

    /** Rejects the messages that have waited too long, as of the line at {@code sequence}. */
    void expire(long sequence, DecodedInput out) {
        while (!pending.isEmpty() && sequence - pending.get(0).firstSequence > MAX_AGE_LINES) {
            reject(pending.get(0), "no further fragment within 1,000 lines", out);
        }
    }

    /** Rejects every pending fragment (end of the stream). */
    void flush(DecodedInput out) {
        while (!pending.isEmpty()) {
            reject(pending.get(0), "end of input", out);
        }
    }

    int pendingMessages() {
        return pending.size();
    }

    /**
     * Packs a sentence's sequential message id (-1 when empty) and radio channel, or a tag-block
     * group id, into one key; the two kinds never collide.
     */
    static long key(int sequentialId, char channel) {
        return ((long) (sequentialId + 1) << 16) | channel;
    }

    static long groupKey(int groupId) {
        return (1L << 62) | groupId;
    }

    private Message find(String source, long key) {
        for (int i = pending.size() - 1; i >= 0; i--) {
            Message m = pending.get(i);
            if (m.matches(source, key)) {
                return m;
            }
        }
        return null;
    }

    private void reject(Message message, String why, DecodedInput out) {
        pending.remove(message);
        String detail =
                "fragment of a " + message.count + "-part message that did not complete: " + why;
        for (int i = 0; i < message.count; i++) {
            if (message.lines[i] != null) {
                out.rejected(
                        RejectedInput.of(
                                message.lines[i],
                                RejectReason.INCOMPLETE_MULTIPART,
                                detail,
                                message.time,
                                message.sequences[i],
                                1));
            }
        }
    }
}
