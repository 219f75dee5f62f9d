package org.sealane.input;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sealane.avro.RejectReason;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;

/** Everything a decoder reported, in order, with the line counts that must add up. */
public final class RecordedOutput implements DecodedInput {

    public final List<PositionReport> positions = new ArrayList<>();
    public final List<StaticReport> statics = new ArrayList<>();
    public final List<RejectedInput> rejected = new ArrayList<>();
    public final Map<LineOutcome, Integer> ignored = new EnumMap<>(LineOutcome.class);

    /** Positions and static reports in the order they came. */
    public final List<Object> reports = new ArrayList<>();

    @Override
    public void position(PositionReport position) {
        positions.add(position);
        reports.add(position);
    }

    @Override
    public void staticReport(StaticReport staticReport) {
        statics.add(staticReport);
        reports.add(staticReport);
    }

    @Override
    public void rejected(RejectedInput rejectedInput) {
        rejected.add(rejectedInput);
    }

    @Override
    public void ignored(LineOutcome outcome, int lines) {
        ignored.merge(outcome, lines, Integer::sum);
    }

    public int ignored(LineOutcome outcome) {
        return ignored.getOrDefault(outcome, 0);
    }

    /** Input lines accounted for by everything reported so far. */
    public long linesAccounted() {
        long lines = 0;
        for (PositionReport p : positions) {
            lines += p.inputLines();
        }
        for (StaticReport s : statics) {
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

    public Map<RejectReason, Integer> rejectCounts() {
        Map<RejectReason, Integer> counts = new EnumMap<>(RejectReason.class);
        for (RejectedInput r : rejected) {
            counts.merge(r.reason(), r.inputLines(), Integer::sum);
        }
        return counts;
    }
}
