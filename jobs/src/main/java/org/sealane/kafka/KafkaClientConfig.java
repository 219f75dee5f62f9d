package org.sealane.kafka;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.sealane.input.InputFiles;

/**
 * Kafka client properties of {@code sealane watch} and {@code sealane publish}: sealane's settings,
 * then those of an optional properties file (security: {@code security.protocol}, {@code
 * sasl.mechanism}, {@code sasl.jaas.config}, {@code ssl.truststore.location}, ...; tuning), which
 * win, then the bootstrap servers of the command line and the byte-array (de)serializers, which
 * always hold.
 */
public final class KafkaClientConfig {

    private KafkaClientConfig() {}

    /**
     * A consumer that reads committed records only (DESIGN 3.5), commits nothing and creates no
     * topic.
     */
    public static Properties consumer(String bootstrapServers, Path file) {
        return consumer("sealane-watch", bootstrapServers, Map.of(), file);
    }

    /**
     * As {@link #consumer(String, Path)}, with another client id, and with the job configuration's
     * {@code kafka.client.*} settings over sealane's and under the file's.
     */
    public static Properties consumer(
            String clientId, String bootstrapServers, Map<String, String> jobSettings, Path file) {
        Properties props = new Properties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.putAll(jobSettings);
        props.putAll(load(file, "--consumer-config"));
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName());
        props.put(
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName());
        return props;
    }

    /**
     * An idempotent producer: every record is written once and in order, retries included ({@code
     * enable.idempotence}, {@code acks=all}).
     */
    public static Properties producer(String bootstrapServers, Path file) {
        Properties props = new Properties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "sealane-publish");
        props.putAll(load(file, "--producer-config"));
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    /**
     * Reads a properties file.
     *
     * @param option the option that named it, for the error message
     * @throws IllegalArgumentException if it is missing or unreadable
     */
    static Properties load(Path file, String option) {
        Properties props = new Properties();
        if (file == null) {
            return props;
        }
        InputFiles.requireReadableFile(file, option + " " + file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    option + " " + file + ": cannot read: " + e.getMessage(), e);
        }
        return props;
    }
}
