package org.sealane.kafka;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.List;
import org.sealane.csv.AisCsvDecoder;
import org.sealane.input.DecodedInput;
import org.sealane.input.InputFormat;
import org.sealane.input.LineDecoder;
import org.sealane.input.LineOutcome;
import org.sealane.model.InputLine;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;
import org.sealane.replay.ReplayInput;

/**
 * What {@code sealane publish} does, without Kafka: reads recorded logs line by line, in file
 * order, finds each line's event time with the pipeline's own decoders, waits as the {@link
 * PublishPacer} says, and hands the line to a {@link LineSink}.
 *
 * <p>A line's time is that of what the decoder makes of it: a position, a static report, or a
 * rejected line whose time could be read. A line that completes nothing (the first part of a
 * multipart message, a {@code $PGHP} timestamp sentence, a comment) goes with the line before it.
 *
 * <p>Every line is sent as it is, except blank lines and the header of a CSV file: the live job
 * reads CSV rows in the format's usual column order ({@link #columnOrderWarning}).
 *
 * <p>Not thread-safe, but {@link #stop()} may be called from another thread.
 */
public final class LogPublisher {

    /** Receives the lines to send, in order. */
    public interface LineSink {
        void send(String line) throws Exception;
    }

    /** Told of every line sent, to show progress; the event time may be unknown. */
    public interface Progress {
        void sent(long lines, long latestEventTime);

        /** Something the person publishing should know, as one line. */
        default void note(String message) {}

        Progress NONE = (lines, time) -> {};
    }

    /**
     * What was sent.
     *
     * @param sent lines sent
     * @param csvHeaders CSV header lines skipped
     * @param blankLines blank lines skipped
     * @param timedLines lines sent that had an event time
     * @param firstTime the earliest event time sent, or {@link PositionReport#UNKNOWN_TIME}
     * @param lastTime the latest event time sent, or {@link PositionReport#UNKNOWN_TIME}
     * @param stopped whether {@link #stop()} ended it before the end of the inputs
     */
    public record Summary(
            long sent,
            long csvHeaders,
            long blankLines,
            long timedLines,
            long firstTime,
            long lastTime,
            boolean stopped) {}

    private final List<ReplayInput> inputs;
    private final PublishPacer pacer;
    private final LineSink sink;
    private final Progress progress;
    private volatile boolean stopRequested;

    private long sent;
    private long csvHeaders;
    private long blankLines;
    private long timedLines;
    private long firstTime = PositionReport.UNKNOWN_TIME;
    private long lastTime = PositionReport.UNKNOWN_TIME;
    private long futureLines;

    public LogPublisher(
            List<ReplayInput> inputs, PublishPacer pacer, LineSink sink, Progress progress) {
        this.inputs = List.copyOf(inputs);
        this.pacer = pacer;
        this.sink = sink;
        this.progress = progress;
    }

    /**
     * Asks a running {@link #run()} to stop after the line it is at, without waiting for that
     * line's time. Any thread may call it.
     */
    public void stop() {
        stopRequested = true;
        pacer.stop();
    }

    /**
     * Publishes every input in turn.
     *
     * @throws Exception what the sink threw
     */
    public Summary run() throws Exception {
        for (int index = 0; index < inputs.size() && !stopRequested; index++) {
            publish(index, inputs.get(index));
        }
        if (futureLines > 0) {
            progress.note(
                    futureLines
                            + " lines timed after the wall clock were sent without waiting for"
                            + " their time");
        }
        return new Summary(
                sent, csvHeaders, blankLines, timedLines, firstTime, lastTime, stopRequested);
    }

