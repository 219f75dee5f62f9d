package org.sealane.flink;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.sealane.model.PositionReport;

/**
 * Bounded-out-of-orderness watermarks driven by the positions themselves, not by the wall clock:
 * the watermark trails the latest position time by the allowed out-of-orderness, and moves on in
 * whole steps ({@code watermark.interval}) as positions arrive. The same input thus gives the same
 * watermarks on every run, so what the detectors decide when time passes (a gap reached, a meeting
 * over) does not depend on how fast the machine read the input, nor on where the input happened to
 * end between two periodic emissions. Matches the {@code LATE} rule of {@link
 * org.sealane.input.EventTimeGate}.
 */
public final class PositionWatermarks implements WatermarkGenerator<PositionReport> {

    private final long maxOutOfOrdernessMillis;
    private final long stepMillis;
    private long latest = Long.MIN_VALUE;
    private long emitted = Long.MIN_VALUE;

    /**
     * @param maxOutOfOrdernessMillis how far the watermark trails the latest position
     * @param stepMillis the watermark moves in whole steps of this much event time: {@code
     *     watermark.interval} live (a minute by default); in a replay, the trackers' flush
     *     interval, as they act no more often than that anyway
     */
    public PositionWatermarks(long maxOutOfOrdernessMillis, long stepMillis) {
        this.maxOutOfOrdernessMillis = maxOutOfOrdernessMillis;
        this.stepMillis = stepMillis;
    }

    @Override
    public void onEvent(PositionReport position, long eventTimestamp, WatermarkOutput output) {
        if (eventTimestamp <= latest) {
            return;
        }
        latest = eventTimestamp;
        long watermark =
                Math.floorDiv(latest - maxOutOfOrdernessMillis - 1, stepMillis) * stepMillis;
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
