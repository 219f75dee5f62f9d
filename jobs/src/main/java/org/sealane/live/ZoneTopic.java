package org.sealane.live;

import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.sealane.kafka.StartUpAdmin;

/** The live job's zone topic as the brokers have it when the job starts. */
final class ZoneTopic {

    private ZoneTopic() {}

    /**
     * @throws IllegalStateException naming the brokers when they cannot be reached
     */
    static boolean exists(String topic, Properties clientProperties) throws InterruptedException {
        String brokers = clientProperties.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        try (Admin client = StartUpAdmin.open(clientProperties)) {
            return client.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "cannot reach Kafka at " + brokers + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "cannot reach Kafka at " + brokers + " within 30 s to look up " + topic, e);
        }
    }
}
