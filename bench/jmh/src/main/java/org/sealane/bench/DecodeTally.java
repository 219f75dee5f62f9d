package org.sealane.bench;

import org.sealane.input.DecodedInput;
import org.sealane.input.LineOutcome;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;

/**
 * Counts what a decoder reported and folds every field of every record into a fingerprint, so that
 * a timed loop outside JMH cannot have its decoding work optimised away.
 */
final class DecodeTally implements DecodedInput {

    long positions;
    long statics;
    long rejected;
    long ignored;
    long lines;
    int fingerprint;

    @Override
    public void position(PositionReport position) {
        positions++;
        lines += position.inputLines();
        fingerprint = 31 * fingerprint + position.hashCode();
    }

    @Override
    public void staticReport(StaticReport staticReport) {
        statics++;
        lines += staticReport.inputLines();
        fingerprint = 31 * fingerprint + staticReport.hashCode();
    }

    @Override
    public void rejected(RejectedInput rejectedInput) {
        rejected += rejectedInput.inputLines();
        lines += rejectedInput.inputLines();
        fingerprint = 31 * fingerprint + rejectedInput.reason().ordinal();
    }

    @Override
    public void ignored(LineOutcome outcome, int count) {
        ignored += count;
        lines += count;
        fingerprint = 31 * fingerprint + outcome.ordinal();
    }

    @Override
    public String toString() {
        return String.format(
                "%d lines: %d positions, %d static reports, %d rejected, %d ignored (fingerprint %08x)",
                lines, positions, statics, rejected, ignored, fingerprint);
    }
}
