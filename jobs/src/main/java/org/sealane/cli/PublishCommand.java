package org.sealane.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.sealane.config.SealaneConfig;
import org.sealane.input.InputFormat;
import org.sealane.kafka.KafkaClientConfig;
import org.sealane.kafka.LogPublisher;
import org.sealane.kafka.PublishPacer;
import org.sealane.kafka.TopicLookup;
import org.sealane.kafka.WatchLines;
import org.sealane.model.PositionReport;
import org.sealane.replay.ReplayInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sealane publish}: a recorded AIS log to a Kafka topic, one record per line. */
@Command(
        name = "publish",
        header = "Send recorded AIS logs to a Kafka topic, at their own pace if asked.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Send recorded AIS logs (NMEA or CSV, gzipped or not; the format is detected as",
            "for replay) to a Kafka topic, one UTF-8 record per line, files in the order",
            "given, lines in file order, through an idempotent producer (acks=all): each",
            "line is written once, in order. Blank lines and the header of a CSV file are",
            "not sent; the live job reads CSV rows in the format's usual column order, or",
            "in those its input.csv-header names (a warning says when a file needs it).",
            "",
            "Partitioning: every record of one run has the same key (--key; by default",
            "the first input's file name), so the whole run goes to one partition, in",
            "order: the parts of a multipart NMEA message, and a $PGHP timestamp sentence",
            "and the sentences it dates, stay together and in order, as the decoder needs.",
            "Publish separate feeds with separate keys to spread them over partitions.",
            "",
            "Timing: as fast as possible by default. With --speed X, the log's own timing",
            "is kept, X times faster (1 = as recorded, 60 = an hour a minute): a line is",
            "timed by the pipeline's decoders (tag block, receiver time, $PGHP, CSV time",
            "column), a line without a time goes with the one before it, and a line timed",
            "before the latest goes at once. A jump of more than a day in the log is not",
            "waited for.",
            ""
        },
        footer = {
            "",
            "Security (SASL/SCRAM, TLS) goes in the client properties file, e.g.:",
            "  security.protocol=SASL_SSL",
            "  sasl.mechanism=SCRAM-SHA-512",
            "  sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule \\",
            "      required username=\"sealane\" password=\"...\";",
            "  ssl.truststore.location=/etc/sealane/kafka-truststore.p12",
            "  ssl.truststore.password=...",
            "",
            "Exit status: 0 success, 1 failure (Kafka), 2 usage error.",
            "",
            "Example:",
            "  sealane publish replay-data/scenarios/dark-and-meet.nmea --topic ais.raw \\",
            "      --bootstrap-servers localhost:9092 --speed 600"
        })
