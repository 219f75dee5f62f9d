package org.sealane.input;

import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;

/**
 * Receives what a {@link LineDecoder} made of its input. Each call says how many input lines it
 * accounts for, so that counts add up: every line is reported exactly once.
 */
public interface DecodedInput {

    void position(PositionReport position);

    void staticReport(StaticReport staticReport);

    void rejected(RejectedInput rejected);

    /** Lines that are neither reports nor errors (comments, timestamp sentences, other types). */
    void ignored(LineOutcome outcome, int lines);
}
