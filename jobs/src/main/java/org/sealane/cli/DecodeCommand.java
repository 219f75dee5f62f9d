package org.sealane.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sealane decode [--rejected] [--unscaled] INPUT...} (DESIGN 3.1). */
@Command(
        name = "decode",
        mixinStandardHelpOptions = true,
        description = {
            "Decode NMEA AIS logs (plain or gzip) and print every AIS message as one",
            "JSON line with gpsd's field names and scaling, as 'gpsdecode -j' prints it.",
            "Lines that are not AIS print nothing. With --rejected, print instead the",
            "lines the decoder rejects, with source (file:line), raw text, reason and",
            "detail."
        })
final class DecodeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

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
            if (!Files.isRegularFile(input)) {
                throw new IllegalArgumentException(input + ": no such file");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            new DecodedAisPrinter(inputs, out, rejected, !unscaled).run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input: " + e.getMessage(), e);
        }
        return 0;
    }
}
