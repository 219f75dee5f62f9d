package org.sealane.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sealane.track.FeedSilences;

/**
 * Finds the silences of the whole feed from its active minutes (DESIGN 4: a feed-wide silence is an
 * outage, not a dark vessel). A silence is reported as ongoing as soon as it has lasted the
 * threshold, and again with its end when the feed comes back, always before the watermark passes
 * those times, so the trackers downstream know every silence before they need it. Runs with one key
 * at parallelism 1: it sees a few records a minute.
 */
public class FeedSilenceMonitor extends KeyedProcessFunction<Integer, Long, FeedSilence> {

    private static final long serialVersionUID = 1L;

    /** Activity timers sit at the last millisecond of their minute; silence checks on a minute. */
    private static final long LAST_MILLI = FeedActivity.MINUTE - 1;

    private final long silenceMillis;

    private transient ValueState<Long> lastActiveMinute;
    private transient ValueState<Boolean> silenceReported;

    /**
     * @param silenceMillis a whole number of minutes
     */
    public FeedSilenceMonitor(long silenceMillis) {
        this.silenceMillis = silenceMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        lastActiveMinute =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("last-active-minute", Long.class));
        silenceReported =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("silence-reported", Boolean.class));
    }

    @Override
    public void processElement(Long minute, Context ctx, Collector<FeedSilence> out) {
        // At the minute's end, every position of that minute is in: the watermark passed it.
        ctx.timerService().registerEventTimeTimer(minute + LAST_MILLI);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<FeedSilence> out)
            throws Exception {
        Long last = lastActiveMinute.value();
        if (Math.floorMod(timestamp, FeedActivity.MINUTE) == LAST_MILLI) {
            long minute = timestamp - LAST_MILLI;
            if (last != null && minute <= last) {
                return;
            }
            if (last != null && minute - (last + FeedActivity.MINUTE) >= silenceMillis) {
                out.collect(new FeedSilence(last + FeedActivity.MINUTE, minute));
            }
            lastActiveMinute.update(minute);
            silenceReported.clear();
            ctx.timerService().registerEventTimeTimer(minute + FeedActivity.MINUTE + silenceMillis);
        } else if (last != null
                && timestamp == last + FeedActivity.MINUTE + silenceMillis
                && silenceReported.value() == null) {
            out.collect(new FeedSilence(last + FeedActivity.MINUTE, FeedSilences.ONGOING));
            silenceReported.update(true);
        }
    }
}
