package org.sealane.input;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;

/** Keeps what a decoder produced, for tests. */
public final class RecordingDecodedInput implements DecodedInput {

    public final List<PositionReport> positions = new ArrayList<>();
    public final List<StaticReport> staticReports = new ArrayList<>();
    public final List<RejectedInput> rejected = new ArrayList<>();
    public final Map<LineOutcome, Integer> ignored = new EnumMap<>(LineOutcome.class);

    @Override
    public void position(PositionReport position) {
        positions.add(position);
    }

    @Override
    public void staticReport(StaticReport staticReport) {
        staticReports.add(staticReport);
    }

    @Override
    public void rejected(RejectedInput rejectedInput) {
        rejected.add(rejectedInput);
    }

    @Override
    public void ignored(LineOutcome outcome, int lines) {
        ignored.merge(outcome, lines, Integer::sum);
    }

    /** Input lines accounted for by everything recorded so far. */
    public long linesAccountedFor() {
        long lines = 0;
        for (PositionReport p : positions) {
            lines += p.inputLines();
        }
        for (StaticReport s : staticReports) {
            lines += s.inputLines();
        }
        for (RejectedInput r : rejected) {
            lines += r.inputLines();
        }
        for (int n : ignored.values()) {
            lines += n;
        }
        return lines;
    }
}
