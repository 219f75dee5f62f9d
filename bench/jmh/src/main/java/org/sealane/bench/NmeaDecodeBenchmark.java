package org.sealane.bench;

import java.io.IOException;
import java.util.ArrayList;
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
import org.sealane.ais.NmeaLineDecoder;
import org.sealane.model.InputLine;

/**
 * NMEA decoding of the real corpus, in sentences per second: AMSA's Australian log (junk lines
 * included), DMA's Danish log (Gatehouse timestamps, many talkers, multipart messages) and gpsd's
 * sample (every message type), read once in {@link #load()}. One operation is one line; an
 * invocation decodes the whole corpus with a fresh decoder, as one input stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NmeaDecodeBenchmark {

    /** Lines in the corpus; the {@link OperationsPerInvocation} below must match it. */
    static final int CORPUS_LINES = 54_359;

    private String[] corpus;

    @Setup
    public void load() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.addAll(RealData.lines(RealData.AMSA));
        lines.addAll(RealData.lines(RealData.DMA));
        lines.addAll(RealData.lines(RealData.GPSD));
        if (lines.size() != CORPUS_LINES) {
            throw new IllegalStateException(
                    "corpus has " + lines.size() + " lines, expected " + CORPUS_LINES);
        }
        corpus = lines.toArray(String[]::new);
    }

    @Benchmark
    @OperationsPerInvocation(CORPUS_LINES)
    public void decodeCorpus(Blackhole blackhole) {
        NmeaLineDecoder decoder = new NmeaLineDecoder();
        BlackholeOutput out = new BlackholeOutput(blackhole);
        for (int i = 0; i < corpus.length; i++) {
            decoder.decode(corpus[i], InputLine.sequence(0, i + 1), out);
        }
        decoder.finish(out);
    }
}
