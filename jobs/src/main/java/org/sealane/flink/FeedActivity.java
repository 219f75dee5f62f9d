package org.sealane.flink;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.sealane.model.PositionReport;

/**
 * Marks the minutes in which the feed delivered positions: emits the start of a position's minute
 * whenever it differs from the last one this instance emitted, so a few records a minute leave each
 * instance, not one per position. Every minute with a position is marked by some instance, whatever
 * the parallelism. Chained to the decoder.
 */
public class FeedActivity extends ProcessFunction<PositionReport, Long> {

    private static final long serialVersionUID = 1L;
    static final long MINUTE = 60_000L;

    private transient long lastMinute = Long.MIN_VALUE;

    @Override
    public void processElement(PositionReport position, Context ctx, Collector<Long> out) {
        long minute = Math.floorDiv(position.time(), MINUTE) * MINUTE;
        if (minute != lastMinute) {
            lastMinute = minute;
            out.collect(minute);
        }
    }
}
