package org.sealane.flink;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sealane.input.LineOutcome;

/**
 * What became of a job's input lines, from its {@link PipelineCounters}: every line is a position,
 * a static report, rejected, a duplicate, ignored (read but not tracked: other AIS messages,
 * timestamp sentences, comments) or blank, once; a multipart message counts all its lines.
 *
 * @param ignored lines ignored by outcome, other than blank lines and repeated messages
 */
public record LineTally(
        long inputLines,
        long positions,
        long staticReports,
        long rejected,
        long duplicates,
        Map<LineOutcome, Long> ignored,
        long blank) {

    public static LineTally from(Map<String, Object> accumulators) {
        // Duplicates are found in two places: a message heard again by another receiver (when
        // decoding), and the same fix twice in a vessel's track (a repeated CSV row, say).
        long trackDuplicates =
                PipelineCounters.count(accumulators, PipelineCounters.DUPLICATE_LINES);
        long repeatedMessages =
                PipelineCounters.count(
                        accumulators, PipelineCounters.ignored(LineOutcome.REPEATED_MESSAGE));
        Map<LineOutcome, Long> ignored = new LinkedHashMap<>();
        for (LineOutcome outcome : LineOutcome.values()) {
            if (outcome != LineOutcome.BLANK && outcome != LineOutcome.REPEATED_MESSAGE) {
                ignored.put(
                        outcome,
                        PipelineCounters.count(accumulators, PipelineCounters.ignored(outcome)));
            }
        }
        return new LineTally(
                PipelineCounters.count(accumulators, PipelineCounters.INPUT_LINES),
                PipelineCounters.count(accumulators, PipelineCounters.POSITION_LINES)
                        - trackDuplicates,
                PipelineCounters.count(accumulators, PipelineCounters.STATIC_LINES),
                PipelineCounters.count(accumulators, PipelineCounters.REJECTED_LINES),
                trackDuplicates + repeatedMessages,
                Map.copyOf(ignored),
                PipelineCounters.count(accumulators, PipelineCounters.ignored(LineOutcome.BLANK)));
    }

    public long ignoredTotal() {
        return ignored.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Lines read and used or knowingly passed over: all but the rejected and the duplicates. */
    public long accepted() {
        return positions + staticReports + ignoredTotal() + blank;
    }

    /** Whether the outcomes add up to the lines read: nothing went missing in between. */
    public boolean accountedFor() {
        return accepted() + rejected + duplicates == inputLines;
    }
}
