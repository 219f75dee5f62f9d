package org.sealane.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.sealane.csv.AisCsvDecoder;
import org.sealane.model.InputLine;

/**
 * MarineCadastre CSV decoding of the NOAA hour (header and 263,940 positions, read once in {@link
 * #load()}), in rows per second. An invocation decodes the whole hour with a fresh decoder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvDecodeBenchmark {

    /** Lines in the hour with its header; the {@link OperationsPerInvocation} must match it. */
    static final int HOUR_LINES = 263_941;

    private String[] hour;

    @Setup
    public void load() throws IOException {
        List<String> lines = RealData.lines(RealData.NOAA_HOUR);
        if (lines.size() != HOUR_LINES) {
            throw new IllegalStateException(
                    "hour has " + lines.size() + " lines, expected " + HOUR_LINES);
        }
        hour = lines.toArray(String[]::new);
    }

    @Benchmark
    @OperationsPerInvocation(HOUR_LINES)
    public void decodeHour(Blackhole blackhole) {
        AisCsvDecoder decoder = AisCsvDecoder.marineCadastre();
        BlackholeOutput out = new BlackholeOutput(blackhole);
        for (int i = 0; i < hour.length; i++) {
            decoder.decode(hour[i], InputLine.sequence(0, i + 1), out);
        }
        decoder.finish(out);
    }
}
