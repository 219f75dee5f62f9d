package org.sealane.flink;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.sealane.model.PositionReport;

/**
 * Bounded-out-of-orderness watermarks driven by the positions themselves, not by the wall clock:
 * the watermark trails the latest position time by the allowed out-of-orderness, and moves on whole
 * minutes as positions arrive. The same input thus gives the same watermarks on every run, so what
 * the detectors decide when time passes (a gap reached, a meeting over) does not depend on how fast
 * the machine read the input, nor on where the input happened to end between two periodic
 * emissions. Matches the {@code LATE} rule of {@link org.sealane.input.EventTimeGate}.
 */
public final class PositionWatermarks implements WatermarkGenerator<PositionReport> {

    private static final long STEP_MILLIS = 60_000L;

    private final long maxOutOfOrdernessMillis;
    private long latest = Long.MIN_VALUE;
    private long emitted = Long.MIN_VALUE;

    public PositionWatermarks(long maxOutOfOrdernessMillis) {
        this.maxOutOfOrdernessMillis = maxOutOfOrdernessMillis;
    }

    @Override
    public void onEvent(PositionReport position, long eventTimestamp, WatermarkOutput output) {
        if (eventTimestamp <= latest) {
            return;
        }
        latest = eventTimestamp;
        long watermark =
                Math.floorDiv(latest - maxOutOfOrdernessMillis - 1, STEP_MILLIS) * STEP_MILLIS;
        if (watermark > emitted) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        // Only positions move time on.
    }
}
