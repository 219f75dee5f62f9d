package org.sealane.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.config.SealaneConfig;
import org.sealane.encounter.CloseObservation;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.track.DetectorThresholds;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/** One pair's encounter state in Flink's harness: OPEN, CLOSED after the pause, then nothing. */
class EncounterPairWatchTest {

    private static final long BEGINNING = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long TANKER = 200_000_001L;
    private static final long TRAWLER = 300_000_002L;

    private KeyedBroadcastOperatorTestHarness<
                    Long, CloseObservation, PublishedCatalogue, AlertEvent>
            harness;

    @BeforeEach
    void startHarness() throws Exception {
        Zone zone =
                new Zone(
                        "sea",
                        null,
                        ZoneKind.PATROL,
                        new WKTReader().read("POLYGON ((59 9, 61 9, 61 11, 59 11, 59 9))"),
                        List.of(),
                        Map.of());
        harness =
                ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                        new EncounterPairWatch(
                                ZoneCatalogue.of("test", List.of(zone)),
                                new DetectorThresholds(SealaneConfig.defaults()),
                                0),
                        CloseObservation::pairKey,
                        Types.LONG,
                        ZonesInForce.STATE);
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private void closeAt(long minutes, double meters) throws Exception {
        long time = BEGINNING + minutes * MINUTE;
        harness.processElement(
                new CloseObservation(TANKER, TRAWLER, time, meters, 10, 60, "open-sea"), time);
    }

    @Test
    void opensAfterTheEncounterTimeClosesAfterThePauseAndLeavesNothing() throws Exception {
        for (long minutes = 0; minutes <= 150; minutes += 5) {
            closeAt(minutes, 300 - minutes);
        }
        closeAt(150, 290); // the neighbouring cell saw the same moment
        harness.watermark(BEGINNING + 119 * MINUTE);
        assertThat(harness.extractOutputValues()).isEmpty();

        harness.watermark(BEGINNING + 150 * MINUTE);
        assertThat(harness.extractOutputValues())
                .extracting(AlertEvent::type, AlertEvent::state, AlertEvent::endTime)
                .containsExactly(
                        tuple(AlertType.ENCOUNTER, AlertState.OPEN, PositionReport.UNKNOWN_TIME));

        harness.watermark(BEGINNING + 165 * MINUTE);
        assertThat(harness.extractOutputValues()).as("15 minutes is not yet a pause").hasSize(1);

        harness.watermark(BEGINNING + 166 * MINUTE);
        List<AlertEvent> alerts = harness.extractOutputValues();
        assertThat(alerts).hasSize(2);
        AlertEvent closed = alerts.get(1);
        assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
        assertThat(closed.alertId()).isEqualTo(alerts.get(0).alertId());
        assertThat(closed.startTime()).isEqualTo(BEGINNING);
        assertThat(closed.endTime()).isEqualTo(BEGINNING + 150 * MINUTE);
        assertThat(closed.details())
                .containsEntry("minutes", "150.0")
                .containsEntry("minDistanceMeters", "150");
        assertThat(KeyedStateEntries.of(harness)).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aShortMeetingLeavesNothingAndRaisesNothing() throws Exception {
        for (long minutes = 0; minutes <= 30; minutes += 5) {
            closeAt(minutes, 200);
        }
        harness.watermark(BEGINNING + 60 * MINUTE);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(KeyedStateEntries.of(harness)).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
