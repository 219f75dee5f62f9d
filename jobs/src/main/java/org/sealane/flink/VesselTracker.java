package org.sealane.flink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.sealane.coverage.ZoneObservation;
import org.sealane.encounter.CellSighting;
import org.sealane.encounter.EncounterGrid;
import org.sealane.model.AlertEvent;
import org.sealane.model.EncounterSighting;
import org.sealane.model.PositionReport;
import org.sealane.track.DetectorThresholds;
import org.sealane.track.FeedSilences;
import org.sealane.track.TrackThinning;
import org.sealane.track.VesselMonitor;
import org.sealane.track.VesselTrack;
import org.sealane.zones.ZoneCatalogue;

/**
 * Follows each vessel (keyed by MMSI) in event time and runs its detectors ({@link VesselMonitor}).
 * Fixes wait in keyed state until the watermark passes them, then are applied in time order (ties
 * in input order), so out-of-order input within the watermark bound gives the same alerts as sorted
 * input, at any parallelism. Presence in patrol zones goes to {@link #PRESENCE} after each batch.
 * The feed's silences come in on the broadcast side, so AIS gaps count only live feed time, and so
 * do zone catalogues published to the live job, which judge every fix applied after they came. Slow
 * fixes go to {@link #SIGHTINGS}, by grid cell, for the encounter search; a thinned track to {@link
 * #TRACK_POINTS}. A vessel silent for {@code track.expiry} is forgotten: its state and timers are
 * removed.
 */
