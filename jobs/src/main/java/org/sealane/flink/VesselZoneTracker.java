package org.sealane.flink;

import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sealane.avro.AlertType;
import org.sealane.config.SealaneConfig;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.track.TrackFilter;
import org.sealane.track.VesselTrack;
import org.sealane.track.ZoneMembershipTracker;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneIndex;

/**
 * Follows each vessel (keyed by MMSI) through the zones in event time. Fixes wait in keyed state
 * until the watermark passes them, then are applied in time order (ties in input order), so
 * out-of-order input within the watermark bound gives the same alerts as sorted input, at any
 * parallelism. Duplicates and position jumps do not move the track. A vessel silent for {@code
 * track.expiry} is forgotten: its state and timers are removed.
 */
public class VesselZoneTracker extends KeyedProcessFunction<Long, PositionReport, AlertEvent> {

    private static final long serialVersionUID = 1L;

    private static final long HOUR = 3_600_000L;

    private final ZoneCatalogue catalogue;
    private final SealaneConfig config;

    private transient ZoneIndex index;
    private transient TrackFilter filter;
    private transient ZoneMembershipTracker membership;
    private transient long expiryMillis;
    private transient long flushIntervalMillis;
    private transient ValueState<PendingFixes> vesselState;
    private transient LongCounter duplicateLines;
    private transient LongCounter jumps;
    private transient Map<AlertType, LongCounter> alertCounters;

    public VesselZoneTracker(ZoneCatalogue catalogue, SealaneConfig config) {
        this.catalogue = catalogue;
        this.config = config;
    }

    @Override
    public void open(OpenContext openContext) {
        index = new ZoneIndex(catalogue);
        filter = new TrackFilter(config.maxSpeedKn());
        membership = new ZoneMembershipTracker(catalogue);
        expiryMillis = config.trackExpiry().toMillis();
        flushIntervalMillis = config.flushInterval().toMillis();
        vesselState =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("vessel", PendingFixes.class));
        duplicateLines = getRuntimeContext().getLongCounter(PipelineCounters.DUPLICATE_LINES);
        jumps = getRuntimeContext().getLongCounter(PipelineCounters.POSITION_JUMPS);
        alertCounters = new EnumMap<>(AlertType.class);
    }

    @Override
    public void processElement(PositionReport fix, Context ctx, Collector<AlertEvent> out)
            throws Exception {
        PendingFixes vessel = vesselState.value();
        if (vessel == null) {
            vessel = new PendingFixes();
        }
        vessel.add(fix);
        // One flush timer per vessel, at its earliest waiting fix: a timer per fix would make
        // the timer queue, not the tracking, the cost of the job.
        if (vessel.getFlushTimer() == PendingFixes.NO_TIMER
                || fix.time() < vessel.getFlushTimer()) {
            ctx.timerService().registerEventTimeTimer(fix.time());
            vessel.setFlushTimer(fix.time());
        }
        vesselState.update(vessel);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AlertEvent> out)
            throws Exception {
        PendingFixes vessel = vesselState.value();
        if (vessel == null) {
            return;
        }
        VesselTrack track = vessel.getTrack();
        int applied =
                vessel.takeDue(
                        ctx.timerService().currentWatermark(), fix -> apply(track, fix, out));
        if (timestamp == vessel.getFlushTimer()) {
            vessel.setFlushTimer(PendingFixes.NO_TIMER);
            if (vessel.hasWaiting()) {
                long next = alignUp(vessel.earliestWaiting(), flushIntervalMillis);
                ctx.timerService().registerEventTimeTimer(next);
                vessel.setFlushTimer(next);
            }
        }
        long expiry = alignUp(track.getLastTime() + expiryMillis, HOUR);
        if (applied > 0 && expiry > vessel.getExpiryTimer()) {
            // One expiry check an hour at most, rather than one per fix.
            ctx.timerService().registerEventTimeTimer(expiry);
            vessel.setExpiryTimer(expiry);
        }
        if (!vessel.hasWaiting()
                && (!track.isHasFix() || track.getLastTime() + expiryMillis <= timestamp)) {
            vesselState.clear();
        } else {
            vesselState.update(vessel);
        }
    }

    private void apply(VesselTrack track, PositionReport fix, Collector<AlertEvent> out) {
        if (track.isHasFix() && fix.time() - track.getLastTime() >= expiryMillis) {
            // Decided here, in event order, and not by when the expiry timer happens to fire, so
            // that the outcome does not depend on how far each watermark jumps.
            track.forget();
        }
        long previousFixTime = track.isHasFix() ? track.getLastTime() : PositionReport.UNKNOWN_TIME;
        switch (filter.apply(track, fix.time(), fix.lat(), fix.lon())) {
            case DUPLICATE -> duplicateLines.add(fix.inputLines());
            case JUMP -> jumps.add(1);
            case ACCEPTED ->
                    membership.apply(
                            track,
                            fix,
                            previousFixTime,
                            index.zonesAt(fix.lat(), fix.lon()),
                            alert -> emit(alert, out));
        }
    }

    private void emit(AlertEvent alert, Collector<AlertEvent> out) {
        alertCounters
                .computeIfAbsent(
                        alert.type(),
                        type -> getRuntimeContext().getLongCounter(PipelineCounters.alerts(type)))
                .add(1);
        out.collect(alert);
    }

    /** The time rounded up to a multiple of the interval; itself for an interval of 0. */
    static long alignUp(long time, long interval) {
        return interval <= 0 ? time : Math.floorDiv(time + interval - 1, interval) * interval;
    }
}
