import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The Admin API calls of bin/kafka, in one JVM each time (compiled once into the Kafka cache):
 *
 * <pre>
 * KafkaTopics await BOOTSTRAP PID DEADLINE_MS [NAME:PARTITIONS[:KEY=VALUE[,KEY=VALUE]]]...
 *     polls until the broker answers (giving up at the deadline, or as soon as process PID has
 *     exited), then creates the topics that do not exist yet
 * KafkaTopics list BOOTSTRAP
 *     one line per topic: name, partitions, cleanup policy, retention, records (end offsets)
 * </pre>
 *
 * Exit status: 0 done, 1 failed (one line on stderr), 3 the broker process exited, 4 deadline.
 */
public final class KafkaTopics {

    public static void main(String[] args) {
        try {
            if (args.length >= 3 && args[0].equals("await")) {
                System.exit(await(args));
            } else if (args.length == 2 && args[0].equals("list")) {
                System.exit(list(args[1]));
            }
            System.err.println("kafka: error: KafkaTopics: bad arguments");
            System.exit(1);
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("kafka: error: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
            System.exit(1);
        }
    }

    private static Admin admin(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "sealane-bin-kafka");
        // Short timeouts and reconnect back-off: polling a broker that is starting up.
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, "50");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        return Admin.create(props);
    }

    private static int await(String[] args) throws Exception {
        String bootstrap = args[1];
        long pid = Long.parseLong(args[2]);
        long deadline = System.nanoTime() + Duration.ofMillis(Long.parseLong(args[3])).toNanos();
        try (Admin admin = admin(bootstrap)) {
            while (true) {
                if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
                    return 3;
                }
                long leftMs = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (leftMs <= 0) {
                    return 4;
                }
                try {
                    int timeout = (int) Math.min(1000, Math.max(leftMs, 1));
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeout))
                            .nodes()
                            .get()
                            .isEmpty()) {
                        break;
                    }
                } catch (ExecutionException notYet) {
                    // the broker is not answering yet: ask again (the client backs off 50-200 ms)
                }
            }
            List<NewTopic> topics = new ArrayList<>();
            for (int i = 4; i < args.length; i++) {
                topics.add(newTopic(args[i]));
            }
            CreateTopicsResult created = admin.createTopics(topics);
            for (NewTopic topic : topics) {
                try {
                    created.values().get(topic.name()).get();
                    System.out.println("kafka: created topic " + topic.name());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            awaitLeaders(admin, topics, deadline);
            return 0;
        }
    }

    /**
     * Waits until the broker leads every partition of the topics, not only names a leader in its
     * metadata: a producer that starts in between has its first batch refused, and an idempotent
     * one then retries that batch out of sequence until its delivery timeout.
     */
    private static void awaitLeaders(Admin admin, List<NewTopic> topics, long deadline)
            throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (NewTopic topic : topics) {
            for (int partition = 0; partition < topic.numPartitions(); partition++) {
                latest.put(new TopicPartition(topic.name(), partition), OffsetSpec.latest());
            }
        }
        while (true) {
            try {
                admin.listOffsets(latest).all().get();
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException)
                        || System.nanoTime() >= deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static NewTopic newTopic(String spec) {
        String[] parts = spec.split(":", 3);
        NewTopic topic = new NewTopic(parts[0], Integer.parseInt(parts[1]), (short) 1);
        if (parts.length == 3 && !parts[2].isEmpty()) {
            Map<String, String> configs = new HashMap<>();
            for (String kv : parts[2].split(",")) {
                String[] pair = kv.split("=", 2);
                configs.put(pair[0], pair[1]);
            }
            topic.configs(configs);
        }
        return topic;
    }

    private static int list(String bootstrap) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            List<String> names = new ArrayList<>(admin.listTopics().names().get());
            if (names.isEmpty()) {
                System.out.println("(no topics)");
                return 0;
            }
            Map<String, TopicDescription> descriptions =
                    new TreeMap<>(admin.describeTopics(names).allTopicNames().get());
            Map<ConfigResource, Config> configs =
                    admin.describeConfigs(
                                    names.stream()
                                            .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
                                            .collect(Collectors.toList()))
                            .all()
                            .get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            descriptions.values()
                    .forEach(d -> d.partitions()
                            .forEach(p -> latest.put(
                                    new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            System.out.printf("%-24s %10s %-14s %12s %10s%n",
                    "TOPIC", "PARTITIONS", "CLEANUP", "RETENTION", "OFFSETS");
            for (TopicDescription d : descriptions.values()) {
                Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, d.name()));
                long retentionMs = Long.parseLong(config.get("retention.ms").value());
                long offsets = ends.entrySet().stream()
                        .filter(e -> e.getKey().topic().equals(d.name()))
                        .mapToLong(e -> e.getValue().offset())
                        .sum();
                System.out.printf("%-24s %10d %-14s %12s %10d%n",
                        d.name(), d.partitions().size(), config.get("cleanup.policy").value(),
                        retentionMs < 0 ? "forever" : Duration.ofMillis(retentionMs).toString()
                                .substring(2).toLowerCase(),
                        offsets);
            }
            return 0;
        }
    }
}
