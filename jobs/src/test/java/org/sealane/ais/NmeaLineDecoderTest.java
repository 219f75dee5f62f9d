package org.sealane.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.sealane.ais.AisPayloadWriter.withChecksum;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sealane.avro.RejectReason;
import org.sealane.input.LineOutcome;
import org.sealane.input.RecordedOutput;
import org.sealane.model.InputLine;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;

/** Scenarios of AIS logs as receivers write them; expected values are gpsd's decodes. */
class NmeaLineDecoderTest {

    // Real sentences from gpsd's sample.aivdm, with gpsd's decode in the comments.
    /** Type 1, MMSI 371798000, 48.3816333 N 123.3953833 W, 12.3 kn, 224.0°, heading 215. */
    private static final String CLASS_A = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

    /** Type 5, MMSI 351759000, "EVER DIADEM", in two parts with sequential id 1. */
    private static final String VOYAGE_1 =
            "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C";

    private static final String VOYAGE_2 = "!AIVDM,2,2,1,A,88888888880,2*25";

    /** Type 18, MMSI 338087471, 40.68454 N 74.0721317 W, 0.1 kn, 79.6°. */
    private static final String CLASS_B = "!AIVDM,1,1,,A,B52K>;h00Fc>jpUlNV@ikwpUoP06,0*4C";

    /** Type 4, a base station. */
    private static final String BASE_STATION = "!AIVDM,1,1,,A,403OviQuMGCqWrRO9>E6fE700@GO,0*4D";

    private static final long TAG_TIME = Instant.parse("2012-04-13T17:15:17Z").toEpochMilli();

    private final NmeaLineDecoder decoder = new NmeaLineDecoder();
    private final RecordedOutput out = new RecordedOutput();
    private long lineNumber;

