package org.sealane.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sealane.avro.AlertType;
import org.sealane.config.SealaneConfig;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.track.FixVerdict;
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

    static final Comparator<PositionReport> EVENT_ORDER =
            Comparator.comparingLong(PositionReport::time)
                    .thenComparingLong(PositionReport::sequence);

    private final ZoneCatalogue catalogue;
    private final SealaneConfig config;

    private transient ZoneIndex index;
    private transient TrackFilter filter;
    private transient ZoneMembershipTracker membership;
    private transient long expiryMillis;
    private transient ValueState<VesselTrack> trackState;
    private transient ListState<PositionReport> pendingFixes;
    private transient LongCounter duplicateLines;
    private transient LongCounter jumps;
    private transient Map<AlertType, LongCounter> alertCounters;
    private transient List<PositionReport> due;
    private transient List<PositionReport> notYet;

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
        trackState =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("track", VesselTrack.class));
        pendingFixes =
                getRuntimeContext()
                        .getListState(
                                new ListStateDescriptor<>("pending-fixes", PositionReport.class));
        duplicateLines = getRuntimeContext().getLongCounter(PipelineCounters.DUPLICATE_LINES);
        jumps = getRuntimeContext().getLongCounter(PipelineCounters.POSITION_JUMPS);
        alertCounters = new EnumMap<>(AlertType.class);
        due = new ArrayList<>();
        notYet = new ArrayList<>();
    }

    @Override
    public void processElement(PositionReport fix, Context ctx, Collector<AlertEvent> out)
            throws Exception {
        pendingFixes.add(fix);
        ctx.timerService().registerEventTimeTimer(fix.time());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AlertEvent> out)
            throws Exception {
        long watermark = ctx.timerService().currentWatermark();
        Iterable<PositionReport> pending = pendingFixes.get();
        due.clear();
        notYet.clear();
        if (pending != null) {
            for (PositionReport fix : pending) {
                (fix.time() <= watermark ? due : notYet).add(fix);
            }
        }
        VesselTrack track = trackState.value();
        if (!due.isEmpty()) {
            due.sort(EVENT_ORDER);
            if (track == null) {
                track = new VesselTrack();
            }
            for (PositionReport fix : due) {
                apply(track, fix, out);
            }
            trackState.update(track);
            pendingFixes.update(notYet);
            // One expiry check an hour at most, rather than one timer per fix.
            ctx.timerService()
                    .registerEventTimeTimer(roundUpToHour(track.getLastTime() + expiryMillis));
        }
        if (track != null && notYet.isEmpty() && track.getLastTime() + expiryMillis <= timestamp) {
            trackState.clear();
            pendingFixes.clear();
        }
    }

    private void apply(VesselTrack track, PositionReport fix, Collector<AlertEvent> out) {
        long previousFixTime = track.isHasFix() ? track.getLastTime() : PositionReport.UNKNOWN_TIME;
        FixVerdict verdict = filter.apply(track, fix.time(), fix.lat(), fix.lon(), fix.sequence());
        switch (verdict) {
            case DUPLICATE -> duplicateLines.add(fix.inputLines());
            case JUMP -> jumps.add(1);
            case ACCEPTED ->
                    membership.apply(
                            track,
                            fix,
                            previousFixTime,
                            index.zonesAt(fix.lat(), fix.lon()),
                            alert -> {
                                alertCounters
                                        .computeIfAbsent(
                                                alert.type(),
                                                type ->
                                                        getRuntimeContext()
                                                                .getLongCounter(
                                                                        PipelineCounters.alerts(
                                                                                type)))
                                        .add(1);
                                out.collect(alert);
                            });
        }
    }

    private static long roundUpToHour(long time) {
        return Math.floorDiv(time + HOUR - 1, HOUR) * HOUR;
    }
}
