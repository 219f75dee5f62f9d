package org.sealane.kafka;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * A topic as the brokers have it, looked up before a command reads or writes it: it must exist (a
 * producer would wait a minute for a missing one and then blame the broker).
 */
public final class TopicLookup {

    private TopicLookup() {}

    /**
     * @param role how the message names the topic, for example "the input topic"
     * @param remedy what to do when it is missing, for example "set kafka.input-topic"
     * @return the topic's partition count
     * @throws IllegalStateException naming the topic and brokers when the topic is missing or the
     *     brokers cannot be reached
     */
    public static int partitions(
            String topic, Properties clientProperties, String role, String remedy)
            throws InterruptedException {
        String brokers = clientProperties.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        try (Admin client = StartUpAdmin.open(clientProperties)) {
            return client.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .get(topic)
                    .partitions()
                    .size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new IllegalStateException(
                        role
                                + " "
                                + topic
                                + " does not exist on "
                                + brokers
                                + ": create it (bin/kafka start creates ais.raw) or "
                                + remedy,
                        e);
            }
            throw new IllegalStateException(
                    "cannot reach Kafka at " + brokers + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "cannot reach Kafka at " + brokers + " within 30 s to look up " + topic, e);
        }
    }
}
