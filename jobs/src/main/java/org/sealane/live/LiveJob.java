package org.sealane.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.KafkaSourceOptions;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.sealane.config.SealaneConfig;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.flink.SealaneTopology;
import org.sealane.flink.ZoneCatalogueCheck;
import org.sealane.input.InputFormat;
import org.sealane.kafka.SealaneKafkaRecords;
import org.sealane.kafka.TopicLookup;
import org.sealane.model.RawLine;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.ZoneCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live job (DESIGN 1, 3.5, 6): raw AIS lines from Kafka through the same topology as a replay
 * into the alert, coverage and rejected topics as Avro single-object records, exactly once by
 * default: Kafka transactions committed with each checkpoint, the source's offsets in the
 * checkpoints. The same code runs embedded ({@code sealane run}) and on a cluster.
 */
public final class LiveJob {

    /**
     * Partitions of the input topic the decoders are ready for; a partition is an input of its own,
     * with its own multipart assembly.
     */
    static final int MAX_PARTITIONS = 4096;

    /** How soon a zone topic created while the job runs is found. */
    private static final Duration ZONE_TOPIC_DISCOVERY = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(LiveJob.class);

    private final ZoneCatalogue zones;
    private final TaskForceRoster roster;
    private final SealaneConfig config;

    /**
     * @param config the job's configuration; a bounded backfill ({@code kafka.bounded}) batches
     *     fixes as a replay does ({@link SealaneConfig#batchedForRecordedTraffic()})
     */
    public LiveJob(ZoneCatalogue zones, TaskForceRoster roster, SealaneConfig config) {
        this.zones = zones;
        this.roster = roster;
        this.config = config.kafkaBounded() ? config.batchedForRecordedTraffic() : config;
        // Checked now, so that a bad combination is a usage error and not a failed job.
        this.config.coverageLateness();
    }

    /**
     * Checks the brokers accept the job's transaction timeout and, when the environment restores a
     * savepoint, that the job has an operator for every state in it; then starts the job on the
     * environment and returns at once.
     */
    public JobClient start(StreamExecutionEnvironment env) throws Exception {
        return start(env, UnaryOperator.identity());
    }

    /**
     * Starts the job with {@code lineTap} between the source and the decoder: fault tests fail
     * tasks there.
     */
    JobClient start(StreamExecutionEnvironment env, UnaryOperator<DataStream<RawLine>> lineTap)
            throws Exception {
        if (config.exactlyOnce()) {
            TransactionTimeoutCheck.require(config.kafkaTransactionTimeout(), clientProperties());
        }
        build(env, lineTap);
        SavepointCheck.requireAHomeForEveryState(env);
        return env.executeAsync("sealane live");
    }

    /**
     * Adds the live job's sources, operators and sinks to the environment, with a source reader for
     * each partition of the input topic (looked up on the brokers now).
     */
    public void build(StreamExecutionEnvironment env) throws InterruptedException {
        build(env, UnaryOperator.identity());
    }

