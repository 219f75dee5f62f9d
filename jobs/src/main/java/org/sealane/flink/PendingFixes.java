package org.sealane.flink;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sealane.model.PositionReport;
import org.sealane.track.VesselTrack;

/**
 * Keyed state of one vessel in the {@link VesselTracker}: its track, and the fixes that wait for
 * the watermark, in event order (time, then input order). Fixes mostly arrive in order, so adding
 * one is an append. A Flink POJO.
 */
public class PendingFixes {

    /** No flush timer is registered. */
    static final long NO_TIMER = Long.MIN_VALUE;

    private VesselTrack track = new VesselTrack();
    private List<PositionReport> waiting = new ArrayList<>();
    private int head;
    private long flushTimer = NO_TIMER;
    private long quietTimer = NO_TIMER;
    private long countedBy;

    public PendingFixes() {}

    public VesselTrack getTrack() {
        return track;
    }

    public void setTrack(VesselTrack track) {
        this.track = track;
    }

    /** Fixes not yet applied, in event order, from {@link #getHead()} on. */
    public List<PositionReport> getWaiting() {
        return waiting;
    }

    public void setWaiting(List<PositionReport> waiting) {
        this.waiting = waiting;
    }

    /** Index of the first fix in {@link #getWaiting()} not yet applied; earlier ones are spent. */
    public int getHead() {
        return head;
    }

    public void setHead(int head) {
        this.head = head;
    }

    /** The event time of the registered flush timer, or {@link #NO_TIMER}. */
    public long getFlushTimer() {
        return flushTimer;
    }

    public void setFlushTimer(long flushTimer) {
        this.flushTimer = flushTimer;
    }

    boolean hasWaiting() {
        return head < waiting.size();
    }

    /** The event time of the earliest waiting fix; only when {@link #hasWaiting()}. */
    long earliestWaiting() {
        return waiting.get(head).time();
    }

    /** The event time of the next registered check for silence and expiry, or {@link #NO_TIMER}. */
    public long getQuietTimer() {
        return quietTimer;
    }

    public void setQuietTimer(long quietTimer) {
        this.quietTimer = quietTimer;
    }

    /**
     * The run of the tracker (a random number drawn when it opens) that last counted this vessel as
     * tracked; 0 for none, as in state written before the field existed.
     */
    public long getCountedBy() {
        return countedBy;
    }

    public void setCountedBy(long countedBy) {
        this.countedBy = countedBy;
    }

    /** Inserts a fix in event order: an append, unless it arrived out of order. */
    void add(PositionReport fix) {
        int i = waiting.size();
        while (i > head && after(waiting.get(i - 1), fix)) {
            i--;
        }
        waiting.add(i, fix);
    }

    /**
     * Hands the fixes at or before the watermark, in event order, to the consumer, and forgets
     * them.
     *
     * @return how many were due
     */
    int takeDue(long watermark, Consumer<PositionReport> consumer) {
        int from = head;
        while (head < waiting.size() && waiting.get(head).time() <= watermark) {
            consumer.accept(waiting.get(head));
            head++;
        }
        int taken = head - from;
        // Drop spent slots once they are half the list: amortised O(1) per fix.
        if (head == waiting.size()) {
            waiting.clear();
            head = 0;
        } else if (head > waiting.size() / 2) {
            waiting.subList(0, head).clear();
            head = 0;
        }
        return taken;
    }

    private static boolean after(PositionReport a, PositionReport b) {
        return a.time() > b.time() || (a.time() == b.time() && a.sequence() > b.sequence());
    }
}
