package org.sealane.map;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sealane.avro.AlertState;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.output.AlertJsonFormat;

/**
 * The alerts of the last hours that the live map shows: each alert once, in its latest state, with
 * a sequence number per state taken in so that a page can ask for what it has not seen yet.
 *
 * <p>"The last hours" are counted back from the newest alert time seen, not from the clock, so a
 * log replayed into Kafka shows as it would have live. Older alerts leave; so do the oldest when
 * more than {@code capacity} are held, which bounds memory whatever the topic holds. A CLOSED state
 * is final: an OPEN that comes after its CLOSED (a job restarted from an older checkpoint writes it
 * again) does not reopen the alert.
 *
 * <p>Thread-safe: the topic's reader adds while the web server's threads read and wait.
 */
public final class RecentAlerts {

    private static final Comparator<MapAlert> BY_TIME =
            Comparator.comparingLong(MapAlert::time).thenComparingLong(MapAlert::sequence);

    private final long windowMillis;
    private final int capacity;
    private final AlertJsonFormat json = new AlertJsonFormat();

    private final Map<String, MapAlert> byId = new HashMap<>();
    private final NavigableMap<Long, MapAlert> bySequence = new TreeMap<>();
    private final TreeSet<MapAlert> byTime = new TreeSet<>(BY_TIME);
    private long sequence;
    private long newestTime = Long.MIN_VALUE;

    /**
     * @param window how far back from the newest alert time alerts are kept
     * @param capacity at most this many alerts are kept
     */
    public RecentAlerts(Duration window, int capacity) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive, not " + window);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("the capacity must be at least 1, not " + capacity);
        }
        this.windowMillis = window.toMillis();
        this.capacity = capacity;
    }

    /** An alert's time: its start while OPEN, its end once CLOSED (as {@code watch} prints it). */
    static long timeOf(AlertEvent alert) {
        return alert.state() == AlertState.CLOSED && alert.endTime() != PositionReport.UNKNOWN_TIME
                ? alert.endTime()
                : alert.startTime();
    }

    /**
     * Takes in an alert's state, replacing the state held before.
     *
     * @return the alert as held, or null if it is older than the window or would reopen a CLOSED
     *     alert
     */
    public synchronized MapAlert add(AlertEvent alert) {
        long time = timeOf(alert);
        if (newestTime != Long.MIN_VALUE && time < newestTime - windowMillis) {
            return null;
        }
        MapAlert before = byId.get(alert.alertId());
        if (before != null) {
            if (before.state() == AlertState.CLOSED && alert.state() == AlertState.OPEN) {
                return null;
            }
            remove(before);
        }
        MapAlert held =
                new MapAlert(++sequence, alert.alertId(), alert.state(), time, json.toJson(alert));
        byId.put(held.alertId(), held);
        bySequence.put(held.sequence(), held);
        byTime.add(held);
        newestTime = Math.max(newestTime, time);
        while (!byTime.isEmpty()
                && (byTime.first().time() < newestTime - windowMillis
                        || byTime.size() > capacity)) {
            remove(byTime.first());
        }
        notifyAll();
        return held;
    }

    private void remove(MapAlert alert) {
        byId.remove(alert.alertId());
        bySequence.remove(alert.sequence());
        byTime.remove(alert);
    }

    /**
     * Alerts as of a sequence number.
     *
     * @param sequence the number of the latest state taken in when they were read; 0 before the
     *     first
     * @param alerts the alerts, in the order their latest states came
     */
    public record Snapshot(long sequence, List<MapAlert> alerts) {
        public Snapshot {
            alerts = List.copyOf(alerts);
        }
    }

    /** The sequence number of the latest state taken in; 0 before the first. */
    public synchronized long sequence() {
        return sequence;
    }

    /** Every alert held. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(sequence, new ArrayList<>(bySequence.values()));
    }

    /** The alerts whose latest state is OPEN, in the order they came. */
    public synchronized List<MapAlert> open() {
        return bySequence.values().stream().filter(a -> a.state() == AlertState.OPEN).toList();
    }

    /**
     * The alerts whose latest state came after sequence number {@code seen}: what a page that has
     * seen up to {@code seen} lacks. A state replaced since is not repeated; its replacement is
     * there. A number this map never gave (a page that saw a map before it was restarted) counts as
     * nothing seen.
     */
    public synchronized Snapshot after(long seen) {
        long from = seen > sequence ? 0 : seen;
        return new Snapshot(sequence, new ArrayList<>(bySequence.tailMap(from, false).values()));
    }

    /**
     * As {@link #after}, waiting up to {@code wait} for a new state if there is none yet.
     *
     * @return the alerts after {@code seen}, with the sequence number they bring the page to
     */
    public synchronized Snapshot awaitAfter(long seen, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (sequence == seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return after(seen);
    }
}
