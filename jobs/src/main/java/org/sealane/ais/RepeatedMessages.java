package org.sealane.ais;

import org.sealane.model.PositionReport;

/**
 * Recognises an AIS message heard again shortly after: one transmission picked up by several
 * receivers of a merged feed, or repeated by a relay. Each message's bits are fingerprinted and
 * kept in a fixed-size, direct-mapped table, so memory is bounded and a lookup costs no allocation;
 * a collision only makes a repeat go unrecognised, never a new message dropped.
 *
 * <p>Class A and B position reports carry the UTC second and their radio state, so two identical
 * reports within a minute are the same transmission; static reports repeat every few minutes at the
 * most. Not thread-safe.
 */
final class RepeatedMessages {

    /** How far apart in receive time two copies of one transmission may be stamped. */
    static final long WINDOW_MILLIS = 60_000;

    /** When times are unknown: how many lines apart two copies may be. */
    static final long WINDOW_LINES = 1_000;

    private static final int SLOTS = 1 << 14;

    private final long[] fingerprints = new long[SLOTS];
    private final long[] times = new long[SLOTS];
    private final long[] sequences = new long[SLOTS];
    private final boolean[] used = new boolean[SLOTS];

    /**
     * Records the message and says whether the same message was seen within the window.
     *
     * @param fingerprint the message's {@link SixBitPayload#fingerprint()}
     * @param time its receive time, or {@link PositionReport#UNKNOWN_TIME}
     * @param sequence its (first) line's sequence
     */
    boolean seenRecently(long fingerprint, long time, long sequence) {
        int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & (SLOTS - 1);
        boolean repeat =
                used[slot] && fingerprints[slot] == fingerprint && close(slot, time, sequence);
        if (!repeat) {
            used[slot] = true;
            fingerprints[slot] = fingerprint;
            times[slot] = time;
            sequences[slot] = sequence;
        }
        return repeat;
    }

    private boolean close(int slot, long time, long sequence) {
        if (time != PositionReport.UNKNOWN_TIME && times[slot] != PositionReport.UNKNOWN_TIME) {
            return Math.abs(time - times[slot]) <= WINDOW_MILLIS;
        }
        return Math.abs(sequence - sequences[slot]) <= WINDOW_LINES;
    }
}
