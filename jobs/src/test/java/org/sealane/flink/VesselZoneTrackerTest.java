package org.sealane.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.sealane.avro.AlertType;
import org.sealane.config.SealaneConfig;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/**
 * The keyed zone tracker in Flink's operator harness: event-time order, state and timer clean-up.
 */
class VesselZoneTrackerTest {

    private static final long MMSI = 477_123_456L;
    private static final long BEGINNING = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;

    private KeyedOneInputStreamOperatorTestHarness<Long, PositionReport, AlertEvent> harness;

    @BeforeEach
    void startHarness() throws Exception {
        Zone gulf =
                new Zone(
                        "gulf-of-aden",
                        "Gulf of Aden corridor",
                        ZoneKind.PATROL,
                        new WKTReader().read("POLYGON ((45 11, 51 11, 51 14, 45 14, 45 11))"),
                        List.of(),
                        Map.of());
        harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new VesselZoneTracker(
                                ZoneCatalogue.of("test", List.of(gulf)), SealaneConfig.defaults()),
                        PositionReport::mmsi,
                        Types.LONG);
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static PositionReport fixAt(long minutes, double lon, long line) {
        return new PositionReport(
                MMSI, BEGINNING + minutes * MINUTE, 12.5, lon, 14.0, 80.0, 80, 0, 1, line, 1);
    }

    private void send(PositionReport fix) throws Exception {
        harness.processElement(fix, fix.time());
    }

    private List<AlertEvent> alerts() {
        return harness.extractOutputValues();
    }

    @Test
    void fixesOutOfOrderWithinTheWatermarkGiveAlertsInEventOrder() throws Exception {
        // The zone's western edge is at 45 E; the vessel zigzags across it at about 20 kn.
        send(fixAt(0, 44.95, 1)); // outside
        send(fixAt(20, 44.98, 3)); // outside (arrives before the 10-minute fix)
        send(fixAt(10, 45.01, 2)); // inside: out of order, but the track must not see it last
        send(fixAt(30, 45.02, 4)); // inside
        harness.processWatermark(new Watermark(BEGINNING + 25 * MINUTE));

        // Applied in time order: out, in (10), out (20) -> entry at 10, exit at 20.
        assertThat(alerts())
                .extracting(AlertEvent::type, a -> a.startTime() - BEGINNING)
                .containsExactly(
                        tuple(AlertType.ZONE_ENTRY, 10 * MINUTE),
                        tuple(AlertType.ZONE_EXIT, 20 * MINUTE));

        harness.processWatermark(new Watermark(BEGINNING + 30 * MINUTE));
        assertThat(alerts()).extracting(AlertEvent::type).last().isEqualTo(AlertType.ZONE_ENTRY);
    }

    @Test
    void nothingHappensBeforeTheWatermarkPassesAFix() throws Exception {
        send(fixAt(0, 46.0, 1));
        assertThat(alerts()).isEmpty();
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(new Watermark(BEGINNING));
        assertThat(alerts()).extracting(AlertEvent::type).containsExactly(AlertType.ZONE_ENTRY);
    }

    @Test
    void jumpToAFarPositionInsideTheZoneRaisesNoEntry() throws Exception {
        send(fixAt(0, 40.0, 1));
        send(fixAt(5, 46.0, 2)); // 6 degrees of longitude in 5 minutes
        send(fixAt(10, 40.05, 3));
        harness.processWatermark(new Watermark(BEGINNING + 10 * MINUTE));

        assertThat(alerts()).isEmpty();
    }

    @Test
    void stateAndTimersAreGoneOnceTheVesselExpires() throws Exception {
        send(fixAt(0, 44.97, 1));
        send(fixAt(10, 45.02, 2));
        harness.processWatermark(new Watermark(BEGINNING + 10 * MINUTE));
        assertThat(alerts()).extracting(AlertEvent::type).containsExactly(AlertType.ZONE_ENTRY);
        assertThat(harness.numKeyedStateEntries()).isGreaterThan(0);
        assertThat(harness.numEventTimeTimers()).isGreaterThan(0);

        // Default track.expiry is 24 h after the last fix.
        harness.processWatermark(new Watermark(BEGINNING + 10 * MINUTE + 25 * HOUR));

        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void vesselSilentPastItsExpiryEntersAfreshWhateverTheWatermarkSteps() throws Exception {
        for (boolean oneJump : new boolean[] {true, false}) {
            startHarness();
            send(fixAt(0, 45.5, 1));
            send(fixAt(30 * 60, 45.51, 2)); // 30 hours later, still inside
            if (oneJump) {
                harness.processWatermark(new Watermark(BEGINNING + 31 * HOUR));
            } else {
                harness.processWatermark(new Watermark(BEGINNING + 25 * HOUR));
                harness.processWatermark(new Watermark(BEGINNING + 31 * HOUR));
            }

            assertThat(alerts())
                    .as(oneJump ? "one watermark past both" : "watermark between them")
                    .extracting(AlertEvent::type, a -> a.details().get("firstFixOfTrack"))
                    .containsExactly(
                            tuple(AlertType.ZONE_ENTRY, "true"),
                            tuple(AlertType.ZONE_ENTRY, "true"));
            closeHarness();
        }
        startHarness();
    }

    @Test
    void silentVesselIsKeptUntilItsExpiry() throws Exception {
        send(fixAt(0, 45.5, 1));
        harness.processWatermark(new Watermark(BEGINNING + 23 * HOUR));

        assertThat(harness.numKeyedStateEntries()).isGreaterThan(0);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    }
}
