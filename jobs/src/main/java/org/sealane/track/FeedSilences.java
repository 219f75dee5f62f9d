package org.sealane.track;

import java.util.Map;
import java.util.TreeMap;

/**
 * The times the whole feed was silent (outages of receivers or links), so that a vessel's AIS gap
 * counts only live feed time (DESIGN 4: a feed-wide silence is an outage, not a dark vessel). Each
 * silence is [start, end); one still going on ends at {@link Long#MAX_VALUE}. Not thread-safe.
 */
public final class FeedSilences {

    public static final long ONGOING = Long.MAX_VALUE;

    private static final long MINUTE = 60_000L;

    private final TreeMap<Long, Long> byStart = new TreeMap<>();

    /** Records a silence, or the end of one recorded as ongoing (same start). */
    public void put(long start, long end) {
        byStart.put(start, end);
    }

    /** Forgets silences that ended before the given time. */
    public void forgetBefore(long time) {
        byStart.entrySet().removeIf(e -> e.getValue() < time);
    }

    public boolean isEmpty() {
        return byStart.isEmpty();
    }

    public int size() {
        return byStart.size();
    }

    /**
     * The time in [from, to) during which the feed was live.
     *
     * @param positionAtTo whether a position is known at {@code to} (a vessel reappeared then): a
     *     silence still recorded as ongoing then ended in that minute, and its end is only not
     *     reported yet, because the feed's activity is followed minute by minute
     */
    public long liveMillis(long from, long to, boolean positionAtTo) {
        if (to <= from) {
            return 0;
        }
        long endOfOngoing = positionAtTo ? Math.floorDiv(to, MINUTE) * MINUTE : ONGOING;
        long live = to - from;
        Map.Entry<Long, Long> before = byStart.lowerEntry(from);
        if (before != null) {
            live -= overlap(before.getKey(), end(before.getValue(), endOfOngoing), from, to);
        }
        for (Map.Entry<Long, Long> silence : byStart.subMap(from, true, to, false).entrySet()) {
            live -= overlap(silence.getKey(), end(silence.getValue(), endOfOngoing), from, to);
        }
        return live;
    }

    private static long end(long recordedEnd, long endOfOngoing) {
        return recordedEnd == ONGOING ? endOfOngoing : recordedEnd;
    }

    /**
     * The earliest time at which {@code liveMillis(from, t, false)} can reach the given amount: a
     * silence still going on is taken to end at {@code now}, the latest time known.
     */
    public long liveReachedAt(long from, long amount, long now) {
        long t = from;
        long remaining = amount;
        Map.Entry<Long, Long> before = byStart.lowerEntry(from);
        if (before != null && before.getValue() > t) {
            t = Math.min(before.getValue(), Math.max(now, t));
        }
        for (Map.Entry<Long, Long> silence : byStart.tailMap(from, true).entrySet()) {
            long start = silence.getKey();
            if (start >= t + remaining) {
                break;
            }
            if (start > t) {
                remaining -= start - t;
                t = start;
            }
            long end = silence.getValue() == ONGOING ? Math.max(now, start) : silence.getValue();
            t = Math.max(t, end);
        }
        return t + remaining;
    }

    private static long overlap(long start, long end, long from, long to) {
        return Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
}
