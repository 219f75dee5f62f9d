package org.sealane.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.coverage.CoverageRules;
import org.sealane.coverage.ZoneCoverageMetric;
import org.sealane.coverage.ZoneObservation;
import org.sealane.fleet.RosterVessel;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/**
 * Patrol-zone coverage in Flink's harness (1-hour windows, presence up to 1 hour between fixes,
 * 4-hour gaps, 3 hours of lateness): windows are emitted by the watermark, one timer per zone, and
 * COVERAGE_GAP alerts leave on their side output.
 */
class CoverageWatchTest {

    private static final long MIDNIGHT = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long FRIGATE = 512990001L;
    private static final String SECTOR = "scs-south";

    private KeyedBroadcastOperatorTestHarness<
                    String, ZoneObservation, PublishedCatalogue, ZoneCoverageMetric>
            harness;

    @BeforeEach
    void startHarness() throws Exception {
        Zone sector =
                new Zone(
                        SECTOR,
                        "South China Sea southern sector",
                        ZoneKind.PATROL,
                        new WKTReader().read("POLYGON ((105 2, 112 2, 112 8, 105 8, 105 2))"),
                        List.of(),
                        Map.of());
        harness =
                ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                        new CoverageWatch(
                                ZoneCatalogue.of("test", List.of(sector)),
                                new CoverageRules(HOUR, HOUR, 4 * HOUR, 3 * HOUR),
                                TaskForceRoster.of(
                                        List.of(
                                                new RosterVessel(
                                                        FRIGATE,
                                                        "Example Frigate",
                                                        "NZL",
                                                        "frigate")))),
                        ZoneObservation::zoneId,
                        Types.STRING,
                        ZonesInForce.STATE);
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static long at(long minutes) {
        return MIDNIGHT + minutes * MINUTE;
    }

    private void observe(ZoneObservation observation) throws Exception {
        harness.processElement(new StreamRecord<>(observation, observation.to()));
    }

    @Test
    void eachWindowIsEmittedThreeHoursAfterItsEndWithOneTimerPerZone() throws Exception {
        observe(ZoneObservation.feed(SECTOR, at(0)));
        observe(ZoneObservation.presence(SECTOR, FRIGATE, at(10), at(50)));
        observe(ZoneObservation.feed(SECTOR, at(60)));
        observe(ZoneObservation.presence(SECTOR, FRIGATE, at(50), at(70)));
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.watermark(at(60 + 180) - 1);
        assertThat(harness.extractOutputValues()).isEmpty();

        harness.watermark(at(60 + 180));
        assertThat(harness.extractOutputValues())
                .singleElement()
                .satisfies(
                        hour -> {
                            assertThat(hour.windowStart()).isEqualTo(at(0));
                            assertThat(hour.assetMinutes()).isEqualTo(50.0);
                            assertThat(hour.assetMinutesByNation())
                                    .containsOnly(Map.entry("NZL", 50.0));
                        });
        assertThat(harness.numEventTimeTimers()).as("the next window's deadline").isEqualTo(1);
    }

    @Test
    void theEndOfTheInputEmitsEveryWindowTheDayAndAnOpenGap() throws Exception {
        observe(ZoneObservation.feed(SECTOR, at(0)));
        observe(ZoneObservation.presence(SECTOR, FRIGATE, at(0), at(30)));
        observe(ZoneObservation.feed(SECTOR, at(5 * 60)));
        observe(ZoneObservation.feedEnd(SECTOR, at(5 * 60 + 1)));

        harness.watermark(Long.MAX_VALUE);

        List<ZoneCoverageMetric> metrics = harness.extractOutputValues();
        assertThat(metrics).hasSize(6 + 1);
        assertThat(metrics.get(metrics.size() - 1).isDaySummary()).isTrue();
        assertThat(harness.getSideOutput(CoverageWatch.COVERAGE_GAPS))
                .extracting(StreamRecord::getValue)
                .singleElement()
                .satisfies(
                        gap -> {
                            assertThat(gap.type()).isEqualTo(AlertType.COVERAGE_GAP);
                            assertThat(gap.state()).isEqualTo(AlertState.OPEN);
                            assertThat(gap.startTime()).isEqualTo(at(30));
                            assertThat(gap.mmsi()).isEqualTo(FRIGATE);
                        });
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void theInputEndingBeforeTheThresholdOpensNoGap() throws Exception {
        observe(ZoneObservation.feed(SECTOR, at(0)));
        observe(ZoneObservation.presence(SECTOR, FRIGATE, at(0), at(30)));
        observe(ZoneObservation.feed(SECTOR, at(4 * 60)));
        observe(ZoneObservation.feedEnd(SECTOR, at(4 * 60 + 30)));

        harness.watermark(Long.MAX_VALUE);

        assertThat(harness.getSideOutput(CoverageWatch.COVERAGE_GAPS)).isNullOrEmpty();
        assertThat(harness.extractOutputValues()).hasSize(5 + 1);
    }

    @Test
    void presenceTooLateForItsWindowIsLeftOutAndCounted() throws Exception {
        observe(ZoneObservation.feed(SECTOR, at(0)));
        observe(ZoneObservation.feed(SECTOR, at(4 * 60)));
        harness.watermark(at(60 + 180));
        assertThat(harness.extractOutputValues()).hasSize(1);

        observe(ZoneObservation.presence(SECTOR, FRIGATE, at(10), at(20)));
        harness.watermark(Long.MAX_VALUE);

        assertThat(harness.extractOutputValues())
                .allSatisfy(window -> assertThat(window.assetMinutes()).isZero());
        assertThat(
                        harness.getEnvironment()
                                .getAccumulatorRegistry()
                                .getUserMap()
                                .get(PipelineCounters.COVERAGE_LATE)
                                .getLocalValue())
                .isEqualTo(1L);
    }
}
