package org.sealane.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A Kafka broker in a process of its own, started and stopped with {@code bin/kafka} (Kafka 4.3.1,
 * fetched with Maven on first use), for fault tests that kill it with {@code kill -9}.
 */
final class ProcessBroker {

    private final int port;
    private final Path dir;
    private volatile CompletableFuture<Void> restart = CompletableFuture.completedFuture(null);
    private volatile boolean restarted;

    private ProcessBroker(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    static ProcessBroker start(int port, Path dir) throws IOException, InterruptedException {
        ProcessBroker broker = new ProcessBroker(port, dir);
        broker.kafka("start", "--port", Integer.toString(port), "--dir", dir.toString());
        return broker;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * Kills the broker with SIGKILL now and starts it again two seconds later, in the background.
     */
    void killAndRestartLater() {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve("kafka.pid")).trim());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        } catch (IOException e) {
            throw new IllegalStateException("no broker PID in " + dir, e);
        }
        restart =
                CompletableFuture.runAsync(
                        () -> {
                            try {
                                TimeUnit.SECONDS.sleep(2); // the outage the job must ride out
                                kafka(
                                        "start",
                                        "--port",
                                        Integer.toString(port),
                                        "--dir",
                                        dir.toString());
                                restarted = true;
                            } catch (IOException | InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        });
    }

    boolean restarted() {
        restart.join();
        return restarted;
    }

    void stop() throws IOException, InterruptedException {
        restart.exceptionally(e -> null).join();
        kafka("stop", "--dir", dir.toString());
    }

    void produceLines(String topic, List<String> lines) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            for (String line : lines) {
                producer.send(new ProducerRecord<>(topic, 0, "traffic", line));
            }
            producer.flush();
        }
    }

    /** Every committed record of the topic (read_committed), up to its last stable offsets. */
    List<ConsumerRecord<byte[], byte[]>> readAllCommitted(String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, partition.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends =
                    consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end in 60 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private void kafka(String... args) throws IOException, InterruptedException {
        BinScript.run("kafka", Duration.ofMinutes(3), args);
    }
}
