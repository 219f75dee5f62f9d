package org.sealane.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends a whole zone catalogue to the live job's zone topic, as one record under one key, so that
 * the topic, compacted, keeps the latest catalogue for a job that starts afresh. A topic that does
 * not exist yet is created compacted, with one partition: the catalogues stay in the order they
 * were published.
 */
public final class ZoneCataloguePublisher {

    /** The key of every catalogue record. */
    public static final String KEY = "zone-catalogue";

    private ZoneCataloguePublisher() {}

    /**
     * Publishes the GeoJSON text, checked beforehand, and waits for the brokers to have it.
     *
     * @param producer the producer's settings, with the bootstrap servers and security; the admin
     *     client that creates a missing topic takes them too
     * @return where it was written
     */
    public static RecordMetadata publish(String geoJson, String topic, Properties producer)
            throws InterruptedException, ExecutionException {
        createIfMissing(topic, producer);
        try (KafkaProducer<byte[], byte[]> sender =
                new KafkaProducer<>(
                        producer, new ByteArraySerializer(), new ByteArraySerializer())) {
            return sender.send(
                            new ProducerRecord<>(
                                    topic,
                                    KEY.getBytes(StandardCharsets.UTF_8),
                                    geoJson.getBytes(StandardCharsets.UTF_8)))
                    .get();
        }
    }

    private static void createIfMissing(String topic, Properties clientProperties)
            throws InterruptedException, ExecutionException {
        try (Admin admin = StartUpAdmin.open(clientProperties)) {
            if (admin.listTopics().names().get().contains(topic)) {
                return;
            }
            NewTopic compacted =
                    new NewTopic(topic, Optional.of(1), Optional.empty())
                            .configs(
                                    Map.of(
                                            TopicConfig.CLEANUP_POLICY_CONFIG,
                                            TopicConfig.CLEANUP_POLICY_COMPACT));
            try {
                admin.createTopics(List.of(compacted)).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("could not create the topic " + topic, e);
            }
        }
    }
}
