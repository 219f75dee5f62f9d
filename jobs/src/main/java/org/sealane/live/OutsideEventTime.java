package org.sealane.live;

import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Event time for a stream that has none of its own (zone catalogues, published whenever an operator
 * chooses): always idle, so that the operators it is connected to keep the event time of the
 * positions alone. A watermark of its own would either hold theirs back (the least of the two
 * inputs) or, at the end of time, carry the operators past every timer whenever the positions'
 * partitions are idle themselves.
 */
final class OutsideEventTime<T> implements WatermarkGenerator<T> {

    @Override
    public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {}

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.markIdle();
    }
}
