package org.sealane.flink;

import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.sealane.config.SealaneConfig;
import org.sealane.input.InputFormat;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.model.RawLine;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;
import org.sealane.zones.ZoneCatalogue;

/**
 * The operators every sealane job runs, as methods that take and return streams; replay and live
 * jobs differ only in the sources and sinks they attach. Every operator has a stable uid and a name
 * (DESIGN 6).
 */
public final class SealaneTopology {

    private SealaneTopology() {}

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
        SingleOutputStreamOperator<PositionReport> decoded =
                lines.process(new DecodeAisLines(formats, config), PositionReportTypeInfo.INSTANCE)
                        .setParallelism(lines.getParallelism())
                        .uid("decode-ais")
                        .name("Decode AIS and check event time");
        DataStream<PositionReport> positions =
                decoded.assignTimestampsAndWatermarks(
                                WatermarkStrategy.<PositionReport>forBoundedOutOfOrderness(
                                                config.maxOutOfOrderness())
                                        .withTimestampAssigner(
                                                (position, ignored) -> position.time()))
                        .setParallelism(lines.getParallelism())
                        .uid("position-watermarks")
                        .name("Position event time");
        return new DecodedStreams(
                positions,
                decoded.getSideOutput(DecodeAisLines.STATIC_REPORTS),
                decoded.getSideOutput(DecodeAisLines.REJECTED));
    }

    /** ZONE_ENTRY and ZONE_EXIT alerts, per vessel, in event time. */
    public static DataStream<AlertEvent> zoneAlerts(
            DataStream<PositionReport> positions, ZoneCatalogue zones, SealaneConfig config) {
        return positions
                .keyBy(new ByVessel())
                .process(new VesselZoneTracker(zones, config))
                .uid("vessel-zone-tracker")
                .name("Zone entries and exits");
    }
}