    private void build(StreamExecutionEnvironment env, UnaryOperator<DataStream<RawLine>> lineTap)
            throws InterruptedException {
        // One reader per partition: a reader of several partitions interleaves them, and in a
        // backfill, where partitions are hours apart in event time, the one behind would be
        // rejected as LATE. Partitions read this way keep their own pace; the watermark downstream
        // is the least of them.
        int readers =
                Math.min(
                        TopicLookup.partitions(
                                config.kafkaInputTopic(),
                                clientProperties(),
                                "the input topic",
                                "set kafka.input-topic"),
                        SealaneTopology.MAX_PARALLELISM);
        SealaneTopology.configure(env);
        env.enableCheckpointing(
                config.checkpointInterval().toMillis(),
                config.exactlyOnce()
                        ? CheckpointingMode.EXACTLY_ONCE
                        : CheckpointingMode.AT_LEAST_ONCE);
        if (config.checkpointDirectory().isPresent()) {
            retainCheckpointsIn(env, config.checkpointDirectory().get());
        } else if (env.getConfiguration()
                .getOptional(CheckpointingOptions.CHECKPOINTS_DIRECTORY)
                .isEmpty()) {
            keepCheckpointsInScratch(env);
        }
        env.setBufferTimeout(Math.max(1, config.bufferTimeout().toMillis()));

        DataStream<RawLine> lines =
                lineTap.apply(
                        env.fromSource(
                                        source(),
                                        WatermarkStrategy.noWatermarks(),
                                        "Kafka " + config.kafkaInputTopic())
                                .setParallelism(readers)
                                .uid("kafka-source"));
        List<InputFormat> formats = Collections.nCopies(MAX_PARTITIONS, config.inputFormat());
        SealaneTopology.DecodedStreams decoded =
                SealaneTopology.decode(lines, formats, config, config.partitionIdleness());
        String zonesTopic = config.kafkaZonesTopic();
        boolean zonesTopicExists = ZoneTopic.exists(zonesTopic, clientProperties());
        if (zonesTopicExists) {
            LOG.info(
                    "zones: {} ({} zones) until the latest catalogue on {} is read",
                    zones.origin(),
                    zones.zones().size(),
                    zonesTopic);
        } else {
            LOG.info(
                    "zones: {} ({} zones); the zone topic {} does not exist{}",
                    zones.origin(),
                    zones.zones().size(),
                    zonesTopic,
                    config.kafkaBounded()
                            ? ""
                            : ": catalogues published there (sealane zones publish) are taken"
                                    + " within a minute of its creation");
        }
        // A bounded Kafka source subscribed to no partition at all never ends (the connector
        // signals its readers only when partitions change): a backfill without a zone topic has
        // none.
        SingleOutputStreamOperator<PublishedCatalogue> checked =
                config.kafkaBounded() && !zonesTopicExists ? null : publishedCatalogues(env);
        SealaneTopology.MonitoredStreams monitored =
                SealaneTopology.monitor(decoded.positions(), zones, checked, roster, config);

        monitored
                .alerts()
                .sinkTo(sink(SealaneKafkaRecords.alerts(config.kafkaAlertsTopic()), "alerts"))
                .uid("kafka-alerts-sink")
                .name(config.kafkaAlertsTopic());
        if (monitored.coverage() != null) {
            monitored
                    .coverage()
                    .sinkTo(
                            sink(
                                    SealaneKafkaRecords.coverage(config.kafkaCoverageTopic()),
                                    "coverage"))
                    .uid("kafka-coverage-sink")
                    .name(config.kafkaCoverageTopic());
        }
        decoded.rejected()
                .sinkTo(
                        sink(
                                SealaneKafkaRecords.rejected(
                                        config.kafkaRejectedTopic(), config.kafkaInputTopic()),
                                "rejected"))
                .uid("kafka-rejected-sink")
                .name(config.kafkaRejectedTopic());
        if (checked == null) {
            return;
        }
        checked.getSideOutput(ZoneCatalogueCheck.REJECTED)
                .sinkTo(
                        sink(
                                SealaneKafkaRecords.rejected(
                                        config.kafkaRejectedTopic(), config.kafkaZonesTopic()),
                                "rejected-zones"))
                .setParallelism(1)
                .uid("kafka-rejected-zones-sink")
                .name(config.kafkaRejectedTopic() + " (zone catalogues)");
    }

    /**
     * The zone catalogues published to the zone topic, checked, from its start: on a fresh start
     * the latest valid one there replaces the start catalogue once read, and after a restore the
     * one the operators kept stays until a newer one comes. The topic is subscribed to by name
     * pattern, so one created while the job runs is found at the next partition discovery; its
     * offsets are committed with each checkpoint under {@code kafka.group-id} + {@code -zones}, so
     * the group's lag on the topic says whether every operator has the latest catalogue.
     */
    private SingleOutputStreamOperator<PublishedCatalogue> publishedCatalogues(
            StreamExecutionEnvironment env) {
        String topic = config.kafkaZonesTopic();
        KafkaSourceBuilder<PublishedCatalogue> source =
                KafkaSource.<PublishedCatalogue>builder()
                        .setBootstrapServers(config.kafkaBootstrapServers())
                        .setTopicPattern(Pattern.compile(Pattern.quote(topic)))
                        .setGroupId(config.kafkaGroupId() + "-zones")
                        .setDeserializer(new ZoneCatalogueRecords())
                        .setProperties(clientProperties())
                        .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                        .setStartingOffsets(OffsetsInitializer.earliest());
        if (config.kafkaBounded()) {
            source.setBounded(OffsetsInitializer.latest());
        } else {
            source.setProperty(
                    KafkaSourceOptions.PARTITION_DISCOVERY_INTERVAL_MS.key(),
                    Long.toString(ZONE_TOPIC_DISCOVERY.toMillis()));
        }
        return env.fromSource(
                        source.build(),
                        // A bounded job's zone source reads what the topic holds and ends: its
                        // end of input is the end of its event time.
                        config.kafkaBounded()
                                ? WatermarkStrategy.noWatermarks()
                                : WatermarkStrategy.<PublishedCatalogue>forGenerator(
                                        context -> new OutsideEventTime<>()),
                        "Kafka " + topic)
                .setParallelism(1)
                .uid("kafka-zones-source")
                .process(new ZoneCatalogueCheck(), TypeInformation.of(PublishedCatalogue.class))
                .setParallelism(1)
                .uid("zone-catalogue-check")
                .name("Check published zone catalogues");
    }

