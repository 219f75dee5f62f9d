package org.sealane.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sealane.avro.RejectReason;
import org.sealane.input.RecordedOutput;
import org.sealane.model.PositionReport;
import org.sealane.model.StaticReport;

/** What the encoder writes, the project's own decoder reads back, field for field. */
class AisEncoderTest {

    private static final long NOON = Instant.parse("2025-06-01T12:00:37Z").toEpochMilli();
    private static final long NOON_SECONDS = NOON / 1000;

    /** The report as the decoder gives it back for these sentences. */
    private static RecordedOutput decode(List<String> lines) {
        NmeaLineDecoder decoder = new NmeaLineDecoder();
        RecordedOutput out = new RecordedOutput();
        long sequence = 0;
        for (String line : lines) {
            decoder.decode(line, sequence++, out);
        }
        decoder.finish(out);
        return out;
    }

    private static PositionReport roundTrip(PositionReport report) {
        NmeaWriter writer = new NmeaWriter("sim");
        RecordedOutput out =
                decode(writer.sentences(AisEncoder.position(report), 'A', report.time() / 1000));
        assertThat(out.rejected).isEmpty();
        assertThat(out.positions).hasSize(1);
        return out.positions.get(0);
    }

    private static PositionReport report(
            int type,
            double lat,
            double lon,
            double speed,
            double course,
            int heading,
            int status) {
        return new PositionReport(
                100_000_201L, NOON, lat, lon, speed, course, heading, status, type, 0, 1);
    }

    /** The fields a report carries on the air (not where it came from in the input). */
    private static List<Object> onAir(PositionReport r) {
        return List.of(
                r.mmsi(),
                r.time(),
                r.lat(),
                r.lon(),
                r.speedKn(),
                r.courseDeg(),
                r.headingDeg(),
                r.navStatus(),
                r.messageType());
    }

    @Test
    void classAReportKeepsEveryFieldSouthAndWestToo() {
        for (int type = 1; type <= 3; type++) {
            PositionReport sent = report(type, -33.8568, -151.2153, 12.3, 271.4, 270, 0);
            assertThat(onAir(roundTrip(sent))).isEqualTo(onAir(sent));
        }
        PositionReport anchored = report(1, 1.05, 104.7, 0.1, 12.0, 11, 1);
        assertThat(onAir(roundTrip(anchored))).isEqualTo(onAir(anchored));
    }

    @Test
    void classBReportKeepsEveryField() {
        PositionReport sent = report(18, 25.9987, -80.1017, 6.5, 0.0, 359, -1);
        assertThat(onAir(roundTrip(sent))).isEqualTo(onAir(sent));
    }

    @Test
    void notAvailableValuesStayNotAvailable() {
        PositionReport sent = report(1, 10.5, 88.5, Double.NaN, Double.NaN, -1, -1);
        PositionReport back = roundTrip(sent);
        assertThat(back.speedKn()).isNaN();
        assertThat(back.courseDeg()).isNaN();
        assertThat(back.headingDeg()).isEqualTo(-1);
        // Class A has no "not available" status; 15 is "not defined", which the decoder keeps.
        assertThat(back.navStatus()).isEqualTo(15);
    }

    @Test
    void speedsBeyondTheFieldAreSentAsItsMaximum() {
        assertThat(roundTrip(report(1, 0, 0, 150.0, 0, 0, 0)).speedKn()).isEqualTo(102.2);
    }

    @Test
    void positionNotAvailableIsRejectedByTheDecoderAsAisSaysIt() {
        PositionReport sent = report(1, 91.0, 181.0, 0, 0, 0, 0);
        RecordedOutput out =
                decode(new NmeaWriter(null).sentences(AisEncoder.position(sent), 'B', 0));
        assertThat(out.positions).isEmpty();
        assertThat(out.rejected)
                .extracting(r -> r.reason())
                .containsExactly(RejectReason.BAD_POSITION);
    }

    @Test
    void tagBlockCarriesTheEventTimeAndHasAValidChecksum() {
        List<String> lines =
                new NmeaWriter("sealane-sim")
                        .sentences(
                                AisEncoder.position(report(1, 1, 2, 3, 4, 5, 0)),
                                'A',
                                NOON_SECONDS);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("\\s:sealane-sim,c:" + NOON_SECONDS + "*");
        assertThat(decode(lines).positions.get(0).time()).isEqualTo(NOON_SECONDS * 1000);
    }