public class VesselTracker
        extends KeyedBroadcastProcessFunction<Long, PositionReport, TrackerNotice, AlertEvent> {

    private static final long serialVersionUID = 1L;

    /** Slow fixes for the encounter search, one record per grid cell they concern. */
    public static final OutputTag<CellSighting> SIGHTINGS =
            new OutputTag<>("encounter-sightings", CellSighting.TYPE) {};

    /** Presence of vessels in patrol zones, for coverage (docs/coverage.md). */
    public static final OutputTag<ZoneObservation> PRESENCE =
            new OutputTag<>("patrol-presence", ZoneObservation.TYPE) {};

    /** Where each vessel went, thinned for a map ({@link TrackThinning}), for replay reports. */
    public static final OutputTag<PositionReport> TRACK_POINTS =
            new OutputTag<>("track-points", PositionReportTypeInfo.INSTANCE);

    /** The feed's silences, by start; the same on every subtask. */
    public static final MapStateDescriptor<Long, Long> FEED_SILENCES =
            new MapStateDescriptor<>("feed-silences", Types.LONG, Types.LONG);

    private static final long HOUR = 3_600_000L;
    private static final long MINUTE = 60_000L;

    private final ZonesInForce zones;
    private final DetectorThresholds thresholds;
    private final long flushIntervalMillis;
    private final long behindEventTimeWaitMillis;

    private transient VesselMonitor monitor;
    private transient EncounterGrid grid;
    private transient FeedSilences silences;
    private transient ValueState<PendingFixes> vesselState;
    private transient LongCounter duplicateLines;
    private transient AlertCounters alertCounters;
    private transient Emitter emitter;
    private transient long run;
    // Read by Flink's metric reporters on threads of their own.
    private transient volatile long trackedVessels;
    private transient volatile long detectorsWatermark;

    /**
     * @param flushIntervalMillis fixes wait for event time in batches aligned to this; 0 for each
     *     on its own
     * @param behindEventTimeWaitMillis how long of wall-clock time a fix that arrives behind event
     *     time waits for a watermark before it is taken without one ({@code input.idleness}; 0:
     *     until the next watermark, as no partition is ever idle)
     */
    public VesselTracker(
            ZoneCatalogue catalogue,
            DetectorThresholds thresholds,
            long flushIntervalMillis,
            long behindEventTimeWaitMillis) {
        this.zones = new ZonesInForce(catalogue);
        this.thresholds = thresholds;
        this.flushIntervalMillis = flushIntervalMillis;
        this.behindEventTimeWaitMillis = behindEventTimeWaitMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        ZoneCatalogue start = zones.open(this::judgeBy);
        monitor = new VesselMonitor(start, thresholds);
        grid = new EncounterGrid(start, thresholds.forCatalogue(start));
        vesselState =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("vessel", PendingFixes.class));
        duplicateLines = getRuntimeContext().getLongCounter(PipelineCounters.DUPLICATE_LINES);
        alertCounters = new AlertCounters(getRuntimeContext());
        emitter = new Emitter();
        run = ThreadLocalRandom.current().nextLong() | 1L;
        trackedVessels = 0;
        detectorsWatermark = Long.MIN_VALUE;
        MetricGroup metrics = SealaneMetrics.group(getRuntimeContext());
        metrics.<Long, Gauge<Long>>gauge(SealaneMetrics.TRACKED_VESSELS, () -> trackedVessels);
        metrics.<Long, Gauge<Long>>gauge(SealaneMetrics.EVENT_TIME_LAG, this::eventTimeLagMillis);
    }

    /** Wall clock minus the detectors' event time; none before the first watermark. */
    private Long eventTimeLagMillis() {
        long current = detectorsWatermark;
        return current == Long.MIN_VALUE ? null : System.currentTimeMillis() - current;
    }

    /**
     * Counts a vessel into {@code trackedVessels} the first time this run touches its state: after
     * a restore, the vessels in state are counted as their fixes or timers come.
     */
    private void countTracked(PendingFixes vessel) {
        if (vessel.getCountedBy() != run) {
            vessel.setCountedBy(run);
            trackedVessels++;
        }
    }

    private void observe(long currentWatermark) {
        // The end of a bounded input (Long.MAX_VALUE) is not an event time: keep the last one.
        if (currentWatermark != Long.MAX_VALUE && currentWatermark != detectorsWatermark) {
            detectorsWatermark = currentWatermark;
        }
    }

    @Override
    public void processElement(PositionReport fix, ReadOnlyContext ctx, Collector<AlertEvent> out)
            throws Exception {
        PendingFixes vessel = vesselState.value();
        if (vessel == null) {
            vessel = new PendingFixes();
        }
        countTracked(vessel);
        long watermark = ctx.timerService().currentWatermark();
        observe(watermark);
        vessel.add(fix);
        // One flush timer per vessel, at its earliest waiting fix rounded up to the flush
        // interval: a timer per fix would make the timer queue, not the tracking, the cost of the
        // job.
        long due = alignUp(fix.time(), flushIntervalMillis);
        if (due <= watermark && behindEventTimeWaitMillis > 0) {
            // Event time is already past it: its Kafka partition was idle while another moved the
            // watermark on. Its flush timer fires at the next watermark, with its neighbours in
            // time order; a quiet feed may not send one for hours, so after the input's idleness
            // of wall-clock time it is taken without.
            long now = ctx.timerService().currentProcessingTime();
            ctx.timerService()
                    .registerProcessingTimeTimer(
                            alignUp(now + behindEventTimeWaitMillis, behindEventTimeWaitMillis));
        }
        if (vessel.getFlushTimer() == PendingFixes.NO_TIMER || due < vessel.getFlushTimer()) {
            ctx.timerService().registerEventTimeTimer(due);
            vessel.setFlushTimer(due);
        }
        vesselState.update(vessel);
    }

    @Override
    public void processBroadcastElement(
            TrackerNotice notice, Context ctx, Collector<AlertEvent> out) throws Exception {
        if (notice.catalogue() != null) {
            zones.adopt(ctx, notice.catalogue());
        } else {
            feedSilence(notice.silence(), ctx);
        }
    }

    /**
     * Judges fixes by another catalogue from now on. The encounter grid follows the catalogue's
     * largest encounter distance; vessels already waiting in cells of the old grid are found again
     * from their next slow fix.
     */
    private void judgeBy(ZoneCatalogue catalogue) {
        monitor.useCatalogue(catalogue);
        grid = new EncounterGrid(catalogue, thresholds.forCatalogue(catalogue));
    }

    private void feedSilence(FeedSilence silence, Context ctx) throws Exception {
        BroadcastState<Long, Long> state = ctx.getBroadcastState(FEED_SILENCES);
        state.put(silence.start(), silence.end());
        // Older silences can no longer fall inside any vessel's gap: every vessel silent that
        // long has been forgotten.
        long horizon = silence.start() - 2 * thresholds.expiryMillis();
        for (var it = state.iterator(); it.hasNext(); ) {
            if (it.next().getValue() < horizon) {
                it.remove();
            }
        }
        silences(state.entries()).put(silence.start(), silence.end());
        silences.forgetBefore(horizon);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AlertEvent> out)
            throws Exception {
        PendingFixes vessel = vesselState.value();
        if (vessel == null) {
            return;
        }
        countTracked(vessel);
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
            if (vessel.hasWaiting()
                    && vessel.earliestWaiting() <= ctx.timerService().currentWatermark()) {
                flush(vessel, PendingFixes.NO_TIMER, ctx, out);
            }
            return;
        }
        flush(vessel, timestamp, ctx, out);
    }

    /**
     * Applies the vessel's fixes that event time has passed, then schedules what it waits for next,
     * or forgets it.
     *
     * @param timer the timer that fired, or {@link PendingFixes#NO_TIMER}
     */
    private void flush(
            PendingFixes vessel, long timer, ReadOnlyContext ctx, Collector<AlertEvent> out)
            throws Exception {
        zones.restoreOnce(ctx);
        FeedSilences feed = silences(ctx.getBroadcastState(FEED_SILENCES).immutableEntries());
        emitter.bind(ctx, out);
        VesselTrack track = vessel.getTrack();
        long watermark = ctx.timerService().currentWatermark();
        observe(watermark);
        vessel.takeDue(watermark, fix -> monitor.apply(track, fix, feed, emitter));
        monitor.reportPresence(track, ctx.getCurrentKey(), emitter);
        emitter.sendSightings();
        if (timer == vessel.getFlushTimer()) {
            vessel.setFlushTimer(PendingFixes.NO_TIMER);
            if (vessel.hasWaiting()) {
                long next = alignUp(vessel.earliestWaiting(), flushIntervalMillis);
                ctx.timerService().registerEventTimeTimer(next);
                vessel.setFlushTimer(next);
            }
        }
        if (timer == vessel.getQuietTimer()) {
            vessel.setQuietTimer(PendingFixes.NO_TIMER);
        }
        if (!track.isHasFix()) {
            if (!vessel.hasWaiting()) {
                clear(vessel, ctx);
                return;
            }
        } else if (watermark != Long.MAX_VALUE) {
            // The end of a bounded input is not the passing of time: nothing expires then.
            if (!vessel.hasWaiting()
                    && track.getLastTime() + thresholds.expiryMillis() <= watermark) {
                monitor.forget(track, ctx.getCurrentKey(), feed, emitter);
                clear(vessel, ctx);
                return;
            }
        }
        if (track.isHasFix()) {
            // Every silence that began before this is known: one that lasts has been reported.
            long knownUntil = watermark - thresholds.feedSilenceMillis();
            monitor.quiet(track, ctx.getCurrentKey(), knownUntil, feed, emitter);
            scheduleQuietCheck(vessel, track, feed, watermark, knownUntil, ctx);
        }
        vesselState.update(vessel);
    }

    private void scheduleQuietCheck(
            PendingFixes vessel,
            VesselTrack track,
            FeedSilences feed,
            long watermark,
            long knownUntil,
            ReadOnlyContext ctx) {
        if (watermark == Long.MAX_VALUE) {
            return;
        }
        long next = alignUp(track.getLastTime() + thresholds.expiryMillis(), HOUR);
        long check = monitor.nextQuietCheck(track, feed, knownUntil);
        if (check != Long.MAX_VALUE) {
            // A check at t needs every silence before t known: one feed-silence later.
            next = Math.min(next, alignUp(check + thresholds.feedSilenceMillis(), MINUTE));
        }
        next = Math.max(next, alignUp(watermark + 1, MINUTE));
        long registered = vessel.getQuietTimer();
        if (registered == PendingFixes.NO_TIMER || next < registered) {
            // Timers of one key at one time are one timer: never delete the flush timer's.
            if (registered != PendingFixes.NO_TIMER && registered != vessel.getFlushTimer()) {
                ctx.timerService().deleteEventTimeTimer(registered);
            }
            ctx.timerService().registerEventTimeTimer(next);
            vessel.setQuietTimer(next);
        }
    }

    private void clear(PendingFixes vessel, ReadOnlyContext ctx) {
        if (vessel.getFlushTimer() != PendingFixes.NO_TIMER) {
            ctx.timerService().deleteEventTimeTimer(vessel.getFlushTimer());
        }
        if (vessel.getQuietTimer() != PendingFixes.NO_TIMER) {
            ctx.timerService().deleteEventTimeTimer(vessel.getQuietTimer());
        }
        vesselState.clear();
        trackedVessels--;
    }

    /**
     * The feed's silences, kept in memory beside the broadcast state they mirror; after a restore
     * they are read back from what this subtask stored.
     */
    private FeedSilences silences(Iterable<Map.Entry<Long, Long>> stored) {
        if (silences == null) {
            silences = new FeedSilences();
            for (Map.Entry<Long, Long> silence : stored) {
                silences.put(silence.getKey(), silence.getValue());
            }
        }
        return silences;
    }

    /** The time rounded up to a multiple of the interval; itself for an interval of 0. */
    static long alignUp(long time, long interval) {
        return interval <= 0 ? time : Math.floorDiv(time + interval - 1, interval) * interval;
    }

    /** Hands the monitor's output to Flink: alerts to the collector, sightings by cell. */
    private final class Emitter implements VesselMonitor.Output {
        private final List<EncounterSighting> sightings = new ArrayList<>();
        private ReadOnlyContext ctx;
        private Collector<AlertEvent> out;

        void bind(ReadOnlyContext ctx, Collector<AlertEvent> out) {
            this.ctx = ctx;
            this.out = out;
        }

        @Override
        public void accept(AlertEvent alert) {
            alertCounters.count(alert);
            out.collect(alert);
        }

        @Override
        public void sighting(EncounterSighting sighting) {
            // Kept and sent after the batch: Flink's output path then compiles into the timer
            // callback once, not into every detector call on the way to it.
            sightings.add(sighting);
        }

        void sendSightings() {
            for (EncounterSighting sighting : sightings) {
                grid.forEachCell(
                        sighting.lat(),
                        sighting.lon(),
                        (cell, home) ->
                                ctx.output(SIGHTINGS, new CellSighting(cell, home, sighting)));
            }
            sightings.clear();
        }

        @Override
        public void presence(String zoneId, long mmsi, long from, long to) {
            ctx.output(PRESENCE, ZoneObservation.presence(zoneId, mmsi, from, to));
        }

        @Override
        public void duplicate(int lines) {
            duplicateLines.add(lines);
        }

        @Override
        public void trackMoved(PositionReport fix, long previousFixTime) {
            if (TrackThinning.keeps(fix, previousFixTime)) {
                ctx.output(TRACK_POINTS, fix);
            }
        }
    }
}
