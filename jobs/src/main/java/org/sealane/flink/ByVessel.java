package org.sealane.flink;

import org.apache.flink.api.java.functions.KeySelector;
import org.sealane.model.PositionReport;

/** Keys positions by the reporting vessel's MMSI. */
public final class ByVessel implements KeySelector<PositionReport, Long> {

    private static final long serialVersionUID = 1L;

    @Override
    public Long getKey(PositionReport position) {
        return position.mmsi();
    }
}