    @Test
    void voyageDataIsTwoSentencesWithOneSequentialIdThatAdvances() {
        StaticReport sent =
                new StaticReport(
                        100_000_301L,
                        NOON,
                        9_876_543,
                        "SIM123",
                        "SIMULATED TRADER",
                        70,
                        229,
                        32,
                        12.5,
                        "SINGAPORE",
                        5,
                        0,
                        2);
        NmeaWriter writer = new NmeaWriter("sim");
        List<String> first = writer.sentences(AisEncoder.voyage(sent), 'A', NOON_SECONDS);
        List<String> second = writer.sentences(AisEncoder.voyage(sent), 'A', NOON_SECONDS + 60);

        assertThat(first).hasSize(2);
        assertThat(first.get(0)).contains("!AIVDM,2,1,0,A,");
        assertThat(first.get(1))
                .contains("!AIVDM,2,2,0,A,")
                .as("fill bits on the last fragment")
                .matches(".*,2\\*[0-9A-F]{2}");
        assertThat(second.get(0)).contains("!AIVDM,2,1,1,A,");
        RecordedOutput out = decode(first);
        assertThat(out.statics).containsExactly(sent);
    }

    @Test
    void voyageDataNotAvailableValues() {
        StaticReport sent =
                new StaticReport(
                        100_000_302L, NOON, -1, null, null, -1, -1, -1, Double.NaN, null, 5, 0, 2);
        StaticReport back =
                decode(new NmeaWriter("sim").sentences(AisEncoder.voyage(sent), 'B', NOON_SECONDS))
                        .statics
                        .get(0);
        assertThat(back).isEqualTo(sent);
    }

    @Test
    void classBStaticPartsCarryNameThenTypeCallSignAndSize() {
        NmeaWriter writer = new NmeaWriter("sim");
        List<String> lines = new ArrayList<>();
        lines.addAll(
                writer.sentences(
                        AisEncoder.classBName(100_000_401L, "Sim yacht"), 'B', NOON_SECONDS));
        lines.addAll(
                writer.sentences(
                        AisEncoder.classBDetails(
                                new StaticReport(
                                        100_000_401L,
                                        NOON,
                                        -1,
                                        "SIMYT",
                                        null,
                                        37,
                                        15,
                                        5,
                                        Double.NaN,
                                        null,
                                        24,
                                        0,
                                        1)),
                        'B',
                        NOON_SECONDS));

        RecordedOutput out = decode(lines);

        assertThat(out.statics)
                .extracting(
                        StaticReport::shipName,
                        StaticReport::callSign,
                        StaticReport::shipType,
                        StaticReport::lengthM,
                        StaticReport::beamM)
                .containsExactly(
                        tuple("SIM YACHT", null, -1, -1, -1), tuple(null, "SIMYT", 37, 15, 5));
    }

    @Property
    void randomValidReportsRoundTrip(@ForAll("reports") PositionReport sent) {
        assertThat(onAir(roundTrip(sent))).isEqualTo(onAir(sent));
    }

    /**
     * Reports as they can be on the air: coordinates on the AIS grid of 1/10000 minute, speed and
     * course in tenths, any of them possibly not available.
     */
    @Provide
    Arbitrary<PositionReport> reports() {
        Arbitrary<Integer> type = Arbitraries.of(1, 2, 3, 18);
        Arbitrary<Long> mmsi = Arbitraries.longs().between(1, 999_999_999L);
        Arbitrary<Double> lat =
                Arbitraries.integers().between(-54_000_000, 54_000_000).map(v -> v / 600_000.0);
        Arbitrary<Double> lon =
                Arbitraries.integers().between(-108_000_000, 108_000_000).map(v -> v / 600_000.0);
        Arbitrary<Double> speed =
                Arbitraries.integers().between(0, 1022).map(v -> v / 10.0).injectNull(0.1);
        Arbitrary<Double> course =
                Arbitraries.integers().between(0, 3599).map(v -> v / 10.0).injectNull(0.1);
        Arbitrary<Integer> heading = Arbitraries.integers().between(-1, 359);
        Arbitrary<Integer> status = Arbitraries.integers().between(0, 15);
        Arbitrary<Long> seconds = Arbitraries.longs().between(1_500_000_000L, 1_800_000_000L);
        return Combinators.combine(type, mmsi, lat, lon, speed, course, heading, status)
                .as(
                        (t, m, la, lo, s, c, h, st) ->
                                new PositionReport(
                                        m,
                                        0,
                                        la,
                                        lo,
                                        s == null ? Double.NaN : s,
                                        c == null ? Double.NaN : c,
                                        h,
                                        t == 18 ? -1 : st,
                                        t,
                                        0,
                                        1))
                .flatMap(r -> seconds.map(s -> r.withTime(s * 1000)));
    }
}
