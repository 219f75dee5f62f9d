package org.sealane.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.sealane.Poll;

/**
 * A real Kafka broker inside the test JVM: one KRaft node, broker and controller in one {@link
 * KafkaRaftServer}, listening on 127.0.0.1 only, on free ports, with its log in a temporary folder
 * that {@link #close()} deletes. It starts in a few seconds; share one per test class.
 *
 * <p>Kafka's own {@code KafkaClusterTestKit} binds to all interfaces, so it is not used (DESIGN 5).
 * Topics are not created automatically: {@link #createTopic} them. Consumers here read with {@code
 * isolation.level=read_committed} (DESIGN 3.5), assigned to every partition of a topic without a
 * consumer group, and poll with a deadline, never a sleep.
 *
 * <p>Once a broker has started, Kafka's own {@link Exit} throws instead of ending the JVM, so that
 * a fatal broker error fails a test instead of killing the test JVM.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    /** Kafka's default, as on a real broker: exactly-once sinks must stay below it (DESIGN 6). */
    private static final int TRANSACTION_MAX_TIMEOUT_MS = 900_000;

    private static final int START_ATTEMPTS = 3;

    /** The SASL mechanism of {@link #startWithScramOverTls}'s listener. */
    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

    /**
     * A listener that takes SASL/SCRAM over TLS only, beside the plain one the test's own helpers
     * use.
     *
     * @param user the one SCRAM user the broker knows
     */
    public record ScramOverTls(TestTls tls, String user, String password) {}

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final int securePort;
    private final KafkaRaftServer server;
    private final Admin admin;

    private LocalKafkaBroker(
            Path dir, int port, int controllerPort, int securePort, KafkaRaftServer server) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.securePort = securePort;
        this.server = server;
        this.admin = Admin.create(clientProperties("sealane-test-admin"));
    }

    /** Formats a fresh log folder and starts a broker on two free ports of 127.0.0.1. */
    public static LocalKafkaBroker start() {
        return start(null);
    }

    /**
     * As {@link #start()}, with a third port that takes only clients authenticated with SCRAM over
     * TLS ({@link #secureBootstrapServers()}): the security a production cluster asks of sealane.
     */
    public static LocalKafkaBroker startWithScramOverTls(ScramOverTls secure) {
        return start(secure);
    }

    private static LocalKafkaBroker start(ScramOverTls secure) {
        Exit.setExitProcedure(
                (status, message) -> {
                    throw new IllegalStateException(
                            "Kafka tried to exit the JVM (" + status + "): " + message);
                });
        Exit.setHaltProcedure(
                (status, message) -> {
                    throw new IllegalStateException(
                            "Kafka tried to halt the JVM (" + status + "): " + message);
                });
        RuntimeException failure = null;
        // Free ports are found by binding and releasing them: another process may take one in
        // between, so a start that fails to bind is tried again on other ports.
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            try {
                return startOnce(secure);
            } catch (RuntimeException e) {
                if (!causedByBind(e)) {
                    throw e;
                }
                failure = e;
            }
        }
        throw failure;
    }

    private static LocalKafkaBroker startOnce(ScramOverTls secure) {
        Path dir;
        try {
            dir = Files.createTempDirectory("sealane-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] ports = freePorts(3);
        int port = ports[0];
        int controllerPort = ports[1];
        int securePort = secure == null ? -1 : ports[2];
        Properties props = serverProperties(dir, port, controllerPort);
        if (secure != null) {
            addScramOverTls(props, securePort, secure);
        }
        KafkaRaftServer server = null;
        try {
            format(dir, props, secure);
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            return new LocalKafkaBroker(dir, port, controllerPort, securePort, server);
        } catch (RuntimeException e) {
            if (server != null) {
                try {
                    server.shutdown();
                    server.awaitShutdown();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            deleteRecursively(dir);
            throw e;
        }
    }

    private static Properties serverProperties(Path dir, int port, int controllerPort) {
        String listeners =
                "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort;
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("listeners", listeners);
        props.put("advertised.listeners", listeners);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        // A dynamic quorum of this node alone, formatted --standalone (as bin/kafka does).
        props.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        props.put("log.dirs", dir.resolve("data").toString());
        // One node: every internal topic has one replica; few partitions start faster.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "4");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "4");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("share.coordinator.state.topic.num.partitions", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("auto.create.topics.enable", "false");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("transaction.max.timeout.ms", Integer.toString(TRANSACTION_MAX_TIMEOUT_MS));
        // Small: a test broker needs few threads, and not the log cleaner's 128 MB buffer.
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("background.threads", "2");
        props.put("num.recovery.threads.per.data.dir", "1");
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
        return props;
    }

    private static void addScramOverTls(Properties props, int securePort, ScramOverTls secure) {
        String listener = "SECURE://127.0.0.1:" + securePort;
        props.put("listeners", props.getProperty("listeners") + "," + listener);
        props.put(
                "advertised.listeners", props.getProperty("advertised.listeners") + "," + listener);
        props.put(
                "listener.security.protocol.map",
                props.getProperty("listener.security.protocol.map") + ",SECURE:SASL_SSL");
        String prefix = "listener.name.secure.";
        props.put(prefix + "sasl.enabled.mechanisms", SCRAM_MECHANISM);
        props.put(
                prefix + SCRAM_MECHANISM.toLowerCase(Locale.ROOT) + ".sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        props.put(prefix + "ssl.keystore.type", "PKCS12");
        props.put(prefix + "ssl.keystore.location", secure.tls().keyStore().toString());
        props.put(prefix + "ssl.keystore.password", secure.tls().password());
        props.put(prefix + "ssl.key.password", secure.tls().password());
    }

    private static void format(Path dir, Properties props, ScramOverTls secure) {
        Path config = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "sealane LocalKafkaBroker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "format",
                                "--standalone",
                                "--cluster-id",
                                Uuid.randomUuid().toString(),
                                "--config",
                                config.toString()));
        if (secure != null) {
            // SCRAM users live in the cluster metadata, so they are added as it is formatted.
            args.add("--add-scram");
            args.add(
                    SCRAM_MECHANISM
                            + "=[name="
                            + secure.user()
                            + ",password="
                            + secure.password()
                            + "]");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(args.toArray(String[]::new), print);
        }
        if (status != 0) {
            throw new IllegalStateException(
                    "formatting the Kafka log folder failed ("
                            + status
                            + "): "
                            + output.toString(StandardCharsets.UTF_8));
        }
    }

    /** {@code 127.0.0.1:PORT}, for the clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** {@code 127.0.0.1:PORT} of the SCRAM-over-TLS listener of {@link #startWithScramOverTls}. */
    public String secureBootstrapServers() {
        if (securePort < 0) {
            throw new IllegalStateException("this broker has no SCRAM-over-TLS listener");
        }
        return "127.0.0.1:" + securePort;
    }

    /** The clients' port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The KRaft controller's port on 127.0.0.1 (the clients never need it). */
    public int controllerPort() {
        return controllerPort;
    }

    /** The broker's {@code transaction.max.timeout.ms}: a transactional writer must stay below. */
    public int transactionMaxTimeoutMs() {
        return TRANSACTION_MAX_TIMEOUT_MS;
    }

    /**
     * Creates a topic with one replica per partition; returns once every partition has a leader, so
     * that a producer right after does not wait on a partition the broker is still setting up.
     */
    public void createTopic(String name, int partitions) {
        try {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
            Poll.until(
                    "topic " + name + " to have a leader for every partition",
                    Duration.ofSeconds(30),
                    () -> hasLeaders(name) ? true : null);
            Poll.until(
                    "every partition of " + name + " to be served by its leader",
                    Duration.ofSeconds(30),
                    () -> servesEveryPartition(name, partitions) ? true : null);
        } catch (ExecutionException e) {
            throw new KafkaException("creating topic " + name + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted creating topic " + name, e);
        } catch (Exception e) {
            throw new KafkaException("creating topic " + name + " failed", e);
        }
    }

    /**
     * Whether every partition of a topic has a leader; a topic created a moment ago may not be
     * known yet to the broker that answers.
     */
    private boolean hasLeaders(String topic) throws ExecutionException, InterruptedException {
        try {
            return partitionsOf(topic).stream().allMatch(partition -> partition.leader() != null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Whether the broker's replica manager leads every partition, not only its metadata: a
     * producer's first batch to a partition announced but not yet led is refused, and an idempotent
     * producer whose later batches were taken meanwhile then retries that first one, out of
     * sequence, until its delivery timeout.
     */
    private boolean servesEveryPartition(String topic, int partitions)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int partition = 0; partition < partitions; partition++) {
            latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
        }
        try {
            admin.listOffsets(latest).all().get();
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RetriableException) {
                return false;
            }
            throw e;
        }
    }

    private List<TopicPartitionInfo> partitionsOf(String topic)
            throws ExecutionException, InterruptedException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
    }

    /** The broker's admin client (closed with the broker): for anything the helpers lack. */
    public Admin admin() {
        return admin;
    }

    /** What every client here starts from: this broker, short reconnect back-off. */
    public Properties clientProperties(String clientId) {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        props.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        return props;
    }

    /**
     * A transactional producer of text lines (String keys and values) with the given id, its {@code
     * transaction.timeout.ms} below {@link #transactionMaxTimeoutMs()}. The caller calls {@code
     * initTransactions()} and closes it.
     */
    public KafkaProducer<String, String> transactionalLineProducer(String transactionalId) {
        Properties props = clientProperties("sealane-test-" + transactionalId);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "60000");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /**
     * Writes text lines (for example raw NMEA sentences) to one partition of a topic, in order and
     * without keys, as one receiver's feed; returns once the broker has them all.
     */
    public void produceLines(String topic, int partition, List<String> lines) {
        Properties props = clientProperties("sealane-test-lines");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(lines.size());
            for (String line : lines) {
                sent.add(producer.send(new ProducerRecord<>(topic, partition, null, line)));
            }
            producer.flush();
            for (Future<RecordMetadata> result : sent) {
                result.get();
            }
        } catch (ExecutionException e) {
            throw new KafkaException("writing lines to " + topic + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted writing lines to " + topic, e);
        }
    }

    /** {@link #produceLines(String, int, List)} to partition 0. */
    public void produceLines(String topic, List<String> lines) {
        produceLines(topic, 0, lines);
    }

    /**
     * Polls a topic from its beginning, read_committed, until at least {@code count} records have
     * arrived, and returns them all (more if more came in the same polls); fails with what it has
     * seen when the timeout passes first. For output a job is still writing.
     */
    public <K, V> List<ConsumerRecord<K, V>> pollCommitted(
            String topic,
            int count,
            Duration timeout,
            Deserializer<K> keys,
            Deserializer<V> values) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer =
                assignedConsumer(topic, IsolationLevel.READ_COMMITTED, deadline, keys, values)) {
            while (records.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(
                            "expected at least "
                                    + count
                                    + " committed records on "
                                    + topic
                                    + " within "
                                    + timeout
                                    + ", saw "
                                    + records.size());
                }
                consumer.poll(Duration.ofNanos(Math.min(left, Duration.ofMillis(200).toNanos())))
                        .forEach(records::add);
            }
        }
        return records;
    }

    /** {@link #pollCommitted} with raw byte keys and values (Avro single-object encoded). */
    public List<ConsumerRecord<byte[], byte[]>> pollCommitted(
            String topic, int count, Duration timeout) {
        return pollCommitted(
                topic, count, timeout, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** {@link #pollCommitted} of text values: the lines, in partition then offset order. */
    public List<String> pollCommittedLines(String topic, int count, Duration timeout) {
        return lines(
                pollCommitted(
                        topic, count, timeout, new StringDeserializer(), new StringDeserializer()));
    }

    /**
     * Every committed record of a topic, once no transaction on it is open or still being completed
     * (the last stable offset has reached the high watermark on every partition): waits for that
     * until the timeout, then reads up to there. Not while a transactional writer keeps
     * transactions open all the time (a running exactly-once sink): use {@link #pollCommitted}
     * then.
     */
    public <K, V> List<ConsumerRecord<K, V>> readAllCommitted(
            String topic, Duration timeout, Deserializer<K> keys, Deserializer<V> values) {
        return readAll(topic, IsolationLevel.READ_COMMITTED, timeout, keys, values);
    }

    /** {@link #readAllCommitted} of text values: the lines, in partition then offset order. */
    public List<String> readAllCommittedLines(String topic, Duration timeout) {
        return lines(
                readAllCommitted(
                        topic, timeout, new StringDeserializer(), new StringDeserializer()));
    }

    /**
     * Every record of a topic up to its high watermark, read_uncommitted: aborted and still open
     * transactions included. For tests that show what read_committed leaves out.
     */
    public List<String> readAllUncommittedLines(String topic, Duration timeout) {
        return lines(
                readAll(
                        topic,
                        IsolationLevel.READ_UNCOMMITTED,
                        timeout,
                        new StringDeserializer(),
                        new StringDeserializer()));
    }

    private <K, V> List<ConsumerRecord<K, V>> readAll(
            String topic,
            IsolationLevel isolation,
            Duration timeout,
            Deserializer<K> keys,
            Deserializer<V> values) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer =
                assignedConsumer(topic, isolation, deadline, keys, values)) {
            Map<TopicPartition, Long> ends = settledEndOffsets(topic, isolation, deadline);
            while (!reached(consumer, ends)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(
                            "reading "
                                    + topic
                                    + " up to "
                                    + ends
                                    + " took longer than "
                                    + timeout
                                    + "; read "
                                    + records.size());
                }
                consumer.poll(Duration.ofNanos(Math.min(left, Duration.ofMillis(200).toNanos())))
                        .forEach(records::add);
            }
        }
        return records;
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end offsets to read up to: the high watermarks, and for read_committed once the last
     * stable offsets have caught up with them (no transaction open or without its marker).
     */
    private Map<TopicPartition, Long> settledEndOffsets(
            String topic, IsolationLevel isolation, long deadline) {
        try {
            List<TopicPartition> partitions =
                    partitionsOf(topic).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .collect(Collectors.toList());
            while (true) {
                Map<TopicPartition, Long> highWatermarks =
                        endOffsets(partitions, IsolationLevel.READ_UNCOMMITTED);
                if (isolation == IsolationLevel.READ_UNCOMMITTED
                        || endOffsets(partitions, IsolationLevel.READ_COMMITTED)
                                .equals(highWatermarks)) {
                    return highWatermarks;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(
                            "a transaction on " + topic + " stayed open or undecided");
                }
                // Asked again at once: each listOffsets is a round trip to the broker.
            }
        } catch (ExecutionException e) {
            throw new KafkaException("listing the offsets of " + topic + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted listing the offsets of " + topic, e);
        }
    }

    private Map<TopicPartition, Long> endOffsets(
            List<TopicPartition> partitions, IsolationLevel isolation)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(isolation))
                .all()
                .get()
                .forEach((p, info) -> ends.put(p, info.offset()));
        return ends;
    }

    /** A consumer without a group, assigned to every partition of a topic from the beginning. */
    private <K, V> KafkaConsumer<K, V> assignedConsumer(
            String topic,
            IsolationLevel isolation,
            long deadline,
            Deserializer<K> keys,
            Deserializer<V> values) {
        Properties props = clientProperties("sealane-test-reader");
        props.put(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                isolation.toString().toLowerCase(Locale.ROOT));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, keys, values);
        try {
            List<PartitionInfo> partitions = List.of();
            while (partitions.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("topic " + topic + " does not exist");
                }
                partitions = consumer.partitionsFor(topic, Duration.ofNanos(left));
            }
            List<TopicPartition> assigned =
                    partitions.stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .sorted(Comparator.comparingInt(TopicPartition::partition))
                            .collect(Collectors.toList());
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            return consumer;
        } catch (RuntimeException | Error e) {
            consumer.close();
            throw e;
        }
    }

    private static <K> List<String> lines(List<ConsumerRecord<K, String>> records) {
        return records.stream()
                .sorted(
                        Comparator.<ConsumerRecord<K, String>>comparingInt(
                                        ConsumerRecord::partition)
                                .thenComparingLong(ConsumerRecord::offset))
                .map(ConsumerRecord::value)
                .collect(Collectors.toList());
    }

    /** Stops the broker and deletes its log folder. */
    @Override
    public void close() {
        try {
            admin.close(Duration.ofSeconds(5));
        } finally {
            try {
                server.shutdown();
                server.awaitShutdown();
            } finally {
                deleteRecursively(dir);
            }
        }
    }

    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // it was only asked for its port
                }
            }
        }
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException
                    || String.valueOf(t.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
