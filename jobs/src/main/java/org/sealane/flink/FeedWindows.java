package org.sealane.flink;

import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sealane.coverage.CoverageRules;
import org.sealane.coverage.ZoneObservation;

/**
 * Tells every patrol zone's coverage which windows the feed has reached, from the feed's minute
 * marks ({@link FeedActivity}): a zone no vessel entered still gets a metric for each window; and,
 * when a bounded input ends, the end of the feed's last minute. Runs with parallelism 1 (one key);
 * a few records an hour per zone.
 */
public class FeedWindows extends KeyedProcessFunction<Integer, Long, ZoneObservation> {

    private static final long serialVersionUID = 1L;

    private final List<String> patrolZones;
    private final CoverageRules rules;

    private transient ValueState<Long> first;
    private transient ValueState<Long> last;
    private transient ValueState<Long> latestMinute;

    public FeedWindows(List<String> patrolZones, CoverageRules rules) {
        this.patrolZones = List.copyOf(patrolZones);
        this.rules = rules;
    }

    @Override
    public void open(OpenContext openContext) {
        first =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("first-window", Types.LONG));
        last = getRuntimeContext().getState(new ValueStateDescriptor<>("last-window", Types.LONG));
        latestMinute =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("latest-minute", Types.LONG));
    }

    @Override
    public void processElement(Long minute, Context ctx, Collector<ZoneObservation> out)
            throws Exception {
        Long latest = latestMinute.value();
        if (latest == null) {
            // Fires only when a bounded input ends, to tell coverage when the feed stopped.
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        }
        if (latest == null || minute > latest) {
            latestMinute.update(minute);
        }
        announce(minute, out);
    }

    private void announce(long minute, Collector<ZoneObservation> out) throws Exception {
        long window = rules.windowStart(minute);
        Long earliest = first.value();
        Long latestWindow = last.value();
        if (earliest == null || window < earliest) {
            first.update(window);
        } else if (window <= latestWindow) {
            return;
        }
        if (latestWindow == null || window > latestWindow) {
            last.update(window);
        }
        for (String zone : patrolZones) {
            out.collect(ZoneObservation.feed(zone, window));
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ZoneObservation> out)
            throws Exception {
        long end = latestMinute.value() + FeedActivity.MINUTE;
        for (String zone : patrolZones) {
            out.collect(ZoneObservation.feedEnd(zone, end));
        }
    }
}
