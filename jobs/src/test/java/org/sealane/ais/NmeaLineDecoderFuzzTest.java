package org.sealane.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.sealane.TestData;
import org.sealane.avro.RejectReason;
import org.sealane.input.RecordedOutput;
import org.sealane.model.InputLine;

/**
 * Properties of {@link NmeaLineDecoder} on input no receiver log happens to contain: random text,
 * NMEA-shaped sentences with valid checksums and random fields, whole multipart messages shuffled
 * and cut short, and mutations of gpsd's real sentences. Whatever comes in, no exception escapes
 * {@code decode} or {@code finish}, every line is accounted for exactly once (DESIGN 1), and the
 * multipart buffer stays within its bound (DESIGN 6).
 *
 * <p>Tries are set per property so that the whole class runs in a few seconds. Seeds are random;
 * jqwik prints the seed of a failing run ({@code seed = ...} in its report) and reruns the failing
 * sample first next time (its database is under {@code target/}). To replay a failure elsewhere,
 * put the printed seed into the property: {@code @Property(tries = ..., seed = "...")}.
 */
class NmeaLineDecoderFuzzTest {

    /** Characters NMEA parsing turns on, so that random text often gets past the first checks. */
    private static final String NMEA_CHARS =
            "!$\\*,:-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ`abcgsvw ";

    /** The six-bit armouring alphabet of AIS payloads (ITU-R M.1371 annex 8). */
    private static final String ARMOUR_CHARS =
            "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw";

    private static final List<String> REAL_SENTENCES = realSentences();

    @Property(tries = 300)
    void randomTextIsAccountedFor(@ForAll("randomLines") List<String> lines) {
        decodeEveryLine(lines);
    }

    @Property(tries = 300)
    void nmeaShapedSentencesAreAccountedFor(@ForAll("nmeaShapedLines") List<String> lines) {
        RecordedOutput out = decodeEveryLine(lines).out();

        collectWhatBecameOfThem(out);
    }

    @Property(tries = 300)
    void mutatedRealSentencesAreAccountedFor(@ForAll("mutatedRealLines") List<String> lines) {
        RecordedOutput out = decodeEveryLine(lines).out();

        collectWhatBecameOfThem(out);
    }

    /** A flood of first fragments that never complete fills the buffer exactly to its bound. */
    @Property(tries = 10)
    void strayFragmentsStayWithinTheBound(@ForAll("strayFragments") List<String> lines) {
        Decoded decoded = decodeEveryLine(lines);

        assertThat(decoded.mostPending()).isEqualTo(MultipartAssembler.MAX_PENDING);
        assertThat(decoded.out().rejectCounts().get(RejectReason.INCOMPLETE_MULTIPART))
                .isEqualTo(lines.size());
    }

    private record Decoded(RecordedOutput out, int mostPending) {}

    /**
     * Feeds the lines to a fresh decoder, checking the buffer bound after each, then checks that
     * every line was accounted for.
     */
    private static Decoded decodeEveryLine(List<String> lines) {
        NmeaLineDecoder decoder = new NmeaLineDecoder();
        RecordedOutput out = new RecordedOutput();
        int mostPending = 0;
        long lineNumber = 0;
        for (String line : lines) {
            decoder.decode(line, InputLine.sequence(0, ++lineNumber), out);
            mostPending = Math.max(mostPending, decoder.pendingMessages());
            assertThat(decoder.pendingMessages())
                    .isLessThanOrEqualTo(MultipartAssembler.MAX_PENDING);
        }
        decoder.finish(out);

        assertThat(decoder.pendingMessages()).isZero();
        assertThat(out.linesAccounted()).as("lines accounted for").isEqualTo(lines.size());
        return new Decoded(out, mostPending);
    }

    /**
     * Counts the runs that got as far as a report, and fails the property if fewer than one in ten
     * did: a generator that only ever produced rejects would test little of the decoder.
     */
    private static void collectWhatBecameOfThem(RecordedOutput out) {
        String reached = out.reports.isEmpty() ? "no report" : "some report";
        Statistics.label("reports")
                .collect(reached)
                .coverage(coverage -> coverage.check("some report").percentage(p -> p > 10));
    }

