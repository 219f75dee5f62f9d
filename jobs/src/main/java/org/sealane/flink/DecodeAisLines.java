package org.sealane.flink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.sealane.avro.RejectReason;
import org.sealane.config.SealaneConfig;
import org.sealane.input.DecodedInput;
import org.sealane.input.EventTimeGate;
import org.sealane.input.InputFormat;
import org.sealane.input.LineDecoder;
import org.sealane.input.LineOutcome;
import org.sealane.model.InputLine;
import org.sealane.model.PositionReport;
import org.sealane.model.RawLine;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;

/**
 * Decodes input lines into positions (main output), static reports and rejected input (side
 * outputs), and lets through only positions whose event time can be used (see {@link
 * EventTimeGate}). Each input gets its own decoder (multipart messages and timestamp sentences span
 * its lines); one gate serves the whole stream because one watermark follows it. Counts every line
 * into the {@link PipelineCounters}, and positions and rejected lines into the {@link
 * SealaneMetrics}.
 */
public class DecodeAisLines extends ProcessFunction<RawLine, PositionReport> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<StaticReport> STATIC_REPORTS =
            new OutputTag<>("static-reports") {};
    public static final OutputTag<RejectedInput> REJECTED = new OutputTag<>("rejected") {};

    private final List<InputFormat> formats;
    private final SealaneConfig config;

    private transient List<LineDecoder> decoders;
    private transient EventTimeGate gate;
    private transient Emitter emitter;
    private transient LongCounter inputLines;
    private transient LongCounter positionLines;
    private transient LongCounter staticLines;
    private transient LongCounter rejectedLines;
    private transient Map<LineOutcome, LongCounter> ignoredLines;
    private transient Map<RejectReason, LongCounter> rejectedByReason;
    private transient Counter positionsMetric;
    private transient Map<RejectReason, Counter> rejectedMetrics;

    /**
     * @param formats the format of each input, by input index
     * @param config watermark bound and future tolerance
     */
    public DecodeAisLines(List<InputFormat> formats, SealaneConfig config) {
        this.formats = List.copyOf(formats);
        this.config = config;
    }

    @Override
    public void open(OpenContext openContext) {
        decoders = new ArrayList<>();
        for (int i = 0; i < formats.size(); i++) {
            decoders.add(null);
        }
        gate =
                new EventTimeGate(
                        config.maxOutOfOrderness(),
                        System.currentTimeMillis() + config.futureTolerance().toMillis());
        emitter = new Emitter();
        inputLines = getRuntimeContext().getLongCounter(PipelineCounters.INPUT_LINES);
        positionLines = getRuntimeContext().getLongCounter(PipelineCounters.POSITION_LINES);
        staticLines = getRuntimeContext().getLongCounter(PipelineCounters.STATIC_LINES);
        rejectedLines = getRuntimeContext().getLongCounter(PipelineCounters.REJECTED_LINES);
        ignoredLines = new EnumMap<>(LineOutcome.class);
        for (LineOutcome outcome : LineOutcome.values()) {
            ignoredLines.put(
                    outcome, getRuntimeContext().getLongCounter(PipelineCounters.ignored(outcome)));
        }
        rejectedByReason = new EnumMap<>(RejectReason.class);
        MetricGroup metrics = SealaneMetrics.group(getRuntimeContext());
        positionsMetric = SealaneMetrics.countWithRate(metrics, SealaneMetrics.POSITIONS);
        rejectedMetrics = SealaneMetrics.rejectedByReason(metrics);
    }

    @Override
    public void processElement(RawLine line, Context ctx, Collector<PositionReport> out) {
        LineDecoder decoder = decoderFor(InputLine.inputIndex(line.sequence()));
        emitter.bind(ctx, out, line);
        if (line.isEndOfInput()) {
            decoder.finish(emitter);
        } else {
            inputLines.add(1);
            decoder.decode(line.text(), line.sequence(), emitter);
        }
    }

    private LineDecoder decoderFor(int inputIndex) {
        LineDecoder decoder = decoders.get(inputIndex);
        if (decoder == null) {
            decoder = formats.get(inputIndex).newDecoder(config.csvHeader());
            decoders.set(inputIndex, decoder);
        }
        return decoder;
    }

    private void reject(RejectedInput rejected, Context ctx) {
        rejectedLines.add(rejected.inputLines());
        rejectedByReason
                .computeIfAbsent(
                        rejected.reason(),
                        reason ->
                                getRuntimeContext()
                                        .getLongCounter(PipelineCounters.rejected(reason)))
                .add(rejected.inputLines());
        rejectedMetrics.get(rejected.reason()).inc(rejected.inputLines());
        ctx.output(REJECTED, rejected);
    }

    /** Routes what the decoders produce to the outputs, through the event-time gate. */
    private final class Emitter implements DecodedInput {
        private Context ctx;
        private Collector<PositionReport> out;
        private RawLine current;

        void bind(Context ctx, Collector<PositionReport> out, RawLine current) {
            this.ctx = ctx;
            this.out = out;
            this.current = current;
        }

        /** The raw input of a decoded position: its line, if it came from the current one. */
        private String raw(PositionReport p) {
            if (p.sequence() == current.sequence() && !current.isEndOfInput()) {
                return current.text();
            }
            return "AIS type "
                    + p.messageType()
                    + " from MMSI "
                    + p.mmsi()
                    + " at "
                    + p.lat()
                    + ","
                    + p.lon();
        }

        @Override
        public void position(PositionReport position) {
            RejectReason refused = gate.admit(position.time(), position.hasTime());
            if (refused == null) {
                positionLines.add(position.inputLines());
                positionsMetric.inc();
                out.collect(position);
            } else {
                reject(
                        RejectedInput.of(
                                position, raw(position), refused, explain(refused, position)),
                        ctx);
            }
        }

        @Override
        public void staticReport(StaticReport staticReport) {
            staticLines.add(staticReport.inputLines());
            ctx.output(STATIC_REPORTS, staticReport);
        }

        @Override
        public void rejected(RejectedInput rejected) {
            reject(rejected, ctx);
        }

        @Override
        public void ignored(LineOutcome outcome, int lines) {
            ignoredLines.get(outcome).add(lines);
        }
    }

    private String explain(RejectReason reason, PositionReport p) {
        return switch (reason) {
            case NO_TIMESTAMP ->
                    "no receiver time: no tag block c:, $PGHP sentence or trailing"
                            + " epoch before this message";
            case BAD_TIMESTAMP ->
                    "time " + Instant.ofEpochMilli(p.time()) + " is before AIS was in use";
            case FUTURE_TIMESTAMP -> "time " + Instant.ofEpochMilli(p.time()) + " is in the future";
            case LATE ->
                    "time "
                            + Instant.ofEpochMilli(p.time())
                            + " is more than "
                            + gate.outOfOrdernessMillis() / 1000
                            + " s behind the latest position (watermark.max-out-of-orderness)";
            default -> reason.name();
        };
    }
}
