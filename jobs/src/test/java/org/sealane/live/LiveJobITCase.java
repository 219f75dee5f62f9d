package org.sealane.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.CapturedConsole;
import org.sealane.TestClusters;
import org.sealane.TestData;
import org.sealane.avro.CoverageMetric;
import org.sealane.avro.RejectedRecord;
import org.sealane.cli.SealaneCommand;
import org.sealane.config.SealaneConfig;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.flink.LineTally;
import org.sealane.kafka.AvroRecords;
import org.sealane.kafka.LocalKafkaBroker;
import org.sealane.kafka.SingleObjectValues;
import org.sealane.output.CoverageJsonFormat;
import org.sealane.replay.ReplayInput;
import org.sealane.replay.ReplayJob;
import org.sealane.zones.ZoneCatalogue;

/**
 * The live job against a real Kafka broker (in this JVM, on 127.0.0.1) on a MiniCluster at
 * parallelism 2: a scenario's NMEA published line by line to the raw topic comes back from the
 * alert and coverage topics, read_committed, as exactly the alerts and metrics a replay of the same
 * file writes, each once.
 */
class LiveJobITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.loopback(4);

    @RegisterExtension final CapturedConsole console = new CapturedConsole();

    private static LocalKafkaBroker broker;

    @TempDir Path work;

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static Path scenario(String name) {
        return TestData.repoRoot().resolve("replay-data/scenarios/" + name + ".nmea");
    }

    private static ZoneCatalogue catalogue() {
        return ZoneCatalogue.load(
                TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson"));
    }

    private static TaskForceRoster roster() {
        return TaskForceRoster.load(
                TestData.repoRoot().resolve("replay-data/fleet/task-force.csv"));
    }

    private static SealaneConfig topicsFor(String test) {
        return LiveTopics.configFor(broker, test);
    }

    @Test
    void aPublishedScenarioComesBackAsExactlyTheAlertsAndCoverageOfItsReplay() throws Exception {
        // given: the task-force patrol scenario on the raw topic, one line per record
        SealaneConfig config = topicsFor("patrol");
        List<String> lines =
                Files.readAllLines(scenario("task-force-patrol"), StandardCharsets.UTF_8);
        broker.produceLines(config.kafkaInputTopic(), lines);

        // when: the live job reads what the topic holds and stops
        StreamExecutionEnvironment env = LiveTopics.environment();
        new LiveJob(catalogue(), roster(), config)
                .start(env)
                .getJobExecutionResult()
                .get(2, TimeUnit.MINUTES);

        // then: the same alerts and metrics as a replay of the file, each exactly once
        Path replayed = work.resolve("replay");
        new ReplayJob(
                        List.of(ReplayInput.of(scenario("task-force-patrol"), null)),
                        catalogue(),
                        roster(),
                        config,
                        replayed,
                        2)
                .runOn(StreamExecutionEnvironment.getExecutionEnvironment(), (r, t, e) -> {});
        List<String> expectedAlerts = Files.readAllLines(replayed.resolve(ReplayJob.ALERTS_FILE));
        List<String> expectedCoverage =
                Files.readAllLines(replayed.resolve(ReplayJob.COVERAGE_FILE));
        assertThat(expectedAlerts).hasSizeGreaterThan(100);

        List<String> liveAlerts = LiveTopics.alertLines(committed(config.kafkaAlertsTopic()));
        assertThat(liveAlerts).containsExactlyElementsOf(expectedAlerts);

        CoverageJsonFormat coverageJson = new CoverageJsonFormat();
        List<String> liveCoverage =
                committed(config.kafkaCoverageTopic()).stream()
                        .map(
                                record ->
                                        AvroRecords.fromAvro(
                                                (CoverageMetric)
                                                        SingleObjectValues.decode(record.value())))
                        .sorted(Comparator.comparing(coverageJson::sortKey))
                        .map(coverageJson::toJson)
                        .toList();
        assertThat(liveCoverage).containsExactlyElementsOf(expectedCoverage);
        assertThat(committed(config.kafkaRejectedTopic())).isEmpty();
    }

    @Test
    void rejectedLinesNameTheirTopicPartitionAndOffset() throws Exception {
        SealaneConfig config = topicsFor("rejected");
        List<String> lines =
                List.of(
                        "\\c:1749600000*5A\\!AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D,0*24",
                        "!AIVDM,1,1,,A,this is not AIS,0*00",
                        "");
        broker.produceLines(config.kafkaInputTopic(), lines);

        StreamExecutionEnvironment env = LiveTopics.environment();
        new LiveJob(catalogue(), roster(), config)
                .start(env)
                .getJobExecutionResult()
                .get(2, TimeUnit.MINUTES);

        List<RejectedRecord> rejected =
                committed(config.kafkaRejectedTopic()).stream()
                        .map(record -> (RejectedRecord) SingleObjectValues.decode(record.value()))
                        .toList();
        assertThat(rejected)
                .extracting(r -> r.getSource().toString())
                .contains(config.kafkaInputTopic() + "/0/1");
    }

    @Test
    void everyInputRecordIsAcceptedRejectedOrADuplicateOnTheTopicCounts() throws Exception {
        // given: a scenario's lines with lines repeated, broken and left blank among them
        SealaneConfig config = topicsFor("accounting");
        List<String> scenario =
                Files.readAllLines(scenario("dark-and-meet"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < scenario.size(); i++) {
            lines.add(scenario.get(i));
            if (i % 100 == 0) {
                lines.add(scenario.get(i)); // heard twice
            }
            if (i % 250 == 0) {
                lines.add(scenario.get(i).substring(0, scenario.get(i).length() / 2)); // cut short
                lines.add("");
            }
        }
        broker.produceLines(config.kafkaInputTopic(), lines);

        // when
        LineTally tally =
                LineTally.from(
                        new LiveJob(catalogue(), roster(), config)
                                .start(LiveTopics.environment())
                                .getJobExecutionResult()
                                .get(2, TimeUnit.MINUTES)
                                .getAllAccumulatorResults());

        // then: input = accepted + rejected + duplicates, the input and rejected from the topics
        long input =
                broker.readAllCommittedLines(config.kafkaInputTopic(), Duration.ofSeconds(30))
                        .size();
        long rejectedOnTopic = committed(config.kafkaRejectedTopic()).size();
        assertThat(input).isEqualTo(lines.size());
        assertThat(rejectedOnTopic).isEqualTo(tally.rejected()).isGreaterThan(0);
        assertThat(tally.duplicates()).isGreaterThan(0);
        assertThat(tally.accepted() + rejectedOnTopic + tally.duplicates()).isEqualTo(input);
        assertThat(tally.accountedFor()).isTrue();
    }

    @Test
    void aBackfillOfPartitionsDaysApartLosesNoPositionAsLate() throws Exception {
        // given: four partitions, each a scenario of another day, for a job of parallelism 2
        SealaneConfig config = topicsFor("backfill");
        String topic = config.kafkaInputTopic() + "-days";
        broker.createTopic(topic, 4);
        List<String> scenarios = List.of("malacca-singapore", "red-sea", "dark-and-meet", "spoof");
        for (int partition = 0; partition < scenarios.size(); partition++) {
            broker.produceLines(
                    topic,
                    partition,
                    Files.readAllLines(scenario(scenarios.get(partition)), StandardCharsets.UTF_8));
        }

        // when
        LineTally tally =
                LineTally.from(
                        new LiveJob(catalogue(), roster(), config.with("kafka.input-topic", topic))
                                .start(LiveTopics.environment())
                                .getJobExecutionResult()
                                .get(2, TimeUnit.MINUTES)
                                .getAllAccumulatorResults());

        // then: each partition had a reader of its own, at its own pace
        assertThat(committed(config.kafkaRejectedTopic()))
                .extracting(record -> ((RejectedRecord) SingleObjectValues.decode(record.value())))
                .extracting(rejected -> rejected.getReason().name())
                .doesNotContain("LATE");
        assertThat(tally.positions()).isGreaterThan(1000);
    }

    @Test
    void aMissingInputTopicStopsTheJobBeforeItStarts() {
        SealaneConfig config = topicsFor("missing").with("kafka.input-topic", "ais.nowhere");

        assertThatThrownBy(
                        () ->
                                new LiveJob(catalogue(), roster(), config)
                                        .start(LiveTopics.environment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the input topic ais.nowhere does not exist on 127.0.0.1:");
    }

    @Test
    void publishingToAMissingTopicSaysSoAtOnceInsteadOfWaitingForTheBroker() {
        int status =
                SealaneCommand.execute(
                        "publish",
                        scenario("task-force-patrol").toString(),
                        "--topic",
                        "ais.nowhere",
                        "--bootstrap-servers",
                        broker.bootstrapServers());

        assertThat(status).isEqualTo(1);
        assertThat(console.stderr())
                .contains(
                        "sealane: error: the topic ais.nowhere does not exist on "
                                + broker.bootstrapServers()
                                + ": create it (bin/kafka start creates ais.raw) or name another"
                                + " with --topic");
    }

    @Test
    void aTransactionTimeoutAboveTheBrokersMaximumStopsTheJobBeforeItStarts() {
        SealaneConfig config = topicsFor("timeout").with("kafka.transaction-timeout", "1h");

        assertThatThrownBy(
                        () ->
                                new LiveJob(catalogue(), roster(), config)
                                        .start(
                                                StreamExecutionEnvironment
                                                        .getExecutionEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kafka.transaction-timeout is 3600 s")
                .hasMessageContaining("at most " + broker.transactionMaxTimeoutMs() / 1000 + " s");
    }

    private static List<ConsumerRecord<byte[], byte[]>> committed(String topic) {
        return LiveTopics.committed(broker, topic);
    }
}