    /**
     * Checkpoints go to the directory and stay there when the job is cancelled or its process dies,
     * so that a new process can restore the job's state, its source offsets and its open Kafka
     * transactions from the latest one.
     */
    private static void retainCheckpointsIn(StreamExecutionEnvironment env, String directory) {
        checkpointTo(
                env,
                RetainedCheckpoints.storageUri(directory),
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    }

    /**
     * Without a checkpoint directory, from sealane's or the cluster's configuration, checkpoints go
     * to a scratch directory that goes with the process: Flink's in-memory alternative refuses an
     * operator's state above 5 MB, which the vessel trackers pass in a backfill, and each refused
     * checkpoint would restart the job.
     */
    private static void keepCheckpointsInScratch(StreamExecutionEnvironment env) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("sealane-checkpoints-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch directory for checkpoints", e);
        }
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> deleteRecursively(scratch), "checkpoint-scratch"));
        checkpointTo(
                env, scratch.toUri(), ExternalizedCheckpointRetention.NO_EXTERNALIZED_CHECKPOINTS);
    }

    private static void checkpointTo(
            StreamExecutionEnvironment env,
            URI directory,
            ExternalizedCheckpointRetention retention) {
        Configuration storage = new Configuration();
        storage.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        storage.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, directory.toString());
        storage.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, retention);
        env.configure(storage);
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Only scratch: what is left goes with the temporary directory.
        }
    }

    private KafkaSource<RawLine> source() {
        KafkaSourceBuilder<RawLine> source =
                KafkaSource.<RawLine>builder()
                        .setBootstrapServers(config.kafkaBootstrapServers())
                        .setTopics(config.kafkaInputTopic())
                        .setGroupId(config.kafkaGroupId())
                        .setDeserializer(new AisLineRecords())
                        .setProperties(clientProperties())
                        .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                        .setStartingOffsets(
                                switch (config.kafkaStartingOffsets()) {
                                    case "earliest" -> OffsetsInitializer.earliest();
                                    case "latest" -> OffsetsInitializer.latest();
                                    default ->
                                            OffsetsInitializer.committedOffsets(
                                                    OffsetResetStrategy.EARLIEST);
                                });
        if (config.kafkaBounded()) {
            source.setBounded(OffsetsInitializer.latest());
        }
        return source.build();
    }

    private <T> KafkaSink<T> sink(KafkaRecordSerializationSchema<T> records, String name) {
        Properties producer = clientProperties();
        producer.setProperty(
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                Long.toString(config.kafkaTransactionTimeout().toMillis()));
        return KafkaSink.<T>builder()
                .setBootstrapServers(config.kafkaBootstrapServers())
                .setKafkaProducerConfig(producer)
                .setRecordSerializer(records)
                .setDeliveryGuarantee(
                        config.exactlyOnce()
                                ? DeliveryGuarantee.EXACTLY_ONCE
                                : DeliveryGuarantee.AT_LEAST_ONCE)
                // One prefix per sink and job: transactional ids must not collide.
                .setTransactionalIdPrefix(config.kafkaTransactionalIdPrefix() + "-" + name)
                .build();
    }

    /** Connection and security settings shared by every Kafka client of the job. */
    Properties clientProperties() {
        Properties properties = new Properties();
        properties.putAll(config.kafkaClientProperties());
        properties.setProperty(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
        return properties;
    }
}
