package org.sealane.live;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.sealane.kafka.StartUpAdmin;

/**
 * Checks before an exactly-once job starts that its producers' transaction timeout is within the
 * brokers' {@code transaction.max.timeout.ms}: a broker refuses a longer one, and the sink would
 * fail only when its first transaction begins (DESIGN 6).
 */
public final class TransactionTimeoutCheck {

    static final String BROKER_MAXIMUM = "transaction.max.timeout.ms";

    private TransactionTimeoutCheck() {}

    /**
     * @param clientProperties connection settings (bootstrap servers, security)
     * @throws IllegalStateException naming both values and the remedy when the timeout is too long
     */
    public static void require(Duration transactionTimeout, Properties clientProperties)
            throws InterruptedException {
        long maximum;
        try (Admin client = StartUpAdmin.open(clientProperties)) {
            maximum = brokerMaximum(client);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "cannot reach Kafka at "
                            + clientProperties.getProperty(
                                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)
                            + " to check its transaction timeout: "
                            + e.getCause().getMessage(),
                    e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "cannot reach Kafka at "
                            + clientProperties.getProperty(
                                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)
                            + " within 30 s to check its transaction timeout",
                    e);
        }
        check(transactionTimeout.toMillis(), maximum);
    }

    static void check(long timeoutMillis, long brokerMaximumMillis) {
        if (timeoutMillis > brokerMaximumMillis) {
            throw new IllegalStateException(
                    "kafka.transaction-timeout is "
                            + timeoutMillis / 1000
                            + " s but the broker allows at most "
                            + brokerMaximumMillis / 1000
                            + " s ("
                            + BROKER_MAXIMUM
                            + "): lower kafka.transaction-timeout, or raise the broker's "
                            + BROKER_MAXIMUM);
        }
    }

    private static long brokerMaximum(Admin client)
            throws ExecutionException, TimeoutException, InterruptedException {
        Collection<Node> brokers = client.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        long maximum = Long.MAX_VALUE;
        for (Node broker : brokers) {
            ConfigResource resource =
                    new ConfigResource(ConfigResource.Type.BROKER, broker.idString());
            Map<ConfigResource, Config> configs =
                    client.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS);
            ConfigEntry entry = configs.get(resource).get(BROKER_MAXIMUM);
            if (entry != null && entry.value() != null) {
                maximum = Math.min(maximum, Long.parseLong(entry.value()));
            }
        }
        return maximum;
    }
}
