package org.sealane.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.sealane.csv.AisCsvDecoder;
import org.sealane.input.InputFormat;

/**
 * Job configuration: a Java properties file, every key with a documented default (DESIGN 3.6), each
 * overridable from the command line with {@code --set key=value}. Unknown keys and bad values are
 * errors that name the key. Immutable and serialisable.
 */
public final class SealaneConfig implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every key, its default and what it means; the README's configuration table. */
    public enum Key {
        MAX_OUT_OF_ORDERNESS(
                "watermark.max-out-of-orderness",
                "5m",
                "How far behind the latest position time a position may arrive and still count;"
                        + " later ones are rejected as LATE. Alerts wait this long in event time."),
        WATERMARK_INTERVAL(
                "watermark.interval",
                "1m",
                "Event time moves on in whole steps of this much (or of tracker.flush-interval if"
                        + " longer): the alerts of a fix wait for the step after it. A live job"
                        + " that must alert within a second sets this and"
                        + " watermark.max-out-of-orderness well under a second."),
        FUTURE_TOLERANCE(
                "input.future-tolerance",
                "10m",
                "Positions timed later than the wall clock plus this are rejected as"
                        + " FUTURE_TIMESTAMP."),
        MAX_SPEED_KN(
                "track.max-speed-kn",
                "50",
                "A fix implying more than this speed (knots) from the last good fix is a position"
                        + " jump and does not move the track."),
        TRACK_EXPIRY(
                "track.expiry",
                "24h",
                "A vessel silent this long (event time) is forgotten; if it reappears inside a zone"
                        + " it is entered afresh."),
        FLUSH_INTERVAL(
                "tracker.flush-interval",
                "0s",
                "Fixes wait for the watermark in batches aligned to this much event time: 0s acts"
                        + " on each fix as soon as the watermark passes it (lowest latency, live);"
                        + " a longer interval needs fewer timers and gives the same alerts"
                        + " (replays and kafka.bounded backfills use 30m unless set)."),
        LOITER_DURATION(
                "loitering.duration",
                "2h",
                "A vessel slow this long inside a chokepoint or patrol zone is loitering (zone"
                        + " override: loiterMinutes)."),
        LOITER_MAX_SPEED_KN(
                "loitering.max-speed-kn",
                "2",
                "Below this speed (knots) a vessel counts as slow for loitering (zone override:"
                        + " loiterMaxSpeedKn)."),
        GAP_IN_ZONE(
                "gap.in-zone",
                "1h",
                "A vessel silent this long (live feed time) after a fix in a chokepoint or patrol"
                        + " zone has gone dark (zone override: gapMinutes)."),
        GAP_ELSEWHERE(
                "gap.elsewhere",
                "6h",
                "A vessel silent this long (live feed time) after a fix anywhere else has gone"
                        + " dark."),
        FEED_SILENCE(
                "gap.feed-silence",
                "10m",
                "A silence of the whole feed this long is an outage: its time does not count"
                        + " towards any vessel's AIS gap."),
        ENCOUNTER_DISTANCE_M(
                "encounter.distance-m",
                "500",
                "Two slow vessels closer than this (metres) are meeting (zone override:"
                        + " encounterMeters)."),
        ENCOUNTER_DURATION(
                "encounter.duration",
                "2h",
                "Two vessels meeting this long raise an encounter (zone override:"
                        + " encounterMinutes)."),
        ENCOUNTER_MAX_SPEED_KN(
                "encounter.max-speed-kn",
                "2",
                "Below this speed (knots) a vessel counts as slow for encounters."),
        HARBOUR_DISTANCE_M(
                "harbour.distance-m",
                "10000",
                "No loitering or encounter alerts within this distance (metres) of a bundled"
                        + " harbour or anchorage (World Port Index and Global Fishing Watch), and"
                        + " no AIS gap for a vessel silent there unless it reappears further"
                        + " away; 0 turns the check off."),
        IDENTITY_CONFLICT_QUIET(
                "identity-conflict.quiet",
                "1h",
                "An identity conflict ends when its second track has been silent this long."),
        INPUT_CSV_HEADER(
                "input.csv-header",
                AisCsvDecoder.NAMED_ORDER,
                "The columns of csv rows that come without their header: the live input"
                        + " topic's rows (input.format=csv), and headerless files given as"
                        + " --format csv. Named as a header would name them, MMSI, a time,"
                        + " latitude and longitude at least; a file with a header is read by its"
                        + " own."),
        INPUT_FORMAT(
                "input.format",
                "nmea",
                "Format of the lines on the live input topic: nmea, csv-marinecadastre, csv-dma or csv"
                        + " (a replay detects each file's format)."),
        INPUT_IDLENESS(
                "input.idleness",
                "1m",
                "A live input partition without records this long (wall clock) no longer holds"
                        + " back event time; 0s never marks one idle, nor does a bounded backfill."
                        + " Positions a partition brings when it wakes that are behind event time"
                        + " wait for the next watermark, or this long when none comes."),
        KAFKA_BOOTSTRAP_SERVERS(
                "kafka.bootstrap-servers", "127.0.0.1:9092", "Kafka brokers of the live job."),
        KAFKA_INPUT_TOPIC(
                "kafka.input-topic", "ais.raw", "Topic of raw AIS lines, one line per record."),
        KAFKA_ALERTS_TOPIC("kafka.alerts-topic", "sealane.alerts", "Topic the alerts go to."),
        KAFKA_COVERAGE_TOPIC(
                "kafka.coverage-topic", "sealane.coverage", "Topic the coverage metrics go to."),
        KAFKA_REJECTED_TOPIC(
                "kafka.rejected-topic", "sealane.rejected", "Topic rejected input goes to."),
        KAFKA_ZONES_TOPIC(
                "kafka.zones-topic",
                "sealane.zones",
                "Compacted topic of zone catalogues (sealane zones publish): the latest valid one"
                        + " replaces --zones while the job runs; a missing topic is looked for"
                        + " again every minute."),
        KAFKA_GROUP_ID(
                "kafka.group-id",
                "sealane",
                "Consumer group of the live job (offsets are kept in its checkpoints)."),
        KAFKA_STARTING_OFFSETS(
                "kafka.starting-offsets",
                "committed",
                "Where a live job without a checkpoint starts reading: committed (the group's"
                        + " offsets, else the earliest), earliest or latest."),
        KAFKA_BOUNDED(
                "kafka.bounded",
                "false",
                "true stops at the offsets that are the latest when the job starts: a backfill"
                        + " of what the topic holds, ended like a replay."),
        DELIVERY_GUARANTEE(
                "kafka.delivery-guarantee",
                "exactly-once",
                "exactly-once (Kafka transactions committed with each checkpoint; consumers read"
                        + " with isolation.level=read_committed) or at-least-once."),
        KAFKA_TRANSACTIONAL_ID_PREFIX(
                "kafka.transactional-id-prefix",
                "sealane",
                "Prefix of the live job's Kafka transactional ids: stable for the job, unique per"
                        + " job on a cluster."),
        KAFKA_TRANSACTION_TIMEOUT(
                "kafka.transaction-timeout",
                "10m",
                "transaction.timeout.ms of the job's producers; must not exceed the broker's"
                        + " transaction.max.timeout.ms (15m by default), checked at start."),
        CHECKPOINT_INTERVAL(
                "checkpoint.interval",
                "10s",
                "How often the live job checkpoints; with exactly-once, alerts become visible to"
                        + " read_committed consumers at each checkpoint."),
        BUFFER_TIMEOUT(
                "network.buffer-timeout",
                "100ms",
                "How long the live job's records may wait in a half-full network buffer between"
                        + " operators (Flink's execution.buffer-timeout.interval): lower for"
                        + " alerts sooner, at some cost in throughput."),
        CHECKPOINT_DIRECTORY(
                "checkpoint.directory",
                "",
                "Where the live job keeps its checkpoints (a path or a file://, s3://, hdfs:// URI),"
                        + " retained when it stops or dies so that 'sealane run --restore' can"
                        + " resume from them; empty keeps them in a scratch directory that goes"
                        + " with the process (or where the Flink cluster's configuration says)."),
        COVERAGE_ENABLED(
                "coverage.enabled",
                "true",
                "Whether to measure the task force's coverage of patrol zones; false writes no"
                        + " coverage and raises no COVERAGE_GAP (a feed far from any patrol zone)."),
        COVERAGE_WINDOW(
                "coverage.window",
                "1h",
                "Coverage metrics are kept per patrol zone for event-time windows this long,"
                        + " aligned to UTC midnight; it must divide a day. A day summary comes"
                        + " as well."),
        COVERAGE_MAX_FIX_INTERVAL(
                "coverage.max-fix-interval",
                "1h",
                "A vessel is present in a zone between two consecutive fixes inside it at most"
                        + " this far apart; a longer silence is not presence."),
        COVERAGE_GAP(
                "coverage.gap",
                "4h",
                "A patrol zone the task force has been in and that has had no roster vessel for"
                        + " longer than this raises COVERAGE_GAP (zone override:"
                        + " coverageMaxGapMinutes)."),
        COVERAGE_LATENESS(
                "coverage.lateness",
                "3h",
                "A window's coverage metric is emitted once event time has passed its end by this"
                        + " much, for presence and alerts that come later; at least"
                        + " coverage.max-fix-interval plus tracker.flush-interval.");

        private final String name;
        private final String defaultValue;
        private final String description;

        Key(String name, String defaultValue, String description) {
            this.name = name;
            this.defaultValue = defaultValue;
            this.description = description;
        }

        /** Whether the value is true or false. */
        boolean isSwitch() {
            return name.endsWith(".enabled") || name.equals("kafka.bounded");
        }

        /** Whether the value is free text (names, addresses) or one of a few words. */
        boolean isText() {
            return name.startsWith("kafka.")
                    && !name.equals("kafka.transaction-timeout")
                    && !isSwitch();
        }

        /** Whether the value is a plain number (knots, metres) rather than a duration. */
        boolean isNumber() {
            return name.endsWith("-kn") || name.endsWith("-m");
        }

        public String propertyName() {
            return name;
        }

        public String defaultValue() {
            return defaultValue;
        }

        public String description() {
            return description;
        }

        static Key named(String name) {
            for (Key key : values()) {
                if (key.name.equals(name)) {
                    return key;
                }
            }
            StringBuilder known = new StringBuilder();
            for (Key key : values()) {
                known.append(known.length() == 0 ? "" : ", ").append(key.name);
            }
            throw new IllegalArgumentException(
                    "unknown configuration key '" + name + "' (known keys: " + known + ")");
        }
    }

    /** Prefix of keys passed as they are to the Kafka clients. */
    public static final String KAFKA_CLIENT_PREFIX = "kafka.client.";

    private final Map<Key, String> values;
    private final Map<String, String> clientProperties;

    private SealaneConfig(Map<Key, String> values, Map<String, String> clientProperties) {
        this.values = values;
        this.clientProperties = clientProperties;
    }

    public static SealaneConfig defaults() {
        return new SealaneConfig(new TreeMap<>(), new TreeMap<>());
    }

    /** Reads a properties file; keys it does not set keep their defaults. */
    public static SealaneConfig load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read configuration " + file + ": " + e, e);
        }
        SealaneConfig config = defaults();
        for (String name :
                new TreeMap<>(properties).keySet().stream().map(Object::toString).toList()) {
            try {
                config = config.with(name, properties.getProperty(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
        }
        return config;
    }

    /** This configuration with one key changed; the value is checked now. */
    public SealaneConfig with(String name, String value) {
        String trimmedName = name.trim();
        String trimmed = value.trim();
        if (trimmedName.startsWith(KAFKA_CLIENT_PREFIX)
                && trimmedName.length() > KAFKA_CLIENT_PREFIX.length()) {
            Map<String, String> client = new TreeMap<>(clientProperties);
            client.put(trimmedName.substring(KAFKA_CLIENT_PREFIX.length()), trimmed);
            return new SealaneConfig(values, client);
        }
        Key key = Key.named(trimmedName);
        Map<Key, String> changed = new TreeMap<>(values);
        changed.put(key, trimmed);
        SealaneConfig config = new SealaneConfig(changed, clientProperties);
        if (key == Key.HARBOUR_DISTANCE_M) {
            config.harbourDistanceMeters();
        } else if (key == Key.COVERAGE_WINDOW) {
            config.coverageWindow();
        } else if (key.isSwitch()) {
            config.isOn(key);
        } else if (key == Key.INPUT_FORMAT) {
            config.inputFormat();
        } else if (key == Key.INPUT_CSV_HEADER) {
            config.csvHeader();
        } else if (key == Key.KAFKA_STARTING_OFFSETS) {
            config.kafkaStartingOffsets();
        } else if (key == Key.DELIVERY_GUARANTEE) {
            config.exactlyOnce();
        } else if (key == Key.CHECKPOINT_DIRECTORY) {
            config.checkpointDirectory();
        } else if (key.isText()) {
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException(key.name + " must not be empty");
            }
        } else if (key.isNumber()) {
            config.positiveNumber(key);
        } else {
            config.duration(key);
        }
        return config;
    }

    public Duration maxOutOfOrderness() {
        return duration(Key.MAX_OUT_OF_ORDERNESS);
    }

    /** The step event time moves on in; at least a millisecond. */
    public Duration watermarkInterval() {
        Duration interval = duration(Key.WATERMARK_INTERVAL);
        return interval.toMillis() < 1 ? Duration.ofMillis(1) : interval;
    }

    public Duration futureTolerance() {
        return duration(Key.FUTURE_TOLERANCE);
    }

    public double maxSpeedKn() {
        return positiveNumber(Key.MAX_SPEED_KN);
    }

    public Duration trackExpiry() {
        return duration(Key.TRACK_EXPIRY);
    }

    public Duration flushInterval() {
        return duration(Key.FLUSH_INTERVAL);
    }

    /**
     * This configuration for a run over recorded traffic (a replay, a bounded Kafka backfill),
     * where no one waits for an alert: unless {@code tracker.flush-interval} is set, fixes wait for
     * event time in 30-minute batches. The alerts are the same; timers fire far less often.
     */
    public SealaneConfig batchedForRecordedTraffic() {
        return isSet(Key.FLUSH_INTERVAL.name) ? this : with(Key.FLUSH_INTERVAL.name, "30m");
    }

    public Duration loiterDuration() {
        return duration(Key.LOITER_DURATION);
    }

    public double loiterMaxSpeedKn() {
        return positiveNumber(Key.LOITER_MAX_SPEED_KN);
    }

    public Duration gapInZone() {
        return duration(Key.GAP_IN_ZONE);
    }

    public Duration gapElsewhere() {
        return duration(Key.GAP_ELSEWHERE);
    }

    public Duration feedSilence() {
        return duration(Key.FEED_SILENCE);
    }

    public double encounterDistanceMeters() {
        return positiveNumber(Key.ENCOUNTER_DISTANCE_M);
    }

    public Duration encounterDuration() {
        return duration(Key.ENCOUNTER_DURATION);
    }

    public double encounterMaxSpeedKn() {
        return positiveNumber(Key.ENCOUNTER_MAX_SPEED_KN);
    }

    public double harbourDistanceMeters() {
        String text = raw(Key.HARBOUR_DISTANCE_M);
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                Key.HARBOUR_DISTANCE_M.name
                        + " must be 0 or a positive number, not '"
                        + text
                        + "'");
    }

    public Duration identityConflictQuiet() {
        return duration(Key.IDENTITY_CONFLICT_QUIET);
    }

    /** The columns of headerless rows in format csv, as a header line. */
    public String csvHeader() {
        String header = raw(Key.INPUT_CSV_HEADER);
        try {
            AisCsvDecoder.named(header);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    Key.INPUT_CSV_HEADER.name + ": " + e.getMessage(), e);
        }
        return header;
    }

    public InputFormat inputFormat() {
        try {
            return InputFormat.fromCliName(raw(Key.INPUT_FORMAT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Key.INPUT_FORMAT.name + ": " + e.getMessage(), e);
        }
    }

    public Duration inputIdleness() {
        return duration(Key.INPUT_IDLENESS);
    }

    /**
     * How long a partition of the live input may go without records before event time leaves it
     * behind: {@code input.idleness} for a job that runs on, never for a bounded backfill. A
     * backfill's partitions hold all their records from the start: one without records is either
     * finished, and no longer holds back event time anyway, or its broker is away, and must be
     * waited for. Were it marked idle then, the partitions already finished (whose event time is
     * the end of time) would carry the watermark to the end of input at once, and every fix read
     * after the broker's return would come too late.
     */
    public Duration partitionIdleness() {
        return kafkaBounded() ? Duration.ZERO : inputIdleness();
    }

    public String kafkaBootstrapServers() {
        return raw(Key.KAFKA_BOOTSTRAP_SERVERS);
    }

    public String kafkaInputTopic() {
        return raw(Key.KAFKA_INPUT_TOPIC);
    }

    public String kafkaAlertsTopic() {
        return raw(Key.KAFKA_ALERTS_TOPIC);
    }

    public String kafkaCoverageTopic() {
        return raw(Key.KAFKA_COVERAGE_TOPIC);
    }

    public String kafkaRejectedTopic() {
        return raw(Key.KAFKA_REJECTED_TOPIC);
    }

    public String kafkaZonesTopic() {
        return raw(Key.KAFKA_ZONES_TOPIC);
    }

    public String kafkaGroupId() {
        return raw(Key.KAFKA_GROUP_ID);
    }

    /** committed, earliest or latest. */
    public String kafkaStartingOffsets() {
        String value = raw(Key.KAFKA_STARTING_OFFSETS).toLowerCase(Locale.ROOT);
        if (!value.equals("committed") && !value.equals("earliest") && !value.equals("latest")) {
            throw new IllegalArgumentException(
                    Key.KAFKA_STARTING_OFFSETS.name
                            + " must be committed, earliest or latest, not '"
                            + raw(Key.KAFKA_STARTING_OFFSETS)
                            + "'");
        }
        return value;
    }

    public boolean kafkaBounded() {
        return isOn(Key.KAFKA_BOUNDED);
    }

    /** Whether the live job delivers exactly once (else at least once). */
    public boolean exactlyOnce() {
        String value = raw(Key.DELIVERY_GUARANTEE).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "exactly-once" -> true;
            case "at-least-once" -> false;
            default ->
                    throw new IllegalArgumentException(
                            Key.DELIVERY_GUARANTEE.name
                                    + " must be exactly-once or at-least-once, not '"
                                    + raw(Key.DELIVERY_GUARANTEE)
                                    + "'");
        };
    }

    public String kafkaTransactionalIdPrefix() {
        return raw(Key.KAFKA_TRANSACTIONAL_ID_PREFIX);
    }

    public Duration kafkaTransactionTimeout() {
        return duration(Key.KAFKA_TRANSACTION_TIMEOUT);
    }

    public Duration checkpointInterval() {
        return duration(Key.CHECKPOINT_INTERVAL);
    }

    public Duration bufferTimeout() {
        return duration(Key.BUFFER_TIMEOUT);
    }

    /** The directory checkpoints are retained in, or empty to keep them in memory. */
    public Optional<String> checkpointDirectory() {
        String directory = raw(Key.CHECKPOINT_DIRECTORY).strip();
        return directory.isEmpty() ? Optional.empty() : Optional.of(directory);
    }

    /**
     * Kafka client properties given as {@code kafka.client.NAME=VALUE} (security settings such as
     * {@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}, {@code
     * ssl.truststore.location}), passed as they are to the job's consumers and producers.
     */
    public Map<String, String> kafkaClientProperties() {
        return Map.copyOf(clientProperties);
    }

    public boolean coverageEnabled() {
        return isOn(Key.COVERAGE_ENABLED);
    }

    private boolean isOn(Key key) {
        String text = raw(key).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default ->
                    throw new IllegalArgumentException(
                            key.name + " must be true or false, not '" + raw(key) + "'");
        };
    }

    public Duration coverageWindow() {
        Duration window = duration(Key.COVERAGE_WINDOW);
        if (window.isZero() || Duration.ofDays(1).toMillis() % window.toMillis() != 0) {
            throw new IllegalArgumentException(
                    Key.COVERAGE_WINDOW.name
                            + " must divide a day (for example 15m, 1h, 6h), not '"
                            + raw(Key.COVERAGE_WINDOW)
                            + "'");
        }
        return window;
    }

    public Duration coverageMaxFixInterval() {
        return duration(Key.COVERAGE_MAX_FIX_INTERVAL);
    }

    public Duration coverageGap() {
        return duration(Key.COVERAGE_GAP);
    }

    /**
     * How long after a window's end its coverage is final. Checked against the keys it depends on,
     * which can be set in any order: so only when asked for, when the job is built.
     */
    public Duration coverageLateness() {
        Duration lateness = duration(Key.COVERAGE_LATENESS);
        Duration needed = coverageMaxFixInterval().plus(flushInterval());
        if (lateness.compareTo(needed) < 0) {
            throw new IllegalArgumentException(
                    Key.COVERAGE_LATENESS.name
                            + " is "
                            + raw(Key.COVERAGE_LATENESS)
                            + " but must be at least coverage.max-fix-interval plus"
                            + " tracker.flush-interval ("
                            + needed.toMinutes()
                            + " minutes here): presence that crosses a window's end is known"
                            + " only at the next fix");
        }
        return lateness;
    }

    /** Whether the key was set (by a file or an override) rather than left at its default. */
    public boolean isSet(String name) {
        return values.containsKey(Key.named(name));
    }

    private String raw(Key key) {
        return values.getOrDefault(key, key.defaultValue);
    }

    private double positiveNumber(Key key) {
        String text = raw(key);
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                key.name + " must be a positive number, not '" + text + "'");
    }

    private Duration duration(Key key) {
        String text = raw(key);
        Duration parsed = parseDuration(text);
        if (parsed == null || parsed.isNegative()) {
            throw new IllegalArgumentException(
                    key.name
                            + " must be a duration such as 90s, 5m, 2h, 1d or PT5M, not '"
                            + text
                            + "'");
        }
        return parsed;
    }

    /** Parses {@code 90s}, {@code 5m}, {@code 2h}, {@code 1d}, {@code 250ms} or ISO-8601. */
    public static Duration parseDuration(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("p")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            long amount = Long.parseLong(s.substring(0, s.length() - 1));
            return switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
