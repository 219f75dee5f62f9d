package org.sealane.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import org.sealane.ais.NmeaLineDecoder;
import org.sealane.model.InputLine;

/**
 * sealane's side of {@code bench/decode-vs-gpsdecode}: decodes one NMEA file with {@link
 * NmeaLineDecoder} several times in one JVM and prints the rate of each pass and the best one. The
 * first passes warm the JIT up; the best pass is the steady-state rate.
 *
 * <p>Each pass does what {@code gpsdecode} does with its standard input, short of writing output:
 * reads the file (from the page cache after the first pass), splits it into lines as UTF-8, and
 * decodes every line with a fresh decoder, as one input stream. Decoded records are folded into a
 * checksum ({@link DecodeTally}), not serialised.
 *
 * <pre>
 * java -cp bench/jmh/target/benchmarks.jar org.sealane.bench.DecodeFileThroughput FILE [PASSES]
 * </pre>
 */
public final class DecodeFileThroughput {

    private static final int DEFAULT_PASSES = 10;

    private DecodeFileThroughput() {}

    public static void main(String[] args) throws IOException {
        int passes = args.length == 2 ? Integer.parseInt(args[1]) : DEFAULT_PASSES;
        if (args.length < 1 || args.length > 2 || passes < 1) {
            System.err.println("usage: DecodeFileThroughput FILE [PASSES=" + DEFAULT_PASSES + "]");
            System.exit(2);
        }
        Path file = Paths.get(args[0]);
        double[] rates = new double[passes];
        for (int pass = 1; pass <= passes; pass++) {
            DecodeTally tally = new DecodeTally();
            long start = System.nanoTime();
            long lines = decode(file, tally);
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = lines / seconds;
            rates[pass - 1] = rate;
            System.out.printf("pass %2d: %.3f s, %,.0f lines/s; %s%n", pass, seconds, rate, tally);
        }
        // The lines the harness reads. On a shared host the best pass is the one least disturbed;
        // the median of the second half shows what a typical warm pass did.
        System.out.printf("best lines/s: %.0f%n", Arrays.stream(rates).max().getAsDouble());
        double[] warm = Arrays.copyOfRange(rates, passes / 2, passes);
        Arrays.sort(warm);
        System.out.printf(
                "median lines/s of passes %d-%d: %.0f%n",
                passes / 2 + 1, passes, warm[warm.length / 2]);
    }

    private static long decode(Path file, DecodeTally out) throws IOException {
        NmeaLineDecoder decoder = new NmeaLineDecoder();
        long lineNumber = 0;
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
                        1 << 16)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                decoder.decode(line, InputLine.sequence(0, ++lineNumber), out);
            }
        }
        decoder.finish(out);
        return lineNumber;
    }
}
