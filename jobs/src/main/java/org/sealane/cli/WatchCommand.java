package org.sealane.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.sealane.config.SealaneConfig;
import org.sealane.kafka.KafkaClientConfig;
import org.sealane.kafka.TopicWatcher;
import org.sealane.kafka.WatchFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sealane watch}: a topic's alerts, coverage metrics or rejected records, one line each. */
@Command(
        name = "watch",
        header = "Print a sealane topic's committed records as they arrive.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Print the records of a sealane topic (sealane.alerts, sealane.coverage,",
            "sealane.rejected) as they arrive, one line each, decoded by the Avro schema",
            "fingerprint in each value's header. Reads committed records only",
            "(isolation.level=read_committed), from every partition, as no consumer group:",
            "it commits nothing. Runs until Ctrl-C, --max or --timeout.",
            "",
            "  alert:    TIME  SEVERITY TYPE STATE  MMSI[+OTHER]  ZONE (NAME)  LAT LON",
            "            [DIRECTION]  [from START (DURATION)]  DETAIL=VALUE...",
            "  coverage: WINDOW-START  COVERAGE 1h|day  ZONE  covered P%%  asset-minutes M",
            "            (NATION M, ...)  assets N  traffic N (uncovered M vessel-min)",
            "            transits N  alerts N",
            "  rejected: TIME  REJECTED REASON  TOPIC/PARTITION/OFFSET  DETAIL  raw: LINE",
            "",
            "Times are UTC. An alert's time is its start while OPEN, its end once CLOSED.",
            "A value that is not one of these records (another schema, not Avro) gives a",
            "one-line note on standard error and is skipped.",
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
            "Exit status: 0 when stopped (Ctrl-C, --max, --timeout); 1 if --max records did",
            "not come before --timeout, or Kafka failed; 2 for usage errors.",
            "",
            "Examples:",
            "  sealane watch --topic sealane.alerts --bootstrap-servers localhost:9092 \\",
            "      --zone bab-el-mandeb --type LOITERING,AIS_GAP,ENCOUNTER",
            "  sealane watch --topic sealane.coverage --bootstrap-servers localhost:9092 \\",
            "      --from-beginning --timeout 10s"
        })
final class WatchCommand implements Callable<Integer> {

    @Option(
            names = "--topic",
            required = true,
            paramLabel = "TOPIC",
            description = "Topic to watch, e.g. sealane.alerts.")
    String topic;

    @Option(
            names = "--bootstrap-servers",
            required = true,
            paramLabel = "HOST:PORT[,...]",
            description = "Kafka brokers to connect to.")
    String bootstrapServers;

    @Option(
            names = "--type",
            paramLabel = "TYPE[,...]",
            description =
                    "Print only alerts of these types (ZONE_ENTRY, LOITERING, ...) and rejected"
                            + " records of these reasons (LATE, NMEA_CHECKSUM, ...);"
                            + " repeatable. Coverage metrics have no type and always pass.")
    List<String> types = List.of();

    @Option(
            names = "--zone",
            paramLabel = "ZONE[,...]",
            description =
                    "Print only alerts and coverage metrics of these zone ids; repeatable."
                            + " Rejected records have no zone and always pass.")
    List<String> zones = List.of();

    @Option(
            names = "--from-beginning",
            description =
                    "Start at the beginning of each partition (default: only records that"
                            + " arrive from now on).")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after printing N records.")
    Long max;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            description = "Stop after this long (90s, 5m, 1h, PT30S).")
    String timeout;

    @Option(
            names = "--consumer-config",
            paramLabel = "FILE",
            description =
                    "Extra Kafka consumer properties (a Java properties file): security"
                            + " (below), tuning. They override sealane's settings, the"
                            + " isolation level included.")
    Path consumerConfig;

    @Override
    public Integer call() {
        if (max != null && max < 1) {
            throw new IllegalArgumentException("--max must be at least 1, not " + max);
        }
        Duration limit = null;
        if (timeout != null) {
            limit = SealaneConfig.parseDuration(timeout);
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException(
                        "--timeout must be a duration such as 90s, 5m or PT30S, not '"
                                + timeout
                                + "'");
            }
        }
        WatchFilter filter = WatchFilter.of(types, zones);
        var props = KafkaClientConfig.consumer(bootstrapServers, consumerConfig);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = System.err;

        TopicWatcher.Result result;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            try (StopOnCtrlC stop =
                    new StopOnCtrlC(
                            "sealane-watch-stop", consumer::wakeup, Duration.ofSeconds(5))) {
                result =
                        new TopicWatcher(
                                        consumer,
                                        new TopicWatcher.Options(
                                                topic,
                                                filter,
                                                fromBeginning,
                                                max == null ? 0 : max,
                                                limit),
                                        out,
                                        err,
                                        System::nanoTime)
                                .run();
                summary(err, result);
            }
        } catch (KafkaException e) {
            throw KafkaFailure.of(e, bootstrapServers, topic);
        }
        if (max != null && result.timedOut() && result.printed() < max) {
            throw new IllegalStateException(
                    String.format(
                            Locale.ROOT,
                            "--timeout %s passed after %d of %d records",
                            timeout,
                            result.printed(),
                            max));
        }
        return 0;
    }

    private void summary(PrintStream err, TopicWatcher.Result result) {
        StringBuilder line =
                new StringBuilder(
                        String.format(
                                Locale.ROOT,
                                "sealane: watched %s: %,d records read, %,d printed",
                                topic,
                                result.read(),
                                result.printed()));
        if (result.filteredOut() > 0) {
            line.append(String.format(Locale.ROOT, ", %,d filtered out", result.filteredOut()));
        }
        if (result.undecodable() > 0) {
            line.append(
                    String.format(
                            Locale.ROOT, ", %,d skipped (not decodable)", result.undecodable()));
        }
        err.println(line);
        err.flush();
    }
}
