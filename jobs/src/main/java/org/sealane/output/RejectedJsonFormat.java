package org.sealane.output;

import java.util.List;
import org.sealane.model.InputLine;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;

/**
 * Rejected input as JSON lines with the fields of the Avro {@code RejectedRecord} (DESIGN 3.4), in
 * input order; {@code source} is {@code file:line}.
 */
public final class RejectedJsonFormat implements JsonLineFormat<RejectedInput> {

    private static final long serialVersionUID = 1L;

    private final List<String> inputNames;

    /**
     * @param inputNames the name of each input, by input index
     */
    public RejectedJsonFormat(List<String> inputNames) {
        this.inputNames = List.copyOf(inputNames);
    }

    @Override
    public String toJson(RejectedInput rejected) {
        return Json.object(
                json -> {
                    json.writeStringField("source", source(rejected.sequence()));
                    json.writeStringField("raw", rejected.raw());
                    json.writeStringField("reason", rejected.reason().name());
                    json.writeStringField("detail", rejected.detail());
                    Json.time(
                            json,
                            "time",
                            rejected.time(),
                            rejected.time() != PositionReport.UNKNOWN_TIME);
                    json.writeNumberField("lines", rejected.inputLines());
                });
    }

    @Override
    public String sortKey(RejectedInput rejected) {
        return String.format("%019d", rejected.sequence());
    }

    private String source(long sequence) {
        int input = InputLine.inputIndex(sequence);
        String name = input < inputNames.size() ? inputNames.get(input) : "input-" + input;
        return name + ":" + InputLine.lineNumber(sequence);
    }
}
