package org.sealane.bench;

import org.openjdk.jmh.infra.Blackhole;
import org.sealane.input.DecodedInput;
import org.sealane.input.LineOutcome;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;

/**
 * Hands every decoded record to JMH's blackhole, so that the JIT can neither drop the decoding work
 * nor scalar-replace the records as a real consumer would not let it.
 */
final class BlackholeOutput implements DecodedInput {

    private final Blackhole blackhole;

    BlackholeOutput(Blackhole blackhole) {
        this.blackhole = blackhole;
    }

    @Override
    public void position(PositionReport position) {
        blackhole.consume(position);
    }

    @Override
    public void staticReport(StaticReport staticReport) {
        blackhole.consume(staticReport);
    }

    @Override
    public void rejected(RejectedInput rejected) {
        blackhole.consume(rejected);
    }

    @Override
    public void ignored(LineOutcome outcome, int lines) {
        blackhole.consume(lines);
    }
}