    @Provide
    Arbitrary<List<String>> randomLines() {
        return Arbitraries.oneOf(
                        Arbitraries.strings().all().ofMaxLength(100),
                        Arbitraries.strings().withChars(NMEA_CHARS).ofMaxLength(100),
                        // Around the length limit, which rejects a line unread.
                        Arbitraries.strings()
                                .withChars(NMEA_CHARS)
                                .ofMinLength(NmeaLineDecoder.MAX_LINE_CHARS - 2)
                                .ofMaxLength(NmeaLineDecoder.MAX_LINE_CHARS + 2))
                .list()
                .ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<String>> nmeaShapedLines() {
        Arbitrary<List<String>> one =
                Arbitraries.frequencyOf(
                        Tuple.of(6, vdmSentence().map(List::of)),
                        Tuple.of(3, multipartMessage()),
                        Tuple.of(1, gatehouseSentence().map(List::of)));
        return one.list().ofMinSize(1).ofMaxSize(15).map(NmeaLineDecoderFuzzTest::flatten);
    }

    @Provide
    Arbitrary<List<String>> mutatedRealLines() {
        Arbitrary<String> mutated =
                Combinators.combine(
                                Arbitraries.of(REAL_SENTENCES),
                                edit().list().ofMinSize(1).ofMaxSize(4),
                                Arbitraries.of(true, false))
                        .as(NmeaLineDecoderFuzzTest::mutate);
        // Unmutated runs of the real log keep its multipart messages together.
        Arbitrary<List<String>> realRun =
                Arbitraries.integers()
                        .between(0, REAL_SENTENCES.size() - 1)
                        .flatMap(
                                start ->
                                        Arbitraries.integers()
                                                .between(start, REAL_SENTENCES.size())
                                                .map(end -> REAL_SENTENCES.subList(start, end)));
        return Arbitraries.frequencyOf(Tuple.of(4, mutated.map(List::of)), Tuple.of(1, realRun))
                .list()
                .ofMaxSize(20)
                .map(NmeaLineDecoderFuzzTest::flatten);
    }

    /** First fragments of distinct multipart messages, more of them than the buffer holds. */
    @Provide
    Arbitrary<List<String>> strayFragments() {
        return Combinators.combine(
                        Arbitraries.integers()
                                .between(
                                        MultipartAssembler.MAX_PENDING + 1,
                                        3 * MultipartAssembler.MAX_PENDING),
                        armoured(1, 60),
                        Arbitraries.longs())
                .as(
                        (count, armoured, seed) -> {
                            Random random = new Random(seed);
                            List<String> lines = new ArrayList<>(count);
                            for (int i = 0; i < count; i++) {
                                // Distinct keys two ways: tag-block groups, and sources with
                                // sentence ids and channels.
                                String tag =
                                        i % 2 == 0
                                                ? "g:1-3-" + i
                                                : "s:r" + i + ",c:" + (1_600_000_000 + i);
                                String body =
                                        String.format(
                                                "!AIVDM,%d,1,%d,%c,%s,0",
                                                2 + random.nextInt(8),
                                                random.nextInt(10),
                                                random.nextBoolean() ? 'A' : 'B',
                                                armoured);
                                lines.add(tagBlock(tag, true) + withChecksum(body));
                            }
                            return lines;
                        });
    }

    /** One {@code VDM}-like sentence with random fields, mostly in range, checksum mostly valid. */
    private static Arbitrary<String> vdmSentence() {
        Arbitrary<String> address =
                Arbitraries.frequencyOf(
                        Tuple.of(8, Arbitraries.of("!AIVDM", "!ABVDM", "!AIVDO")),
                        Tuple.of(
                                1, Arbitraries.of("!BSVDM", "$AIVDM", "!VDM", "!AIVDMX", "$GPGGA")),
                        Tuple.of(
                                1,
                                Arbitraries.strings()
                                        .withChars(NMEA_CHARS)
                                        .ofMaxLength(12)
                                        .map(s -> "!" + s)));
        Arbitrary<String> fields =
                Combinators.combine(
                                mostly("1", smallNumber(0, 10)),
                                mostly("1", smallNumber(0, 10)),
                                Arbitraries.oneOf(
                                        Arbitraries.just(""),
                                        smallNumber(0, 9),
                                        smallNumber(0, 10_000)),
                                Arbitraries.of("A", "B", "1", "2", "", "AB", ","),
                                Arbitraries.frequencyOf(
                                        Tuple.of(3, reportLikePayload()),
                                        Tuple.of(1, payload(0, 90))),
                                mostly("0", smallNumber(0, 7)))
                        .as(
                                (count, number, id, channel, armoured, fill) ->
                                        String.join(
                                                ",", count, number, id, channel, armoured, fill));
        Arbitrary<String> body = Combinators.combine(address, fields).as((a, f) -> a + "," + f);
        return sentence(body);
    }

    /**
     * The fragments of one multipart message with a random payload, shuffled, sometimes with one
     * missing or repeated, sometimes all behind tag blocks with a group id.
     */
    private static Arbitrary<List<String>> multipartMessage() {
        return Combinators.combine(
                        payload(2, 300),
                        Arbitraries.integers().between(2, 9),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.of(Arrangement.class),
                        Arbitraries.of(true, false),
                        Arbitraries.longs())
                .as(
                        (armoured, count, id, fill, arrangement, grouped, seed) -> {
                            Random random = new Random(seed);
                            int parts = Math.min(count, armoured.length());
                            List<String> lines = new ArrayList<>();
                            for (int n = 1; n <= parts; n++) {
                                String chunk =
                                        armoured.substring(
                                                armoured.length() * (n - 1) / parts,
                                                armoured.length() * n / parts);
                                String body =
                                        String.format(
                                                "!AIVDM,%d,%d,%d,B,%s,%d",
                                                parts, n, id, chunk, n == parts ? fill : 0);
                                String group =
                                        String.format(
                                                "g:%d-%d-%d", n, parts, Math.floorMod(seed, 1000));
                                String tag = grouped ? tagBlock(group, true) : "";
                                lines.add(tag + withChecksum(body));
                            }
                            arrangement.apply(lines, random);
                            return lines;
                        });
    }

    /** How the fragments of a multipart message arrive. */
    private enum Arrangement {
        IN_ORDER,
        SHUFFLED,
        ONE_MISSING,
        ONE_REPEATED;

        void apply(List<String> lines, Random random) {
            switch (this) {
                case SHUFFLED -> Collections.shuffle(lines, random);
                case ONE_MISSING -> lines.remove(random.nextInt(lines.size()));
                case ONE_REPEATED -> lines.add(lines.get(random.nextInt(lines.size())));
                default -> {}
            }
        }
    }

    /** A Gatehouse {@code $PGHP,1,...} timestamp with fields in and out of range. */
    private static Arbitrary<String> gatehouseSentence() {
        Arbitrary<String> body =
                Combinators.combine(
                                smallNumber(1990, 2100),
                                smallNumber(0, 13),
                                smallNumber(0, 32),
                                smallNumber(0, 25),
                                smallNumber(0, 61),
                                smallNumber(0, 61),
                                smallNumber(0, 1000))
                        .as(
                                (year, month, day, hour, minute, second, millis) ->
                                        String.join(
                                                ",",
                                                "$PGHP",
                                                "1",
                                                year,
                                                month,
                                                day,
                                                hour,
                                                minute,
                                                second,
                                                millis,
                                                "219",
                                                "24",
                                                "992190924",
                                                "1",
                                                "12"));
        return sentence(body);
    }

    /** A sentence body with its checksum (mostly right), an optional tag block and trailer. */
    private static Arbitrary<String> sentence(Arbitrary<String> body) {
        Arbitrary<String> checksum =
                Arbitraries.frequencyOf(
                        Tuple.of(9, Arbitraries.just("valid")),
                        Tuple.of(
                                1,
                                Arbitraries.strings()
                                        .withChars("*0123456789ABCDEFXx")
                                        .ofMaxLength(4)));
        // Receiver fields after the checksum: epoch seconds or milliseconds, station ids, junk.
        Arbitrary<String> trailer =
                Arbitraries.frequencyOf(
                        Tuple.of(6, Arbitraries.just("")),
                        Tuple.of(
                                2,
                                Arbitraries.longs()
                                        .between(0, 9_999_999_999_999L)
                                        .map(t -> "," + t)),
                        Tuple.of(
                                1,
                                Arbitraries.strings()
                                        .withChars(NMEA_CHARS)
                                        .ofMaxLength(30)
                                        .map(s -> "," + s)));
        return Combinators.combine(tagBlock(), body, checksum, trailer)
                .as(
                        (tag, b, sum, tail) ->
                                tag + (sum.equals("valid") ? withChecksum(b) : b + sum) + tail);
    }

    /** An IEC 61162-450 tag block, or none. */
    private static Arbitrary<String> tagBlock() {
        Arbitrary<String> parameter =
                Arbitraries.oneOf(
                        Arbitraries.longs().between(0, 9_999_999_999_999L).map(t -> "c:" + t),
                        Arbitraries.strings().alpha().numeric().ofMaxLength(10).map(s -> "s:" + s),
                        Combinators.combine(
                                        mostly("1", smallNumber(0, 4)),
                                        mostly("1", smallNumber(0, 4)),
                                        smallNumber(0, 99_999))
                                .as((n, m, id) -> "g:" + n + "-" + m + "-" + id),
                        Arbitraries.of(
                                "T:2012-04-13 17.15.17", "q:u", "n:123", "x", "c:", "g:1-2"));
        Arbitrary<String> block =
                Combinators.combine(
                                parameter.list().ofMinSize(1).ofMaxSize(4),
                                Arbitraries.of(true, false))
                        .as((ps, checked) -> tagBlock(String.join(",", ps), checked));
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("")),
                Tuple.of(3, block),
                Tuple.of(1, block.map(b -> b.substring(0, b.length() - 1))));
    }

    private static String tagBlock(String parameters, boolean checked) {
        return "\\"
                + (checked
                        ? parameters
                                + String.format(
                                        "*%02X", Nmea.checksum(parameters, 0, parameters.length()))
                        : parameters)
                + "\\";
    }

    /** Armoured payload characters, now and then one that is not. */
    private static Arbitrary<String> payload(int minLength, int maxLength) {
        return Arbitraries.frequencyOf(
                Tuple.of(9, armoured(minLength, maxLength)),
                Tuple.of(
                        1,
                        Arbitraries.strings()
                                .withChars(ARMOUR_CHARS + "xyz|~ !")
                                .ofMinLength(minLength)
                                .ofMaxLength(maxLength)));
    }

    /** The payload of a class A position report with random MMSI and position, mostly valid. */
    private static Arbitrary<String> reportLikePayload() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 999_999_999),
                        Arbitraries.integers().between(-91 * 600_000, 91 * 600_000),
                        Arbitraries.integers().between(-181 * 600_000, 181 * 600_000))
                .as(
                        (mmsi, lat, lon) ->
                                AisPayloadWriter.positionReport(mmsi, lat, lon)
                                        .sentence()
                                        .split(",")[5]);
    }

    /** The value of a well-formed field four times out of five, else one of the others. */
    private static Arbitrary<String> mostly(String usual, Arbitrary<String> others) {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(usual)), Tuple.of(1, others));
    }

    private static Arbitrary<String> armoured(int minLength, int maxLength) {
        return Arbitraries.strings()
                .withChars(ARMOUR_CHARS)
                .ofMinLength(minLength)
                .ofMaxLength(maxLength);
    }

    private static Arbitrary<String> smallNumber(int min, int max) {
        return Arbitraries.integers().between(min, max).map(String::valueOf);
    }

    /** One edit of a real sentence: where, what, and the character it brings. */
    private record Edit(EditKind kind, int at, char c) {}

    private enum EditKind {
        REPLACE,
        INSERT,
        DELETE,
        TRUNCATE
    }

    private static Arbitrary<Edit> edit() {
        return Combinators.combine(
                        Arbitraries.of(EditKind.class),
                        Arbitraries.integers().between(0, 200),
                        Arbitraries.oneOf(
                                Arbitraries.chars().with(NMEA_CHARS.toCharArray()),
                                Arbitraries.chars().all()))
                .as(Edit::new);
    }

    /**
     * Applies the edits; with {@code fixChecksum} the checksum is recomputed afterwards, so that
     * the edit reaches the field parsers behind it.
     */
    private static String mutate(String line, List<Edit> edits, boolean fixChecksum) {
        StringBuilder s = new StringBuilder(line);
        for (Edit e : edits) {
            int at = s.length() == 0 ? 0 : e.at() % s.length();
            switch (e.kind()) {
                case REPLACE -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, e.c());
                    }
                }
                case INSERT -> s.insert(at, e.c());
                case DELETE -> {
                    if (s.length() > 0) {
                        s.deleteCharAt(at);
                    }
                }
                case TRUNCATE -> s.setLength(at);
            }
        }
        if (fixChecksum) {
            int start = Math.max(s.lastIndexOf("!"), s.lastIndexOf("$"));
            int star = start < 0 ? -1 : s.indexOf("*", start);
            if (star >= 0) {
                String sum = String.format("%02X", Nmea.checksum(s, start + 1, star));
                s.replace(star + 1, Math.min(s.length(), star + 3), sum);
            }
        }
        return s.toString();
    }

    private static String withChecksum(String body) {
        return AisPayloadWriter.withChecksum(body);
    }

    private static List<String> flatten(List<List<String>> groups) {
        List<String> lines = new ArrayList<>();
        groups.forEach(lines::addAll);
        return lines;
    }

    /** The sentences of gpsd's {@code sample.aivdm}, without its comment lines. */
    private static List<String> realSentences() {
        try (BufferedReader reader =
                Files.newBufferedReader(
                        TestData.file("nmea/gpsd/sample.aivdm"), StandardCharsets.ISO_8859_1)) {
            return reader.lines().filter(l -> !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
