package org.sealane.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.ais.AisEncoder;
import org.sealane.ais.NmeaWriter;
import org.sealane.model.PositionReport;
import org.sealane.model.StaticReport;
import org.sealane.replay.ReplayInput;

/** {@code sealane publish} without Kafka: which lines go, in which order, at what time. */
class LogPublisherTest {

    private static final long T0 = PublishPacerTest.T0;
    private static final long MMSI = 235098765;

    @TempDir Path dir;

    private final PublishPacerTest.FakeClock clock = new PublishPacerTest.FakeClock();

    /** What was sent, and when on the fake clock (seconds). */
    private final List<String> sent = new ArrayList<>();

    private final List<Double> sentAt = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private LogPublisher publisher(double speed, Path... files) {
        List<ReplayInput> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(ReplayInput.of(file, null));
        }
        return new LogPublisher(
                inputs,
                new PublishPacer(speed, clock, Duration.ofMinutes(10)),
                line -> {
                    sent.add(line);
                    sentAt.add(clock.seconds());
                },
                new LogPublisher.Progress() {
                    @Override
                    public void sent(long lines, long latestEventTime) {}

                    @Override
                    public void note(String message) {
                        notes.add(message);
                    }
                });
    }

    private static List<String> position(NmeaWriter writer, long time) {
        // Each fix somewhere else: the decoder takes a message heard again for a repeat.
        double lon = 56.25 + (time - T0) / 6e6;
        PositionReport report =
                new PositionReport(MMSI, time, 26.5, lon, 12.0, 90.0, 90, 0, 1, 0, 1);
        return writer.sentences(AisEncoder.position(report), 'A', time / 1000);
    }

    private static List<String> voyage(NmeaWriter writer, long time) {
        StaticReport report =
                new StaticReport(
                        MMSI,
                        time,
                        9_123_456,
                        "GABC",
                        "NORTHERN LIGHT",
                        70,
                        180,
                        30,
                        9.5,
                        "SINGAPORE",
                        5,
                        0,
                        1);
        return writer.sentences(AisEncoder.voyage(report), 'B', time / 1000);
    }

    @Test
    void nmeaLinesGoInFileOrderAtTheLogsPaceWithUntimedLinesAlongside() throws Exception {
        NmeaWriter tagged = new NmeaWriter("receiver-1");
        List<String> lines = new ArrayList<>();
        lines.add("# a receiver log");
        lines.addAll(position(tagged, T0));
        lines.addAll(voyage(tagged, T0 + 60_000)); // two parts: the first has no time alone
        lines.add("");
        lines.addAll(position(new NmeaWriter(null), T0)); // no tag block: no time
        lines.addAll(position(tagged, T0 + 120_000));
        lines.addAll(position(tagged, T0 + 90_000)); // behind the latest: at once
        Path log = Files.write(dir.resolve("receiver.nmea"), lines);

        LogPublisher.Summary summary = publisher(60, log).run();

        List<String> expected = new ArrayList<>(lines);
        expected.remove("");
        assertThat(sent).containsExactlyElementsOf(expected);
        assertThat(sentAt).containsExactly(0.0, 0.0, 0.0, 1.0, 1.0, 2.0, 2.0);
        assertThat(summary)
                .isEqualTo(new LogPublisher.Summary(7, 0, 1, 4, T0, T0 + 120_000, false));
        assertThat(notes).isEmpty();
    }

    @Test
    void asFastAsPossibleSendsEverythingWithoutWaiting() throws Exception {
        NmeaWriter tagged = new NmeaWriter("receiver-1");
        List<String> lines = new ArrayList<>(position(tagged, T0));
        lines.addAll(position(tagged, T0 + 3_600_000));
        Path log = Files.write(dir.resolve("fast.nmea"), lines);

        LogPublisher.Summary summary = publisher(0, log).run();

        assertThat(sent).containsExactlyElementsOf(lines);
        assertThat(clock.sleeps).isEmpty();
        assertThat(summary.timedLines()).isEqualTo(2);
    }

    @Test
    void csvRowsGoWithoutTheHeaderGzipToo() throws Exception {
        String header =
                "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType";
        List<String> rows =
                List.of(
                        "235098765,2025-06-04T00:00:00,26.5,56.25,12.0,90.0,90,NORTHERN LIGHT,,,70",
                        "235098765,2025-06-04T00:10:00,26.5,56.30,12.0,90.0,90,NORTHERN LIGHT,,,70",
                        "235098765,2025-06-04T00:20:00,26.5,56.35,12.0,90.0,90,NORTHERN LIGHT,,,70");
        Path gz = dir.resolve("track.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(
                    (header + "\n" + String.join("\n", rows) + "\n")
                            .getBytes(StandardCharsets.UTF_8));
        }

        LogPublisher.Summary summary = publisher(600, gz).run();

        assertThat(sent).containsExactlyElementsOf(rows);
        assertThat(sentAt).containsExactly(0.0, 1.0, 2.0);
        assertThat(summary.csvHeaders()).isEqualTo(1);
        assertThat(notes).isEmpty();
    }

    @Test
    void csvColumnsInAnotherOrderAreWarnedAbout() throws Exception {
        Path csv =
                Files.write(
                        dir.resolve("reordered.csv"),
                        List.of(
                                "MMSI,BaseDateTime,LON,LAT,SOG,COG,Heading",
                                "235098765,2025-06-04T00:00:00,56.25,26.5,12.0,90.0,90",
                                "235098765,2025-06-04T00:10:00,56.30,26.5,12.0,90.0,90"));

        publisher(0, csv).run();

        assertThat(sent).hasSize(2);
        assertThat(notes)
                .containsExactly(
                        csv
                                + ": its columns are not in the usual csv-marinecadastre order;"
                                + " the live job reads rows without the header and will"
                                + " misread them unless its configuration names them:"
                                + " input.format=csv and"
                                + " input.csv-header=MMSI,BaseDateTime,LON,LAT,SOG,COG,Heading");
    }

    @Test
    void aCsvNamingItsColumnsInItsOwnOrderIsToldTheSettingThatReadsIt() throws Exception {
        String header = "Time,MMSI,Latitude_degrees,Longitude_degrees,COG_degrees,SOG_knots";
        Path csv =
                Files.write(
                        dir.resolve("solent.csv"),
                        List.of(
                                header,
                                "2016-01-12 13:02:11.218,235070762,50.7730133,-1.092935,157.8,5.9"));

        publisher(0, csv).run();

        assertThat(sent).hasSize(1);
        assertThat(notes)
                .singleElement()
                .asString()
                .endsWith(
                        "its columns are not in the usual csv order; the live job reads rows"
                                + " without the header and will misread them unless its"
                                + " configuration names them: input.csv-header="
                                + header);
    }

    @Test
    void filesGoOneAfterTheOtherAndALongGapIsNotWaitedFor() throws Exception {
        NmeaWriter tagged = new NmeaWriter("receiver-1");
        Path first = Files.write(dir.resolve("day1.nmea"), position(tagged, T0));
        long dayLater = T0 + Duration.ofDays(2).toMillis();
        List<String> second = new ArrayList<>(position(tagged, dayLater));
        second.addAll(position(tagged, dayLater + 5_000));
        Path next = Files.write(dir.resolve("day3.nmea"), second);

        LogPublisher.Summary summary = publisher(1, first, next).run();

        assertThat(sent).hasSize(3);
        assertThat(sentAt).containsExactly(0.0, 0.0, 5.0);
        assertThat(notes)
                .containsExactly(next + ":1: the log's time jumps 2d ahead; not waited for");
        assertThat(summary.lastTime()).isEqualTo(dayLater + 5_000);
    }

    @Test
    void aStopEndsItAfterTheCurrentLine() throws Exception {
        NmeaWriter tagged = new NmeaWriter("receiver-1");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.addAll(position(tagged, T0 + i * 60_000L));
        }
        Path log = Files.write(dir.resolve("long.nmea"), lines);
        LogPublisher[] holder = new LogPublisher[1];
        holder[0] =
                new LogPublisher(
                        List.of(ReplayInput.of(log, null)),
                        new PublishPacer(1, clock, Duration.ofMinutes(10)),
                        line -> {
                            sent.add(line);
                            if (sent.size() == 2) {
                                holder[0].stop();
                            }
                        },
                        LogPublisher.Progress.NONE);

        LogPublisher.Summary summary = holder[0].run();

        assertThat(summary.sent()).isEqualTo(2);
        assertThat(summary.stopped()).isTrue();
        assertThat(clock.seconds()).isEqualTo(60.0);
    }
}
