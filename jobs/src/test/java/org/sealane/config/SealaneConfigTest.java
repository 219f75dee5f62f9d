package org.sealane.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.input.InputFormat;

class SealaneConfigTest {

    @TempDir Path folder;

    @Test
    void theLiveJobDefaultsToExactlyOnceOnALocalBroker() {
        SealaneConfig config = SealaneConfig.defaults();

        assertThat(config.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.kafkaInputTopic()).isEqualTo("ais.raw");
        assertThat(config.kafkaAlertsTopic()).isEqualTo("sealane.alerts");
        assertThat(config.kafkaCoverageTopic()).isEqualTo("sealane.coverage");
        assertThat(config.kafkaRejectedTopic()).isEqualTo("sealane.rejected");
        assertThat(config.exactlyOnce()).isTrue();
        assertThat(config.kafkaTransactionTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.kafkaStartingOffsets()).isEqualTo("committed");
        assertThat(config.kafkaBounded()).isFalse();
        assertThat(config.inputFormat()).isEqualTo(InputFormat.NMEA);
        assertThat(config.kafkaClientProperties()).isEmpty();
        assertThat(config.coverageEnabled()).isTrue();
    }

    @Test
    void recordedTrafficIsBatchedInHalfHoursUnlessTheFlushIntervalIsSet() {
        SealaneConfig live = SealaneConfig.defaults();
        SealaneConfig chosen = live.with("tracker.flush-interval", "5m");

        assertThat(live.flushInterval()).isZero();
        assertThat(live.batchedForRecordedTraffic().flushInterval())
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(chosen.batchedForRecordedTraffic().flushInterval())
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aBackfillNeverLeavesAPartitionBehindAsIdle() {
        SealaneConfig live = SealaneConfig.defaults().with("input.idleness", "30s");

        assertThat(live.partitionIdleness()).isEqualTo(Duration.ofSeconds(30));
        assertThat(live.with("kafka.bounded", "true").partitionIdleness()).isZero();
    }

    @Test
    void kafkaClientSettingsPassThroughFromTheFile() throws IOException {
        Path file = folder.resolve("live.properties");
        Files.writeString(
                file,
                """
                kafka.bootstrap-servers = broker-1.example:9094,broker-2.example:9094
                kafka.delivery-guarantee = at-least-once
                input.format = csv-dma
                kafka.client.security.protocol = SASL_SSL
                kafka.client.sasl.mechanism = SCRAM-SHA-512
                kafka.client.ssl.truststore.location = /etc/sealane/truststore.p12
                """);

        SealaneConfig config = SealaneConfig.load(file);

        assertThat(config.kafkaBootstrapServers())
                .isEqualTo("broker-1.example:9094,broker-2.example:9094");
        assertThat(config.exactlyOnce()).isFalse();
        assertThat(config.inputFormat()).isEqualTo(InputFormat.CSV_DMA);
        assertThat(config.kafkaClientProperties())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/sealane/truststore.p12")
                .hasSize(3);
    }

    @Test
    void badValuesAreErrorsThatNameTheKey() {
        SealaneConfig config = SealaneConfig.defaults();
        assertThatThrownBy(() -> config.with("kafka.delivery-guarantee", "twice"))
                .hasMessageContaining(
                        "kafka.delivery-guarantee must be exactly-once or at-least-once");
        assertThatThrownBy(() -> config.with("kafka.starting-offsets", "yesterday"))
                .hasMessageContaining(
                        "kafka.starting-offsets must be committed, earliest or latest");
        assertThatThrownBy(() -> config.with("input.format", "xml"))
                .hasMessageContaining("input.format");
        assertThatThrownBy(() -> config.with("input.csv-header", "ID,Time,Easting,Northing"))
                .hasMessageContaining(
                        "input.csv-header: 'ID,Time,Easting,Northing' does not name MMSI, time,"
                                + " latitude and longitude columns");
        assertThatThrownBy(() -> config.with("kafka.input-topic", " "))
                .hasMessageContaining("kafka.input-topic must not be empty");
        assertThatThrownBy(() -> config.with("kafka.bounded", "maybe"))
                .hasMessageContaining("kafka.bounded must be true or false");
        assertThatThrownBy(() -> config.with("coverage.window", "7h"))
                .hasMessageContaining("coverage.window must divide a day");
        assertThatThrownBy(() -> config.with("kafka.topic", "x"))
                .hasMessageContaining("unknown configuration key 'kafka.topic'");
        assertThatThrownBy(
                        () ->
                                config.with("coverage.lateness", "1h")
                                        .with("tracker.flush-interval", "30m")
                                        .coverageLateness())
                .hasMessageContaining("must be at least coverage.max-fix-interval plus");
    }
}