    private void publish(int index, ReplayInput input) throws Exception {
        boolean csv = input.format() != InputFormat.NMEA;
        LineDecoder decoder = input.format().newDecoder();
        // The live job reads rows without their header: check that the first row reads the same.
        LineDecoder headerless = csv ? input.format().newDecoder() : null;
        LineTime time = new LineTime();
        String header = null;
        long lineNumber = 0;
        try (BufferedReader reader = ReplayInput.open(Paths.get(input.path()))) {
            for (String line = reader.readLine();
                    line != null && !stopRequested;
                    line = reader.readLine()) {
                lineNumber++;
                time.reset();
                decoder.decode(line, InputLine.sequence(index, lineNumber), time);
                if (time.blank) {
                    blankLines++;
                    continue;
                }
                if (csv && time.comment) {
                    csvHeaders++;
                    if (header == null) {
                        header = line;
                    }
                    continue;
                }
                if (headerless != null && time.position != null) {
                    String warning =
                            columnOrderWarning(input, header, line, time.position, headerless);
                    if (warning != null) {
                        progress.note(warning);
                    }
                    headerless = null;
                }
                pace(time.time, input, lineNumber);
                sink.send(line);
                sent++;
                progress.sent(sent, pacer.latestTime());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read " + input.path() + ": " + e.getMessage(), e);
        }
        decoder.finish(new LineTime());
    }

    private void pace(long eventTime, ReplayInput input, long lineNumber)
            throws InterruptedException {
        if (eventTime != PositionReport.UNKNOWN_TIME) {
            timedLines++;
            firstTime =
                    firstTime == PositionReport.UNKNOWN_TIME
                            ? eventTime
                            : Math.min(firstTime, eventTime);
            lastTime = Math.max(lastTime, eventTime);
        }
        PublishPacer.Pace pace = pacer.await(eventTime);
        if (pace == PublishPacer.Pace.IN_THE_FUTURE) {
            futureLines++;
        } else if (pace == PublishPacer.Pace.RESTARTED && pacer.lastJumpMillis() > 0) {
            progress.note(
                    input.path()
                            + ":"
                            + lineNumber
                            + ": the log's time jumps "
                            + WatchLines.duration(pacer.lastJumpMillis())
                            + " ahead; not waited for");
        }
    }

    /**
     * A warning if a CSV file's first row reads differently without the file's header: its columns
     * are not in the format's usual order, and the live job, which reads rows alone, would misread
     * them unless told the columns ({@code input.csv-header}, format {@code csv}).
     *
     * @param header the file's header line, or null
     * @return the warning, or null if the row reads the same
     */
    static String columnOrderWarning(
            ReplayInput input,
            String header,
            String row,
            PositionReport withHeader,
            LineDecoder headerless) {
        LineTime alone = new LineTime();
        headerless.decode(row, 0, alone);
        PositionReport p = alone.position;
        if (p != null
                && p.mmsi() == withHeader.mmsi()
                && p.time() == withHeader.time()
                && p.lat() == withHeader.lat()
                && p.lon() == withHeader.lon()) {
            return null;
        }
        String warning =
                input.path()
                        + ": its columns are not in the usual "
                        + input.format().cliName()
                        + " order; the live job reads rows without the header and will misread"
                        + " them";
        if (header == null || !AisCsvDecoder.namesItsColumns(header)) {
            return warning;
        }
        return warning
                + " unless its configuration names them: "
                + (input.format() == InputFormat.CSV ? "" : "input.format=csv and ")
                + "input.csv-header="
                + header;
    }

    /** What one line became, as far as its time goes. */
    private static final class LineTime implements DecodedInput {
        long time;
        boolean blank;
        boolean comment;
        PositionReport position;

        LineTime() {
            reset();
        }

        void reset() {
            time = PositionReport.UNKNOWN_TIME;
            blank = false;
            comment = false;
            position = null;
        }

        private void time(long t) {
            if (time == PositionReport.UNKNOWN_TIME) {
                time = t;
            }
        }

        @Override
        public void position(PositionReport p) {
            time(p.time());
            if (position == null) {
                position = p;
            }
        }

        @Override
        public void staticReport(StaticReport s) {
            time(s.time());
        }

        @Override
        public void rejected(RejectedInput rejected) {
            time(rejected.time());
        }

        @Override
        public void ignored(LineOutcome outcome, int lines) {
            blank |= outcome == LineOutcome.BLANK;
            comment |= outcome == LineOutcome.COMMENT;
        }
    }
}