    @Test
    void classAPositionDecodesToGpsdValues() {
        long sequence = feed(CLASS_A);

        assertThat(out.positions)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.mmsi()).isEqualTo(371798000L);
                            assertThat(p.lat()).isCloseTo(48.3816333, within(1e-7));
                            assertThat(p.lon()).isCloseTo(-123.3953833, within(1e-7));
                            assertThat(p.speedKn()).isEqualTo(12.3);
                            assertThat(p.courseDeg()).isEqualTo(224.0);
                            assertThat(p.headingDeg()).isEqualTo(215);
                            assertThat(p.navStatus()).isZero();
                            assertThat(p.messageType()).isEqualTo(1);
                            assertThat(p.time()).isEqualTo(PositionReport.UNKNOWN_TIME);
                            assertThat(p.sequence()).isEqualTo(sequence);
                            assertThat(p.inputLines()).isEqualTo(1);
                        });
    }

    @Test
    void classBPositionHasNoHeadingOrStatus() {
        feed(CLASS_B);

        assertThat(out.positions)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.mmsi()).isEqualTo(338087471L);
                            assertThat(p.lat()).isCloseTo(40.68454, within(1e-7));
                            assertThat(p.speedKn()).isEqualTo(0.1);
                            assertThat(p.courseDeg()).isEqualTo(79.6);
                            assertThat(p.headingDeg()).isEqualTo(-1);
                            assertThat(p.navStatus()).isEqualTo(-1);
                        });
    }

    @Test
    void notAvailableSpeedCourseAndHeadingAreAbsent() {
        feed(AisPayloadWriter.positionReport(244740981L, 31_919_541, 3_442_480).sentence());

        PositionReport p = out.positions.get(0);
        assertThat(p.speedKn()).isNaN();
        assertThat(p.courseDeg()).isNaN();
        assertThat(p.headingDeg()).isEqualTo(-1);
    }

    @Test
    void voyageDataInTwoPartsBecomesOneStaticReport() {
        long first = feed(VOYAGE_1);
        feed(VOYAGE_2);

        assertThat(out.statics)
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.mmsi()).isEqualTo(351759000L);
                            assertThat(s.imo()).isEqualTo(9134270L);
                            assertThat(s.callSign()).isEqualTo("3FOF8");
                            assertThat(s.shipName()).isEqualTo("EVER DIADEM");
                            assertThat(s.shipType()).isEqualTo(70);
                            assertThat(s.lengthM()).isEqualTo(225 + 70);
                            assertThat(s.beamM()).isEqualTo(1 + 31);
                            assertThat(s.draughtM()).isEqualTo(12.2);
                            assertThat(s.destination()).isEqualTo("NEW YORK");
                            assertThat(s.sequence()).isEqualTo(first);
                            assertThat(s.inputLines()).isEqualTo(2);
                        });
        assertThat(decoder.pendingMessages()).isZero();
    }

    @Test
    void fragmentsArrivingOutOfOrderStillAssemble() {
        long first = feed(VOYAGE_2);
        feed(VOYAGE_1);

        assertThat(out.statics)
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.shipName()).isEqualTo("EVER DIADEM");
                            assertThat(s.sequence()).isEqualTo(first);
                        });
    }

    @Test
    void fragmentsInterleavedWithOtherMessagesAssemble() {
        // From gpsd's sample: two type 5 messages on channels B (id 6) and A (id 2) interleaved.
        feed("!AIVDM,2,1,6,B,542M92h00001@<7;?G0PD4i@R0<tqA8tj37>220o0h:2240Ht50000000000,0*3B");
        feed(
                "!AIVDM,2,1,2,A,542M92h00001@<7;?G0PD4i@R0<tqA8tj37>220o0h:2240Ht500000000000000,0*3C");
        feed(CLASS_A);
        feed("!AIVDM,2,2,2,A,0000002,2*24");
        feed("!AIVDM,2,2,6,B,00000000000,2*21");

        // The same type 5 heard on both channels: one report, the other copy a repeat.
        assertThat(out.statics)
                .extracting(
                        StaticReport::shipName, StaticReport::callSign, StaticReport::inputLines)
                .containsExactly(tuple("HEALTH CONTROL 13", "TCA2350", 2));
        assertThat(out.ignored(LineOutcome.REPEATED_MESSAGE)).isEqualTo(2);
        assertThat(out.positions).hasSize(1);
        assertThat(out.positions).hasSize(1);
        assertThat(out.linesAccounted()).isEqualTo(5);
    }

    @Test
    void aFragmentThatNeverCompletesIsRejectedAtTheEnd() {
        long first = feed(VOYAGE_1);
        feed(CLASS_A);
        decoder.finish(out);

        assertThat(out.rejected)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.reason()).isEqualTo(RejectReason.INCOMPLETE_MULTIPART);
                            assertThat(r.raw()).isEqualTo(VOYAGE_1);
                            assertThat(r.sequence()).isEqualTo(first);
                            assertThat(r.inputLines()).isEqualTo(1);
                        });
        assertThat(decoder.pendingMessages()).isZero();
    }

    @Test
    void aNewerMessageWithTheSameIdSupersedesAnIncompleteOne() {
        long stale = feed(VOYAGE_1);
        feed(VOYAGE_1);
        feed(VOYAGE_2);

        assertThat(out.statics).hasSize(1);
        assertThat(out.rejected)
                .extracting(RejectedInput::reason, RejectedInput::sequence)
                .containsExactly(tuple(RejectReason.INCOMPLETE_MULTIPART, stale));
    }

    @Test
    void pendingFragmentsAreBounded() {
        int strays = MultipartAssembler.MAX_PENDING + 44;
        for (int i = 0; i < strays; i++) {
            // Each stray first fragment has its own tag-block source, so none supersedes another.
            feed(tagged("s:r" + i) + VOYAGE_1);
        }

        assertThat(decoder.pendingMessages()).isEqualTo(MultipartAssembler.MAX_PENDING);
        assertThat(out.rejectCounts()).containsEntry(RejectReason.INCOMPLETE_MULTIPART, 44);
        decoder.finish(out);
        assertThat(out.linesAccounted()).isEqualTo(strays);
        assertThat(decoder.pendingMessages()).isZero();
    }

    @Test
    void tagBlockTimeDatesTheSentence() {
        feed("\\s:rEV02,c:1334337317*58\\!AIVDM,1,1,,B,19NWuLhuRb5QHfCpPcwj`26B0<02,0*5F");

        assertThat(out.positions)
                .singleElement()
                .extracting(PositionReport::time)
                .isEqualTo(TAG_TIME);
    }

    @Test
    void tagBlockTimeInMillisecondsIsTakenAsIs() {
        feed(tagged("c:1334337317123") + CLASS_A);

        assertThat(out.positions.get(0).time()).isEqualTo(TAG_TIME + 123);
    }

    @Test
    void tagBlockGroupJoinsPartsWhoseSecondTagCarriesOnlyTheGroup() {
        // exactEarth: the second part's tag block has g: alone, no source and no time.
        feed(
                "\\g:1-2-3985,s:rEV02,c:1334337317*2D\\!AIVDM,2,1,9,B,"
                        + "58KvN<42ACikUKW77F1H4hF0<PTp622222222216`0`cF5BF0RT13H0T,0*70");
        feed("\\g:2-2-3985*5A\\!AIVDM,2,2,9,B,PFRC88888888880,2*29");

        assertThat(out.statics)
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.time()).isEqualTo(TAG_TIME);
                            assertThat(s.inputLines()).isEqualTo(2);
                            assertThat(s.shipName()).isNotNull();
                        });
    }

    @Test
    void tagBlockWithAWrongChecksumIsRejected() {
        feed("\\c:1420030798*00\\!ABVDM,1,1,4,B,17P;HV?P008F98Il;EC1mOwL0@KP,0*22");

        assertThat(out.rejected)
                .singleElement()
                .extracting(RejectedInput::reason)
                .isEqualTo(RejectReason.NMEA_CHECKSUM);
    }

    @Test
    void gatehouseTimestampDatesTheSentencesAfterIt() {
        feed("$PGHP,1,2010,6,11,11,46,12,470,219,,2190064,1,5D*57");
        feed("!BSVDM,1,1,,A,13:WB@0vC2PmgjpP`WO=DbdF0<0U,0*5D");

        assertThat(out.ignored(LineOutcome.TIMESTAMP_SENTENCE)).isEqualTo(1);
        assertThat(out.positions)
                .singleElement()
                .extracting(PositionReport::time)
                .isEqualTo(Instant.parse("2010-06-11T11:46:12.470Z").toEpochMilli());
    }

    @Test
    void uscgTrailingFieldsGiveTheEpochSecondsAfterTheStation() {
        feed(
                "!AIVDM,1,1,,A,15N1u<PP1FJuvSRHOE6QIwwh0HQ6,0*30,d-080,S2118,t050056.00,"
                        + "T56.4837741,r003669946,1325394060,1325394001");

        assertThat(out.positions.get(0).time()).isEqualTo(1_325_394_060_000L);
    }

    @Test
    void exactEarthSatelliteReceiveTimeBeatsTheLaterDownlinkTime() {
        // exactEarth logs carry the satellite's receive time in $PGHP and the downlink's after
        // the checksum, here 34 minutes later (AMSA exact-earth-augmented.txt).
        feed("$PGHP,1,2012,2,2,11,32,4,635,316,2,316000002,1AIS_S,00*40");
        feed(withChecksum("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0") + ",1328184364635");

        assertThat(out.positions.get(0).time()).isEqualTo(1_328_182_324_635L);
    }

    @Test
    void aLineEpochBeatsAGatehouseTimeThatIsNotItsReceiveTime() {
        // An old $PGHP, hours before, or a time after the line's own: a different message's.
        feed("$PGHP,1,2012,2,2,3,0,0,0,316,2,316000002,1AIS_S,00*46");
        feed(withChecksum("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0") + ",1328182324635");

        assertThat(out.positions.get(0).time()).isEqualTo(1_328_182_324_635L);
    }

    @Test
    void tagBlockTimeBeatsATrailingEpoch() {
        feed(tagged("c:1334337317") + CLASS_A + ",1328182324635");

        assertThat(out.positions.get(0).time()).isEqualTo(TAG_TIME);
    }

    @Test
    void ownShipSentencesFromAnyTalkerAreDecoded() {
        feed(withChecksum("!AIVDO,1,1,,,15RTgt0PAso;90TKcjM8h6g208CQ,0"));
        feed(withChecksum("!ABVDM,1,1,,B,13u?etPv2;0n:dDPwUM1U1Cb069D,0"));

        assertThat(out.positions)
                .extracting(PositionReport::mmsi)
                .containsExactly(371798000L, 265547250L);
    }

    @Test
    void theSameMessageFromAnotherReceiverIsARepeatNotASecondReport() {
        feed(tagged("s:station-a,c:1334337317") + CLASS_A);
        feed(tagged("s:station-b,c:1334337318") + CLASS_A);
        feed(tagged("s:station-a,c:1334337500") + CLASS_A); // minutes later: a new transmission

        assertThat(out.positions).hasSize(2);
        assertThat(out.ignored(LineOutcome.REPEATED_MESSAGE)).isEqualTo(1);
        assertThat(out.linesAccounted()).isEqualTo(3);
    }

    @Test
    void aFragmentWithoutItsPartnerExpiresAfterAThousandLines() {
        feed("!AIVDM,2,1,6,B,542M92h00001@<7;?G0PD4i@R0<tqA8tj37>220o0h:2240Ht50000000000,0*3B");
        for (int i = 0; i < 1_000; i++) {
            feed("");
        }
        assertThat(out.rejected).isEmpty();

        feed("");
        feed(CLASS_A);

        assertThat(out.rejected)
                .singleElement()
                .satisfies(
                        r -> assertThat(r.reason()).isEqualTo(RejectReason.INCOMPLETE_MULTIPART));
    }

    @Test
    void badLinesAreRejectedWithTheirReason() {
        String tooLong = CLASS_A + ",".repeat(NmeaLineDecoder.MAX_LINE_CHARS);
        feed("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B");
        feed("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0");
        feed(withChecksum("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,6"));
        feed(withChecksum("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ"));
        feed(withChecksum("!AIVDM,1,1,,A,15RTgt0PAsoX90TKcjM8h6g208CQ,0"));
        feed(withChecksum("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8,0"));
        feed("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\u00e9");
        feed(tooLong);
        feed("IamNotAnAisMessage1111");
        feed(AisPayloadWriter.positionReport(0, 0, 0).sentence());
        feed(AisPayloadWriter.positionReport(1_000_000_000L, 0, 0).sentence());
        feed(AisPayloadWriter.positionReport(371798000L, 91 * 600_000, 181 * 600_000).sentence());
        feed(new AisPayloadWriter().field(30, 6).field(0, 162).sentence());

        assertThat(out.rejected)
                .extracting(RejectedInput::reason)
                .containsExactly(
                        RejectReason.NMEA_CHECKSUM,
                        RejectReason.NMEA_SYNTAX,
                        RejectReason.BAD_FILL_BITS,
                        RejectReason.NMEA_SYNTAX,
                        RejectReason.BAD_SIXBIT,
                        RejectReason.BAD_LENGTH,
                        RejectReason.NOT_ASCII,
                        RejectReason.LINE_TOO_LONG,
                        RejectReason.NMEA_SYNTAX,
                        RejectReason.INVALID_MMSI,
                        RejectReason.INVALID_MMSI,
                        RejectReason.BAD_POSITION,
                        RejectReason.UNKNOWN_TYPE);
        assertThat(out.rejected)
                .allSatisfy(
                        r -> {
                            assertThat(r.detail()).isNotBlank();
                            assertThat(r.raw().length())
                                    .isLessThanOrEqualTo(RejectedInput.MAX_RAW_CHARS);
                        });
        assertThat(out.positions).isEmpty();
    }

    @Test
    void rejectedLinesCarryTheTimeKnownForThem() {
        feed("$PGHP,1,2010,6,11,11,46,12,470,219,,2190064,1,5D*57");
        feed("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B");
        feed(tagged("c:1334337317") + "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B");
        feed(withChecksum("!AIVDM,1,1,,A,15RTgt0PAsoX90TKcjM8h6g208CQ,0") + ",1325394060");

        assertThat(out.rejected)
                .extracting(RejectedInput::time)
                .containsExactly(
                        Instant.parse("2010-06-11T11:46:12.470Z").toEpochMilli(),
                        TAG_TIME,
                        Instant.parse("2012-01-01T05:01:00Z").toEpochMilli());
    }

    @Test
    void messagesLongerThanTheirTypeAllowsAreRejectedLikeGpsdDoes() {
        // gpsd takes class A reports of any length from 163 bits, but a class B report of more
        // than its 168 bits (ITU-R M.1371-5, message 18) is dropped.
        feed(AisPayloadWriter.positionReport(371798000L, 0, 0).field(0, 36).sentence());
        feed(
                new AisPayloadWriter()
                        .field(18, 6)
                        .field(0, 2)
                        .field(338087471L, 30)
                        .field(0, 136)
                        .sentence());

        assertThat(out.positions).extracting(PositionReport::mmsi).containsExactly(371798000L);
        assertThat(out.rejected)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.reason()).isEqualTo(RejectReason.BAD_LENGTH);
                            assertThat(r.detail())
                                    .isEqualTo("type 18 has at most 168 bits, got 174");
                        });
    }

    @Test
    void typeOneAFewBitsShortIsAcceptedLikeGpsdDoes() {
        // gpsd's sample: the same report sent with 5 fill bits (163 bits) decodes as usual.
        feed("!AIVDM,1,1,,A,13aIkM@P00PJ@qPNL=e@0?wJ28JO,5*63");

        assertThat(out.positions)
                .singleElement()
                .extracting(PositionReport::mmsi)
                .isEqualTo(244740981L);
    }

    @Test
    void linesThatAreNotPositionsAreCountedByKind() {
        feed(BASE_STATION);
        feed("$GPGGA,115007.00,3351.0155,S,15117.2161,E,1,05,1.76,00093,M,021,M,,*7D");
        feed("$BSALR,,006,V,V,general failure*62");
        feed("# a comment");
        feed("   ");

        assertThat(out.ignored(LineOutcome.OTHER_AIS_MESSAGE)).isEqualTo(1);
        assertThat(out.ignored(LineOutcome.NON_AIS_SENTENCE)).isEqualTo(2);
        assertThat(out.ignored(LineOutcome.COMMENT)).isEqualTo(1);
        assertThat(out.ignored(LineOutcome.BLANK)).isEqualTo(1);
        assertThat(out.rejected).isEmpty();
    }

    @Test
    void classBStaticDataReportsEachPart() {
        // gpsd's sample: 24A and 24B of MMSI 271041815, "PROGUY", call sign TC6163, 15 x 5 m.
        feed("!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D");
        feed("!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40");

        assertThat(out.statics)
                .extracting(
                        StaticReport::shipName,
                        StaticReport::callSign,
                        StaticReport::shipType,
                        StaticReport::lengthM,
                        StaticReport::beamM)
                .containsExactly(
                        tuple("PROGUY", null, -1, -1, -1), tuple(null, "TC6163", 60, 15, 5));
    }

    @Test
    void extendedClassBGivesAPositionAndItsStaticPartWithoutCountingTheLineTwice() {
        feed("!AIVDM,1,1,,B,C5N3SRgPEnJGEBT>NhWAwwo862PaLELTBJ:V00000000S0D:R220,0*0B");

        assertThat(out.positions)
                .singleElement()
                .extracting(PositionReport::mmsi)
                .isEqualTo(367059850L);
        assertThat(out.statics)
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.shipName()).isEqualTo("CAPT.J.RIMES");
                            assertThat(s.inputLines()).isZero();
                        });
        assertThat(out.linesAccounted()).isEqualTo(1);
    }

    @Test
    void mangledLinesNeverThrowAndAreAllAccountedFor() throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader =
                AisCorpusTest.open(AisCorpusTest.NMEA.resolve("gpsd/sample.aivdm"))) {
            reader.lines().filter(l -> !l.startsWith("#")).forEach(lines::add);
        }
        Random random = new Random(42);
        String noise =
                "!$\\*,:-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ`abcdefghijklmnopqrstuvwxyz \u00e9";
        int fed = 0;
        for (int round = 0; round < 200; round++) {
            for (String line : lines) {
                StringBuilder mangled = new StringBuilder(line);
                int edits = 1 + random.nextInt(3);
                for (int e = 0; e < edits && mangled.length() > 0; e++) {
                    int at = random.nextInt(mangled.length());
                    switch (random.nextInt(3)) {
                        case 0 ->
                                mangled.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
                        case 1 -> mangled.deleteCharAt(at);
                        default -> mangled.setLength(at);
                    }
                }
                feed(mangled.toString());
                fed++;
            }
        }
        decoder.finish(out);

        assertThat(out.linesAccounted()).isEqualTo(fed);
    }

    private long feed(String line) {
        long sequence = InputLine.sequence(0, ++lineNumber);
        decoder.decode(line, sequence, out);
        return sequence;
    }

    /** A tag block with a valid checksum around the given parameters. */
    private static String tagged(String parameters) {
        return String.format(
                "\\%s*%02X\\", parameters, Nmea.checksum(parameters, 0, parameters.length()));
    }
}
