package org.sealane.flink;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.sealane.encounter.CellSighting;
import org.sealane.encounter.CloseObservation;
import org.sealane.encounter.EncounterCell;
import org.sealane.encounter.WaitingCell;
import org.sealane.track.DetectorThresholds;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;

/**
 * One cell of the encounter grid, keyed by cell: compares each slow fix with the other vessels'
 * latest fixes in the cell, in event order, and emits the pairs found close. State is dropped once
 * the cell's fixes are stale. Each zone's encounter distance is the zone catalogue's in force
 * ({@link ZonesInForce}) when the fix is compared.
 */
public class EncounterCellWatch
        extends KeyedBroadcastProcessFunction<
                Long, CellSighting, PublishedCatalogue, CloseObservation> {

    private static final long serialVersionUID = 1L;

    private static final Comparator<CellSighting> EVENT_ORDER =
            Comparator.<CellSighting>comparingLong(s -> s.sighting().time())
                    .thenComparingLong(s -> s.sighting().mmsi());

    private final ZonesInForce zones;
    private final DetectorThresholds thresholds;
    private final long flushIntervalMillis;

    private transient ValueState<WaitingCell> cellState;
    private transient ToDoubleFunction<String> encounterMeters;

    public EncounterCellWatch(
            ZoneCatalogue catalogue, DetectorThresholds thresholds, long flushIntervalMillis) {
        this.zones = new ZonesInForce(catalogue);
        this.thresholds = thresholds;
        this.flushIntervalMillis = flushIntervalMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        cellState =
                getRuntimeContext().getState(new ValueStateDescriptor<>("cell", WaitingCell.class));
        judgeBy(zones.open(this::judgeBy));
    }

    private void judgeBy(ZoneCatalogue catalogue) {
        DetectorThresholds inForce = thresholds.forCatalogue(catalogue);
        Map<String, Double> meters = new HashMap<>();
        for (Zone zone : catalogue.zones()) {
            meters.put(zone.id(), inForce.encounterMeters(zone));
        }
        double defaultMeters = inForce.encounterMeters(null);
        encounterMeters = zoneId -> meters.getOrDefault(zoneId, defaultMeters);
    }

    @Override
    public void processBroadcastElement(
            PublishedCatalogue catalogue, Context ctx, Collector<CloseObservation> out)
            throws Exception {
        zones.adopt(ctx, catalogue);
    }

    @Override
    public void processElement(
            CellSighting sighting, ReadOnlyContext ctx, Collector<CloseObservation> out)
            throws Exception {
        WaitingCell state = cellState.value();
        if (state == null) {
            state = new WaitingCell();
        }
        state.getWaiting().add(sighting);
        state.setTimer(
                EventTimeBatches.timerFor(
                        sighting.sighting().time(),
                        flushIntervalMillis,
                        state.getTimer(),
                        ctx.timerService()));
        cellState.update(state);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CloseObservation> out)
            throws Exception {
        WaitingCell state = cellState.value();
        if (state == null) {
            return;
        }
        zones.restoreOnce(ctx);
        if (timestamp >= state.getTimer()) {
            state.setTimer(Long.MIN_VALUE);
        }
        long watermark = ctx.timerService().currentWatermark();
        EncounterCell cell = state.getCell();
        for (CellSighting sighting :
                EventTimeBatches.takeComplete(
                        state.getWaiting(),
                        watermark,
                        flushIntervalMillis,
                        s -> s.sighting().time(),
                        EVENT_ORDER)) {
            cell.observe(sighting, encounterMeters, out::collect);
        }
        if (watermark != Long.MAX_VALUE) {
            // Sightings still waiting are later than one flush interval before the watermark:
            // what is stale for all of them can go.
            cell.forgetBefore(watermark - flushIntervalMillis - EncounterCell.FRESH_MILLIS);
        }
        if (cell.isEmpty() && state.getWaiting().isEmpty()) {
            cellState.clear();
            return;
        }
        if (!cell.isEmpty() && watermark != Long.MAX_VALUE) {
            // Forget the cell's fixes once they are stale, even if no vessel comes by again.
            ctx.timerService()
                    .registerEventTimeTimer(
                            Math.max(
                                    watermark + 1,
                                    cell.newestTime()
                                            + flushIntervalMillis
                                            + EncounterCell.FRESH_MILLIS));
        }
        cellState.update(state);
    }
}
