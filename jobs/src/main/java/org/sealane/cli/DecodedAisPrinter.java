package org.sealane.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.sealane.ais.GpsdJsonWriter;
import org.sealane.ais.NmeaLineDecoder;
import org.sealane.input.DecodedInput;
import org.sealane.input.LineOutcome;
import org.sealane.model.InputLine;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;
import org.sealane.output.RejectedJsonFormat;
import org.sealane.replay.ReplayInput;

/**
 * What {@code sealane decode} does: reads NMEA files (plain or gzip) through the pipeline's own
 * decoder and prints either every accepted AIS message as gpsd prints it ({@link GpsdJsonWriter})
 * or every rejected line as the pipeline's {@code rejected.jsonl} does. Lines that are not AIS
 * (comments, timestamp and other sentences) print nothing. Not thread-safe.
 */
public final class DecodedAisPrinter {

    private final List<Path> inputs;
    private final PrintWriter out;
    private final boolean rejectedOnly;
    private final GpsdJsonWriter messages;
    private final RejectedJsonFormat rejectedFormat;

    /**
     * @param inputs the files, in order; each names its messages ({@code device}) and its rejected
     *     lines ({@code source})
     * @param out where the JSON lines go
     * @param rejectedOnly print the rejected lines instead of the messages
     * @param scaled gpsd's human units, or raw field values like {@code gpsdecode -u}
     */
    public DecodedAisPrinter(
            List<Path> inputs, PrintWriter out, boolean rejectedOnly, boolean scaled) {
        this.inputs = List.copyOf(inputs);
        this.out = out;
        this.rejectedOnly = rejectedOnly;
        this.messages = rejectedOnly ? null : new GpsdJsonWriter(out, scaled);
        this.rejectedFormat = new RejectedJsonFormat(inputs.stream().map(Path::toString).toList());
    }

    /** Decodes every input in turn. */
    public void run() throws IOException {
        for (int i = 0; i < inputs.size(); i++) {
            decode(i);
        }
        out.flush();
    }

    private void decode(int index) throws IOException {
        Path file = inputs.get(index);
        if (messages != null) {
            messages.device(file.toString());
        }
        NmeaLineDecoder decoder = new NmeaLineDecoder(messages);
        DecodedInput sink = new Rejections();
        long lineNumber = 0;
        try (BufferedReader reader = ReplayInput.open(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                decoder.decode(line, InputLine.sequence(index, ++lineNumber), sink);
            }
        }
        decoder.finish(sink);
    }

    /** Prints rejected lines when asked to; reports are printed whole by the gpsd writer. */
    private final class Rejections implements DecodedInput {
        @Override
        public void position(PositionReport position) {}

        @Override
        public void staticReport(StaticReport staticReport) {}

        @Override
        public void rejected(RejectedInput rejected) {
            if (rejectedOnly) {
                out.println(rejectedFormat.toJson(rejected));
            }
        }

        @Override
        public void ignored(LineOutcome outcome, int lines) {}
    }
}
