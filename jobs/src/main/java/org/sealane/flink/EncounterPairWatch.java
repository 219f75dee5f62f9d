package org.sealane.flink;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.sealane.encounter.CloseObservation;
import org.sealane.encounter.EncounterPair;
import org.sealane.encounter.WaitingPair;
import org.sealane.model.AlertEvent;
import org.sealane.track.AlertFactory;
import org.sealane.track.DetectorThresholds;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;

/**
 * The encounter state of each pair of vessels found close by the grid, keyed by pair: ENCOUNTER
 * OPEN and CLOSED alerts, in event order. State is dropped when the pair's close run ends.
 */
public class EncounterPairWatch
        extends KeyedBroadcastProcessFunction<
                Long, CloseObservation, PublishedCatalogue, AlertEvent> {

    private static final long serialVersionUID = 1L;

    private static final Comparator<CloseObservation> EVENT_ORDER =
            Comparator.comparingLong(CloseObservation::time)
                    .thenComparingDouble(CloseObservation::distanceMeters);

    private final ZonesInForce zones;
    private final DetectorThresholds thresholds;
    private final long flushIntervalMillis;

    private transient ValueState<WaitingPair> pairState;
    private transient AlertFactory alerts;
    private transient ToLongFunction<String> encounterMillis;
    private transient AlertCounters alertCounters;

    public EncounterPairWatch(
            ZoneCatalogue catalogue, DetectorThresholds thresholds, long flushIntervalMillis) {
        this.zones = new ZonesInForce(catalogue);
        this.thresholds = thresholds;
        this.flushIntervalMillis = flushIntervalMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        pairState =
                getRuntimeContext().getState(new ValueStateDescriptor<>("pair", WaitingPair.class));
        judgeBy(zones.open(this::judgeBy));
        alertCounters = new AlertCounters(getRuntimeContext());
    }

    private void judgeBy(ZoneCatalogue catalogue) {
        DetectorThresholds inForce = thresholds.forCatalogue(catalogue);
        alerts = new AlertFactory(catalogue);
        Map<String, Long> millis = new HashMap<>();
        for (Zone zone : catalogue.zones()) {
            millis.put(zone.id(), inForce.encounterMillis(zone));
        }
        long defaultMillis = inForce.encounterMillis(null);
        encounterMillis = zoneId -> millis.getOrDefault(zoneId, defaultMillis);
    }

    @Override
    public void processBroadcastElement(
            PublishedCatalogue catalogue, Context ctx, Collector<AlertEvent> out) throws Exception {
        zones.adopt(ctx, catalogue);
    }

    @Override
    public void processElement(
            CloseObservation close, ReadOnlyContext ctx, Collector<AlertEvent> out)
            throws Exception {
        WaitingPair state = pairState.value();
        if (state == null) {
            state = new WaitingPair();
        }
        state.getWaiting().add(close);
        state.setTimer(
                EventTimeBatches.timerFor(
                        close.time(), flushIntervalMillis, state.getTimer(), ctx.timerService()));
        pairState.update(state);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AlertEvent> out)
            throws Exception {
        WaitingPair state = pairState.value();
        if (state == null) {
            return;
        }
        zones.restoreOnce(ctx);
        if (timestamp >= state.getTimer()) {
            state.setTimer(Long.MIN_VALUE);
        }
        long watermark = ctx.timerService().currentWatermark();
        EncounterPair pair = state.getPair();
        for (CloseObservation close :
                EventTimeBatches.takeComplete(
                        state.getWaiting(),
                        watermark,
                        flushIntervalMillis,
                        CloseObservation::time,
                        EVENT_ORDER)) {
            pair.observe(close, encounterMillis, alerts, alert -> emit(alert, out));
        }
        if (pair.isActive()
                && watermark != Long.MAX_VALUE
                && EventTimeBatches.completeAt(pair.endsAfter() + 1, flushIntervalMillis)
                        <= watermark) {
            // Every observation up to the end of the pause is in, and none continued the run.
            pair.end(alerts, alert -> emit(alert, out));
        }
        if (!pair.isActive() && state.getWaiting().isEmpty()) {
            pairState.clear();
            return;
        }
        if (pair.isActive() && watermark != Long.MAX_VALUE) {
            ctx.timerService()
                    .registerEventTimeTimer(
                            EventTimeBatches.completeAt(pair.endsAfter() + 1, flushIntervalMillis));
        }
        pairState.update(state);
    }

    private void emit(AlertEvent alert, Collector<AlertEvent> out) {
        alertCounters.count(alert);
        out.collect(alert);
    }
}
