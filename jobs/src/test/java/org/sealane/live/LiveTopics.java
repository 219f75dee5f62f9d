package org.sealane.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.sealane.avro.Alert;
import org.sealane.config.SealaneConfig;
import org.sealane.kafka.AvroRecords;
import org.sealane.kafka.LocalKafkaBroker;
import org.sealane.kafka.SingleObjectValues;
import org.sealane.output.AlertJsonFormat;

/** Topics of their own for one live-job test, and reading back what the job wrote to them. */
final class LiveTopics {

    private LiveTopics() {}

    /**
     * Creates fresh input and output topics and returns the configuration that names them, and a
     * zone topic of its own, not created: a bounded job from the earliest offset, checkpointing
     * every second.
     */
    static SealaneConfig configFor(LocalKafkaBroker broker, String test) {
        SealaneConfig config = SealaneConfig.defaults();
        for (Map.Entry<String, String> setting : settingsFor(broker, test).entrySet()) {
            config = config.with(setting.getKey(), setting.getValue());
        }
        return config;
    }

    /** The settings of {@link #configFor}, for a job in a process of its own. */
    static Map<String, String> settingsFor(LocalKafkaBroker broker, String test) {
        String suffix = "-" + test + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("kafka.bootstrap-servers", broker.bootstrapServers());
        settings.put("kafka.input-topic", "ais.raw" + suffix);
        settings.put("kafka.alerts-topic", "sealane.alerts" + suffix);
        settings.put("kafka.coverage-topic", "sealane.coverage" + suffix);
        settings.put("kafka.rejected-topic", "sealane.rejected" + suffix);
        settings.put("kafka.zones-topic", "sealane.zones" + suffix);
        settings.put("kafka.group-id", "sealane" + suffix);
        settings.put("kafka.transactional-id-prefix", "sealane" + suffix);
        settings.put("kafka.starting-offsets", "earliest");
        settings.put("kafka.bounded", "true");
        settings.put("checkpoint.interval", "1s");
        broker.createTopic(settings.get("kafka.input-topic"), 2);
        broker.createTopic(settings.get("kafka.alerts-topic"), 2);
        broker.createTopic(settings.get("kafka.coverage-topic"), 2);
        broker.createTopic(settings.get("kafka.rejected-topic"), 1);
        return settings;
    }

    /**
     * An environment for a live job at parallelism 2; a failure fails the test at once instead of
     * restarting the job.
     */
    static StreamExecutionEnvironment environment() {
        Configuration noRestarts = new Configuration();
        noRestarts.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(noRestarts);
        env.setParallelism(2);
        return env;
    }

    /** Every committed record of a topic (read_committed), once no transaction is open. */
    static List<ConsumerRecord<byte[], byte[]>> committed(LocalKafkaBroker broker, String topic) {
        return broker.readAllCommitted(
                topic,
                Duration.ofSeconds(30),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    /** Alert records as the lines of a replay's {@code alerts.jsonl}, in its order. */
    static List<String> alertLines(List<ConsumerRecord<byte[], byte[]>> records) {
        AlertJsonFormat json = new AlertJsonFormat();
        return records.stream()
                .map(
                        record ->
                                AvroRecords.fromAvro(
                                        (Alert) SingleObjectValues.decode(record.value())))
                .sorted(Comparator.comparing(json::sortKey))
                .map(json::toJson)
                .toList();
    }

    /**
     * The live alerts are the fault-free replay's, line for line; on a difference, says how many
     * were lost and how many repeated or new, with the first of each.
     */
    static void assertSameAlerts(List<String> expected, List<String> live) {
        Map<String, Integer> balance = new TreeMap<>();
        expected.forEach(line -> balance.merge(line, 1, Integer::sum));
        live.forEach(line -> balance.merge(line, -1, Integer::sum));
        List<String> lost = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        balance.forEach(
                (line, n) -> {
                    for (int i = 0; i < Math.abs(n); i++) {
                        (n > 0 ? lost : extra).add(line);
                    }
                });
        assertThat(lost.size() + extra.size())
                .as(
                        "%d alerts lost, %d repeated or new (of %d expected, %d read); first lost %s;"
                                + " first extra %s",
                        lost.size(),
                        extra.size(),
                        expected.size(),
                        live.size(),
                        lost.stream().limit(3).toList(),
                        extra.stream().limit(3).toList())
                .isZero();
        assertThat(live).containsExactlyElementsOf(expected);
    }
}
