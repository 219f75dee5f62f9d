package org.sealane.flink;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.sealane.config.SealaneConfig;
import org.sealane.coverage.CoverageRules;
import org.sealane.coverage.ZoneCoverageMetric;
import org.sealane.coverage.ZoneObservation;
import org.sealane.encounter.CloseObservation;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.input.InputFormat;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.model.RawLine;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;
import org.sealane.track.DetectorThresholds;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.ZoneCatalogue;

/**
 * The operators every sealane job runs, as methods that take and return streams; replay and live
 * jobs differ only in the sources and sinks they attach. Every operator has a stable uid and a name
 * (DESIGN 6).
 */
public final class SealaneTopology {

    /** Largest parallelism the jobs' keyed state can ever be rescaled to (DESIGN 6). */
    public static final int MAX_PARALLELISM = 128;

    private SealaneTopology() {}

    /**
     * The pipeline settings every sealane job runs with (DESIGN 6): streaming, stable uids only, no
     * generic (Kryo) types, object reuse, a fixed maximum parallelism.
     */
    public static void configure(StreamExecutionEnvironment env) {
        Configuration pipeline = new Configuration();
        pipeline.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.STREAMING);
        pipeline.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
        pipeline.set(PipelineOptions.GENERIC_TYPES, false);
        pipeline.set(PipelineOptions.OBJECT_REUSE, true);
        pipeline.set(PipelineOptions.MAX_PARALLELISM, MAX_PARALLELISM);
        env.configure(pipeline);
    }

    /** What decoding makes of the input lines. */
    public record DecodedStreams(
            DataStream<PositionReport> positions,
            DataStream<StaticReport> staticReports,
            DataStream<RejectedInput> rejected) {}

    /**
     * Decodes lines into event-timed positions (with watermarks), static reports and rejected
     * input. Runs at the parallelism of {@code lines}, chained to its source.
     *
     * @param formats the format of each input, by input index
     */
    public static DecodedStreams decode(
            DataStream<RawLine> lines, List<InputFormat> formats, SealaneConfig config) {
        return decode(lines, formats, config, Duration.ZERO);
    }

    /**
     * Decodes lines as {@link #decode(DataStream, List, SealaneConfig)} does; a parallel instance
     * that has had no lines for {@code idleness} (wall clock; zero for never) stops holding back
     * event time, as a live source's partition without traffic must.
     */
    public static DecodedStreams decode(
            DataStream<RawLine> lines,
            List<InputFormat> formats,
            SealaneConfig config,
            Duration idleness) {
        SingleOutputStreamOperator<PositionReport> decoded =
                lines.process(new DecodeAisLines(formats, config), PositionReportTypeInfo.INSTANCE)
                        .setParallelism(lines.getParallelism())
                        .uid("decode-ais")
                        .name("Decode AIS and check event time");
        long stepMillis =
                Math.max(config.watermarkInterval().toMillis(), config.flushInterval().toMillis());
        long outOfOrdernessMillis = config.maxOutOfOrderness().toMillis();
        WatermarkStrategy<PositionReport> eventTime =
                WatermarkStrategy.<PositionReport>forGenerator(
                                context -> new PositionWatermarks(outOfOrdernessMillis, stepMillis))
                        .withTimestampAssigner((position, ignored) -> position.time());
        if (!idleness.isZero()) {
            eventTime = eventTime.withIdleness(idleness);
        }
        DataStream<PositionReport> positions =
                decoded.assignTimestampsAndWatermarks(eventTime)
                        .setParallelism(lines.getParallelism())
                        .uid("position-watermarks")
                        .name("Position event time");
        return new DecodedStreams(
                positions,
                decoded.getSideOutput(DecodeAisLines.STATIC_REPORTS),
                decoded.getSideOutput(DecodeAisLines.REJECTED));
    }

    /**
     * What monitoring makes of the positions.
     *
     * @param coverage null when {@code coverage.enabled} is false
     * @param trackPoints each vessel's good fixes, thinned for drawing its track on a map
     */
    public record MonitoredStreams(
            DataStream<AlertEvent> alerts,
            DataStream<ZoneCoverageMetric> coverage,
            DataStream<PositionReport> trackPoints) {}

    /**
     * Every alert, as {@link #monitor(DataStream, ZoneCatalogue, DataStream, TaskForceRoster,
     * SealaneConfig)} makes them, by one zone catalogue from start to end (a replay).
     */
    public static MonitoredStreams monitor(
            DataStream<PositionReport> positions,
            ZoneCatalogue zones,
            TaskForceRoster roster,
            SealaneConfig config) {
        return monitor(positions, zones, null, roster, config);
    }

    /**
     * Every alert: the per-vessel detectors (zones, transits, loitering, speed, gaps, jumps and
     * identity conflicts) and encounters between vessels, in event time (docs/detectors.md); and
     * the task force's coverage of each patrol zone, with its COVERAGE_GAP alerts
     * (docs/coverage.md).
     *
     * @param zones the catalogue the operators start with
     * @param catalogues checked catalogues ({@link ZoneCatalogueCheck}) that replace it from the
     *     next position each operator handles after one comes; the latest stays in force across
     *     restores. Null for none: the start catalogue stays.
     */
    public static MonitoredStreams monitor(
            DataStream<PositionReport> positions,
            ZoneCatalogue zones,
            DataStream<PublishedCatalogue> catalogues,
            TaskForceRoster roster,
            SealaneConfig config) {
        DetectorThresholds thresholds = new DetectorThresholds(config);
        CoverageRules coverageRules = CoverageRules.of(config);
        long flushIntervalMillis = config.flushInterval().toMillis();
        DataStream<Long> feedMinutes =
                positions
                        .process(new FeedActivity(), Types.LONG)
                        .setParallelism(positions.getParallelism())
                        .uid("feed-activity")
                        .name("Feed activity by minute");
        DataStream<FeedSilence> silences =
                feedMinutes
                        .keyBy(minute -> 0, Types.INT)
                        .process(
                                new FeedSilenceMonitor(thresholds.feedSilenceMillis()),
                                TypeInformation.of(FeedSilence.class))
                        .setParallelism(1)
                        .uid("feed-silences")
                        .name("Feed silences");
        if (catalogues == null) {
            // No records, but the feed's event time: a source of its own would hold back every
            // operator it is connected to until its task had run, and a short replay can be
            // over by then, its alerts all made at the end of input.
            catalogues =
                    silences.flatMap(
                                    (FeedSilence silence, Collector<PublishedCatalogue> none) -> {},
                                    TypeInformation.of(PublishedCatalogue.class))
                            .setParallelism(1)
                            .uid("no-zone-catalogues")
                            .name("No published zone catalogues");
        }
        DataStream<TrackerNotice> notices =
                silences.map(TrackerNotice::of, TrackerNotice.TYPE)
                        .setParallelism(1)
                        .uid("feed-silence-notices")
                        .name("Feed silences for the vessel trackers")
                        .union(
                                catalogues
                                        .map(TrackerNotice::of, TrackerNotice.TYPE)
                                        .setParallelism(1)
                                        .uid("zone-catalogue-notices")
                                        .name("Zone catalogues for the vessel trackers"));
        SingleOutputStreamOperator<AlertEvent> vesselAlerts =
                positions
                        .keyBy(new ByVessel())
                        .connect(notices.broadcast(VesselTracker.FEED_SILENCES, ZonesInForce.STATE))
                        .process(
                                new VesselTracker(
                                        zones,
                                        thresholds,
                                        flushIntervalMillis,
                                        config.partitionIdleness().toMillis()))
                        .uid("vessel-tracker")
                        .name("Vessel detectors");
        DataStream<AlertEvent> encounters =
                vesselAlerts
                        .getSideOutput(VesselTracker.SIGHTINGS)
                        .keyBy(sighting -> sighting.cell(), Types.LONG)
                        .connect(catalogues.broadcast(ZonesInForce.STATE))
                        .process(
                                new EncounterCellWatch(zones, thresholds, flushIntervalMillis),
                                CloseObservation.TYPE)
                        .uid("encounter-cells")
                        .name("Encounter grid cells")
                        .keyBy(close -> close.pairKey(), Types.LONG)
                        .connect(catalogues.broadcast(ZonesInForce.STATE))
                        .process(
                                new EncounterPairWatch(zones, thresholds, flushIntervalMillis),
                                TypeInformation.of(AlertEvent.class))
                        .uid("encounter-pairs")
                        .name("Encounters");
        DataStream<AlertEvent> detected = vesselAlerts.union(encounters);
        DataStream<PositionReport> trackPoints =
                vesselAlerts.getSideOutput(VesselTracker.TRACK_POINTS);
        if (!config.coverageEnabled()) {
            return new MonitoredStreams(detected, null, trackPoints);
        }

        DataStream<ZoneObservation> feedWindows =
                feedMinutes
                        .keyBy(minute -> 0, Types.INT)
                        .connect(catalogues.broadcast(ZonesInForce.STATE))
                        .process(new FeedWindows(zones, coverageRules), ZoneObservation.TYPE)
                        .setParallelism(1)
                        .uid("feed-windows")
                        .name("Feed windows");
        DataStream<ZoneObservation> zoneAlerts =
                detected.connect(catalogues.broadcast(ZonesInForce.STATE))
                        .process(new PatrolZoneAlerts(zones), ZoneObservation.TYPE)
                        .uid("patrol-zone-alerts")
                        .name("Alerts by patrol zone");
        SingleOutputStreamOperator<ZoneCoverageMetric> coverage =
                vesselAlerts
                        .getSideOutput(VesselTracker.PRESENCE)
                        .union(zoneAlerts, feedWindows)
                        .keyBy(ZoneObservation::zoneId, Types.STRING)
                        .connect(catalogues.broadcast(ZonesInForce.STATE))
                        .process(
                                new CoverageWatch(zones, coverageRules, roster),
                                ZoneCoverageMetric.TYPE)
                        .uid("patrol-coverage")
                        .name("Patrol zone coverage");
        return new MonitoredStreams(
                detected.union(coverage.getSideOutput(CoverageWatch.COVERAGE_GAPS)),
                coverage,
                trackPoints);
    }
}
