package org.sealane.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.flink.streaming.api.TimerService;

/**
 * When records that an upstream tracker emits are complete. A tracker applies a fix at the latest
 * at the flush timer that follows it, {@code alignUp(time, flushInterval)}, and emits what it makes
 * of it before passing that watermark on. So once the watermark downstream reaches that time, every
 * record of that event time has arrived, from every upstream instance, and they can be taken in a
 * deterministic order.
 */
final class EventTimeBatches {

    private EventTimeBatches() {}

    /** The event time at which records of this time are all in. */
    static long completeAt(long time, long flushIntervalMillis) {
        return VesselTracker.alignUp(time, flushIntervalMillis);
    }

    /**
     * Makes sure a timer fires once records of this time are all in, and returns the latest timer
     * now registered. Records come in event order, mostly: registering each one's timer would cost
     * more than the work it triggers, so only a later one than {@code registered} is added.
     */
    static long timerFor(
            long time, long flushIntervalMillis, long registered, TimerService timers) {
        long due = completeAt(time, flushIntervalMillis);
        if (due <= registered) {
            return registered;
        }
        timers.registerEventTimeTimer(due);
        return due;
    }

    /**
     * Removes from {@code waiting} the records that are complete at the watermark, and returns them
     * in the given order.
     */
    static <T> List<T> takeComplete(
            List<T> waiting,
            long watermark,
            long flushIntervalMillis,
            ToLongFunction<T> time,
            Comparator<T> order) {
        List<T> due = new ArrayList<>();
        List<T> later = new ArrayList<>();
        for (T record : waiting) {
            if (completeAt(time.applyAsLong(record), flushIntervalMillis) <= watermark) {
                due.add(record);
            } else {
                later.add(record);
            }
        }
        waiting.clear();
        waiting.addAll(later);
        due.sort(order);
        return due;
    }
}
