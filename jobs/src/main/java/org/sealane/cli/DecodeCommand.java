package org.sealane.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sealane.input.InputFiles;
import org.sealane.input.InputFormat;
import org.sealane.replay.ReplayInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sealane decode [--rejected] [--unscaled] INPUT...} (DESIGN 3.1). */
@Command(
        name = "decode",
        header = "Decode NMEA AIS logs into JSON lines with gpsd's fields.",
        mixinStandardHelpOptions = true,
        description = {
            "Decode NMEA AIS logs (plain or gzip) and print every AIS message as one",
            "JSON line with gpsd's field names and scaling, as 'gpsdecode -j' prints it.",
            "Lines that are not AIS print nothing. With --rejected, print instead the",
            "lines the decoder rejects, with source (file:line), raw text, reason and",
            "detail."
        })
final class DecodeCommand implements Callable<Integer> {

    @Option(names = "--rejected", description = "Print the rejected lines instead of messages.")
    boolean rejected;

    @Option(
            names = "--unscaled",
            description = "Print raw field values, as 'gpsdecode -u -j' (lon/lat x 600000, ...).")
    boolean unscaled;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "NMEA files (.gz too).")
    List<Path> inputs;

    @Override
    public Integer call() {
        for (Path input : inputs) {
            InputFiles.requireReadableFile(input, input.toString());
            InputFormat format;
            try {
                format = InputFormat.detect(ReplayInput.firstLines(input));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
            }
            if (format != null && format != InputFormat.NMEA) {
                // Decoding prints nothing for a line that is not AIS: say why, not nothing at all.
                throw new IllegalArgumentException(
                        input
                                + ": a CSV export ("
                                + format.cliName()
                                + "), not NMEA; sealane replay reads it");
            }
        }
        // Buffered, flushed once at the end: the command line's own writer flushes every line,
        // a system call per message.
        PrintWriter out =
                new PrintWriter(
                        new BufferedWriter(
                                new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
                                1 << 16),
                        false);
        try {
            new DecodedAisPrinter(inputs, out, rejected, !unscaled).run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input: " + e.getMessage(), e);
        } finally {
            out.flush();
        }
        return 0;
    }
}