final class PublishCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "INPUT",
            arity = "1..*",
            description = "AIS logs to send (NMEA or CSV, optionally .gz).")
    List<Path> inputs;

    @Option(
            names = "--topic",
            required = true,
            paramLabel = "TOPIC",
            description = "Topic to send to, e.g. ais.raw.")
    String topic;

    @Option(
            names = "--bootstrap-servers",
            required = true,
            paramLabel = "HOST:PORT[,...]",
            description = "Kafka brokers to connect to.")
    String bootstrapServers;

    @Option(
            names = "--speed",
            paramLabel = "X",
            description = "Keep the log's timing, X times faster (default: as fast as possible).")
    Double speed;

    @Option(
            names = "--key",
            paramLabel = "KEY",
            description =
                    "Key of every record, which chooses the partition (default: the first"
                            + " input's file name).")
    String key;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Force the input format: nmea, csv-marinecadastre, csv-dma or csv.")
    String format;

    @Option(
            names = "--producer-config",
            paramLabel = "FILE",
            description =
                    "Extra Kafka producer properties (a Java properties file): security"
                            + " (below), compression, tuning. They override sealane's"
                            + " settings.")
    Path producerConfig;

    @Option(
            names = "--progress",
            negatable = true,
            description =
                    "Show progress on standard error, updated in place (default: when it is a"
                            + " terminal; otherwise a line every 10 seconds).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        if (speed != null && !(speed > 0)) {
            throw new IllegalArgumentException("--speed must be a positive number, not " + speed);
        }
        InputFormat forced = format == null ? null : InputFormat.fromCliName(format);
        List<ReplayInput> logs =
                ReplayInput.ofAll(
                        inputs, forced, note -> System.err.println("sealane: note: " + note));
        if (topic.isBlank()) {
            throw new IllegalArgumentException("--topic must not be empty");
        }
        String recordKey = key != null ? key : String.valueOf(inputs.get(0).getFileName());
        byte[] keyBytes = recordKey.getBytes(StandardCharsets.UTF_8);
        var props = KafkaClientConfig.producer(bootstrapServers, producerConfig);
        PrintStream err = System.err;
        for (ReplayInput log : logs) {
            err.printf(Locale.ROOT, "sealane: %s (%s)%n", log.path(), log.format().cliName());
        }
        PublishPacer pacer =
                speed == null
                        ? PublishPacer.asFastAsPossible()
                        : new PublishPacer(
                                speed,
                                PublishPacer.Clock.SYSTEM,
                                SealaneConfig.defaults().futureTolerance());
        boolean inPlace = progress != null ? progress : System.console() != null;
        ProgressLine progressLine = new ProgressLine(err, inPlace, progress == null || progress);

        long started = System.nanoTime();
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicInteger partition = new AtomicInteger(-1);
        LogPublisher.Summary summary;
        TopicLookup.partitions(topic, props, "the topic", "name another with --topic");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            LogPublisher publisher =
                    new LogPublisher(
                            logs,
                            pacer,
                            line -> {
                                Exception failed = failure.get();
                                if (failed != null) {
                                    throw failed;
                                }
                                producer.send(
                                        new ProducerRecord<>(
                                                topic,
                                                keyBytes,
                                                line.getBytes(StandardCharsets.UTF_8)),
                                        (metadata, exception) -> {
                                            if (exception != null) {
                                                failure.compareAndSet(null, exception);
                                            } else {
                                                partition.compareAndSet(-1, metadata.partition());
                                            }
                                        });
                            },
                            progressLine);
            try (StopOnCtrlC stop =
                    new StopOnCtrlC(
                            "sealane-publish-stop", publisher::stop, Duration.ofSeconds(10))) {
                summary = publisher.run();
                producer.flush();
                progressLine.clear();
                if (failure.get() != null) {
                    throw failure.get();
                }
                report(summary, partition.get(), recordKey, started);
            }
        } catch (KafkaException e) {
            throw KafkaFailure.of(e, bootstrapServers, topic);
        }
        if (speed != null && summary.timedLines() == 0 && summary.sent() > 0) {
            err.println(
                    "sealane: warning: no line carried a time (no tag block, receiver time or"
                            + " $PGHP): --speed had nothing to keep, all went at once");
        }
        return 0;
    }

    private void report(
            LogPublisher.Summary summary, int partitionNumber, String recordKey, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder line =
                new StringBuilder(
                        String.format(
                                Locale.ROOT,
                                "Published %,d records from %d file%s to %s",
                                summary.sent(),
                                inputs.size(),
                                inputs.size() == 1 ? "" : "s",
                                topic));
        if (partitionNumber >= 0) {
            line.append(" partition ").append(partitionNumber);
        }
        line.append(" (key ").append(recordKey).append(')');
        line.append(String.format(Locale.ROOT, " in %.1f s", seconds));
        if (summary.firstTime() != PositionReport.UNKNOWN_TIME) {
            line.append("; log time ")
                    .append(WatchLines.time(summary.firstTime()))
                    .append(" to ")
                    .append(WatchLines.time(summary.lastTime()));
        }
        List<String> skipped = new ArrayList<>();
        if (summary.csvHeaders() > 0) {
            skipped.add(plural(summary.csvHeaders(), "CSV header line"));
        }
        if (summary.blankLines() > 0) {
            skipped.add(plural(summary.blankLines(), "blank line"));
        }
        if (!skipped.isEmpty()) {
            line.append("; skipped ").append(String.join(", ", skipped));
        }
        if (summary.stopped()) {
            line.append("; stopped before the end");
        }
        System.out.println(line);
        System.out.flush();
    }

    private static String plural(long n, String what) {
        return String.format(Locale.ROOT, "%,d %s%s", n, what, n == 1 ? "" : "s");
    }

    /** Progress on standard error: in place on a terminal, else a line every 10 seconds. */
    private static final class ProgressLine implements LogPublisher.Progress {
        private final PrintStream err;
        private final boolean inPlace;
        private final boolean enabled;
        private final long intervalNanos;
        private long next;
        private boolean shown;

        ProgressLine(PrintStream err, boolean inPlace, boolean enabled) {
            this.err = err;
            this.inPlace = inPlace;
            this.enabled = enabled;
            this.intervalNanos = Duration.ofSeconds(inPlace ? 1 : 10).toNanos();
            this.next = System.nanoTime() + intervalNanos;
        }

        @Override
        public void sent(long lines, long latestEventTime) {
            if (!enabled) {
                return;
            }
            long now = System.nanoTime();
            if (now - next < 0) {
                return;
            }
            next = now + intervalNanos;
            String text =
                    String.format(Locale.ROOT, "sealane: published %,d records", lines)
                            + (latestEventTime == PositionReport.UNKNOWN_TIME
                                    ? ""
                                    : ", log time " + WatchLines.time(latestEventTime));
            if (inPlace) {
                err.print("\r\033[K" + text);
                shown = true;
            } else {
                err.println(text);
            }
            err.flush();
        }

        @Override
        public void note(String message) {
            clear();
            err.println("sealane: note: " + message);
            err.flush();
        }

        void clear() {
            if (shown) {
                err.print("\r\033[K");
                err.flush();
                shown = false;
            }
        }
    }
}
