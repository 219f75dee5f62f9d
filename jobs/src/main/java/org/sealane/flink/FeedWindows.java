package org.sealane.flink;

import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.sealane.coverage.CoverageRules;
import org.sealane.coverage.ZoneObservation;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/**
 * Tells every patrol zone's coverage which windows the feed has reached, from the feed's minute
 * marks ({@link FeedActivity}): a zone no vessel entered still gets a metric for each window; and,
 * when a bounded input ends, the end of the feed's last minute. Runs with parallelism 1 (one key);
 * a few records an hour per zone. The patrol zones are those of the zone catalogue in force ({@link
 * ZonesInForce}); one it adds is told of the window the feed is in at once.
 */
public class FeedWindows
        extends KeyedBroadcastProcessFunction<Integer, Long, PublishedCatalogue, ZoneObservation> {

    private static final long serialVersionUID = 1L;

    private static final ValueStateDescriptor<Long> LAST_WINDOW =
            new ValueStateDescriptor<>("last-window", Types.LONG);

    private final ZonesInForce zones;
    private final CoverageRules rules;

    private transient List<String> patrolZones;

    private transient ValueState<Long> first;
    private transient ValueState<Long> last;
    private transient ValueState<Long> latestMinute;

    public FeedWindows(ZoneCatalogue catalogue, CoverageRules rules) {
        this.zones = new ZonesInForce(catalogue);
        this.rules = rules;
    }

    @Override
    public void open(OpenContext openContext) {
        first =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("first-window", Types.LONG));
        last = getRuntimeContext().getState(LAST_WINDOW);
        latestMinute =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("latest-minute", Types.LONG));
        judgeBy(zones.open(this::judgeBy));
    }

    private void judgeBy(ZoneCatalogue catalogue) {
        patrolZones =
                catalogue.zones().stream()
                        .filter(zone -> zone.kind() == ZoneKind.PATROL)
                        .map(Zone::id)
                        .toList();
    }

    @Override
    public void processBroadcastElement(
            PublishedCatalogue catalogue, Context ctx, Collector<ZoneObservation> out)
            throws Exception {
        List<String> before = patrolZones;
        zones.adopt(ctx, catalogue);
        ctx.applyToKeyedState(
                LAST_WINDOW,
                (key, window) -> {
                    if (window.value() == null) {
                        return;
                    }
                    for (String zone : patrolZones) {
                        if (!before.contains(zone)) {
                            out.collect(ZoneObservation.feed(zone, window.value()));
                        }
                    }
                });
    }

    @Override
    public void processElement(Long minute, ReadOnlyContext ctx, Collector<ZoneObservation> out)
            throws Exception {
        zones.restoreOnce(ctx);
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
        zones.restoreOnce(ctx);
        long end = latestMinute.value() + FeedActivity.MINUTE;
        for (String zone : patrolZones) {
            out.collect(ZoneObservation.feedEnd(zone, end));
        }
    }
}
