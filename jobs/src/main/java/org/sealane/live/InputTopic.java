package org.sealane.live;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The live job's input topic as the brokers have it, looked up before the job starts: it must
 * exist, and its partition count sets how many source readers the job gets.
 */
final class InputTopic {

    private InputTopic() {}

    /**
     * @throws IllegalStateException naming the topic and brokers when the topic is missing or the
     *     brokers cannot be reached
     */
    static int partitions(String topic, Properties clientProperties) throws InterruptedException {
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
                        "the input topic "
                                + topic
                                + " does not exist on "
                                + brokers
                                + ": create it (bin/kafka start creates ais.raw) or set"
                                + " kafka.input-topic",
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
