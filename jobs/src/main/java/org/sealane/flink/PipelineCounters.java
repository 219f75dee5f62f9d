package org.sealane.flink;

import java.util.Map;
import org.sealane.avro.AlertType;
import org.sealane.avro.RejectReason;
import org.sealane.input.LineOutcome;

/**
 * Names of the Flink accumulators the operators count into; the replay summary is read from them.
 * Every input line is counted exactly once: as a position, a static report, a rejected line, an
 * ignored line (by outcome), and positions later found to be duplicates are counted again under
 * {@link #DUPLICATE_LINES} so they can be taken out.
 */
public final class PipelineCounters {

    public static final String INPUT_LINES = "lines.input";
    public static final String POSITION_LINES = "lines.position";
    public static final String STATIC_LINES = "lines.static";
    public static final String REJECTED_LINES = "lines.rejected";
    public static final String DUPLICATE_LINES = "lines.duplicate";

    private PipelineCounters() {}

    /** An accumulator's count in a job's results, 0 if nothing was counted under the name. */
    public static long count(Map<String, Object> accumulators, String name) {
        Object value = accumulators.get(name);
        return value instanceof Number number ? number.longValue() : 0L;
    }

    public static String ignored(LineOutcome outcome) {
        return "lines.ignored." + outcome.name();
    }

    public static String rejected(RejectReason reason) {
        return "rejected." + reason.name();
    }

    public static String alerts(AlertType type) {
        return "alerts." + type.name();
    }

    /** Milliseconds of a nation's ships' presence in patrol zones, over the hourly windows. */
    public static final String NATION_ASSET_MILLIS = "coverage.asset-ms.";

    /** Presence and alerts that reached coverage after their window was final. */
    public static final String COVERAGE_LATE = "coverage.late";

    public static String nationAssetMillis(String nation) {
        return NATION_ASSET_MILLIS + nation;
    }
}
