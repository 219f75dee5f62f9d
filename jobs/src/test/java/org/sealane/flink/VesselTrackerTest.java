package org.sealane.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.config.SealaneConfig;
import org.sealane.encounter.CellSighting;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.track.DetectorThresholds;
import org.sealane.track.FeedSilences;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/**
 * The keyed vessel tracker in Flink's operator harness: event-time order, gaps against feed
 * silences, and state and timer clean-up.
 */
class VesselTrackerTest {

    private static final long MMSI = 477_123_456L;
    private static final long BEGINNING = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final Duration IDLENESS = SealaneConfig.defaults().inputIdleness();

    private KeyedBroadcastOperatorTestHarness<Long, PositionReport, TrackerNotice, AlertEvent>
            harness;

    @BeforeEach
    void startHarness() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                        tracker(),
                        PositionReport::mmsi,
                        Types.LONG,
                        VesselTracker.FEED_SILENCES,
                        ZonesInForce.STATE);
    }

    /** A tracker of the job's start catalogue: the Gulf of Aden corridor, 45 to 51 E. */
    private static VesselTracker tracker() throws Exception {
        Zone gulf =
                new Zone(
                        "gulf-of-aden",
                        "Gulf of Aden corridor",
                        ZoneKind.PATROL,
                        new WKTReader().read("POLYGON ((45 11, 51 11, 51 14, 45 14, 45 11))"),
                        List.of(),
                        Map.of());
        return new VesselTracker(
                ZoneCatalogue.of("test", List.of(gulf)),
                new DetectorThresholds(SealaneConfig.defaults()),
                0,
                IDLENESS.toMillis());
    }

    /**
     * A catalogue published to the live job: the corridor, and west of it the approaches to
     * Djibouti (43 to 45 E), with a speed limit of 12 kn.
     */
    private static final PublishedCatalogue WITH_DJIBOUTI_APPROACHES =
            new PublishedCatalogue(
                    "sealane.zones",
                    0,
                    7,
                    BEGINNING,
                    """
                    {"type": "FeatureCollection", "features": [
                      {"type": "Feature",
                       "properties": {"id": "gulf-of-aden", "name": "Gulf of Aden corridor",
                                      "kind": "patrol"},
                       "geometry": {"type": "Polygon",
                                    "coordinates": [[[45, 11], [51, 11], [51, 14], [45, 14], [45, 11]]]}},
                      {"type": "Feature",
                       "properties": {"id": "djibouti-approaches", "kind": "watch",
                                      "maxSpeedKn": 12},
                       "geometry": {"type": "Polygon",
                                    "coordinates": [[[43, 11], [45, 11], [45, 14], [43, 14], [43, 11]]]}}
                    ]}
                    """);

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static PositionReport fixAt(long minutes, double lon, long line) {
        return fixAt(minutes, lon, 14.0, line);
    }

    private static PositionReport fixAt(long minutes, double lon, double speedKn, long line) {
        return new PositionReport(
                MMSI, BEGINNING + minutes * MINUTE, 12.5, lon, speedKn, 80.0, 80, 0, 1, line, 1);
    }

    private void send(PositionReport fix) throws Exception {
        harness.processElement(fix, fix.time());
    }

    private void watermarkAt(long time) throws Exception {
        harness.watermark(time);
    }

    private List<AlertEvent> alerts() {
        return harness.extractOutputValues();
    }

    private int keyedStateEntries() {
        return KeyedStateEntries.of(harness);
    }

    @Test
    void fixesOutOfOrderWithinTheWatermarkGiveAlertsInEventOrder() throws Exception {
        // The zone's western edge is at 45 E; the vessel zigzags across it at about 20 kn.
        send(fixAt(0, 44.95, 1)); // outside
        send(fixAt(20, 44.98, 3)); // outside (arrives before the 10-minute fix)
        send(fixAt(10, 45.01, 2)); // inside: out of order, but the track must not see it last
        send(fixAt(30, 45.02, 4)); // inside
        watermarkAt(BEGINNING + 25 * MINUTE);

        // Applied in time order: out, in (10), out (20) -> entry at 10, exit at 20.
        assertThat(alerts())
                .extracting(AlertEvent::type, a -> a.startTime() - BEGINNING)
                .containsExactly(
                        tuple(AlertType.ZONE_ENTRY, 10 * MINUTE),
                        tuple(AlertType.ZONE_EXIT, 20 * MINUTE));

        watermarkAt(BEGINNING + 30 * MINUTE);
        assertThat(alerts()).extracting(AlertEvent::type).last().isEqualTo(AlertType.ZONE_ENTRY);
    }

    @Test
    void nothingHappensBeforeTheWatermarkPassesAFix() throws Exception {
        send(fixAt(0, 46.0, 1));
        assertThat(alerts()).isEmpty();
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        watermarkAt(BEGINNING);
        assertThat(alerts()).extracting(AlertEvent::type).containsExactly(AlertType.ZONE_ENTRY);
    }

    /**
     * Another partition moves event time to 30 min while this vessel's is idle; then its fixes of
     * 10 (inside the corridor) and 20 minutes (outside) arrive, the later one first.
     */
    private void fixesArriveBehindEventTime() throws Exception {
        harness.setProcessingTime(0);
        send(fixAt(0, 44.95, 1));
        watermarkAt(BEGINNING + 30 * MINUTE);
        send(fixAt(20, 44.98, 3));
        send(fixAt(10, 45.01, 2));
        assertThat(alerts()).isEmpty();
    }

    private void assertInAtTenOutAtTwenty() {
        assertThat(alerts())
                .extracting(AlertEvent::type, a -> a.startTime() - BEGINNING)
                .containsExactly(
                        tuple(AlertType.ZONE_ENTRY, 10 * MINUTE),
                        tuple(AlertType.ZONE_EXIT, 20 * MINUTE));
    }

    @Test
    void fixesThatArriveBehindEventTimeAreJudgedInTimeOrderAtTheNextWatermark() throws Exception {
        fixesArriveBehindEventTime();

        watermarkAt(BEGINNING + 31 * MINUTE);
        assertInAtTenOutAtTwenty();
    }

    @Test
    void onAQuietFeedFixesBehindEventTimeAreJudgedAfterTheInputsIdleness() throws Exception {
        fixesArriveBehindEventTime();

        // No later watermark comes: the feed went quiet.
        harness.setProcessingTime(IDLENESS.toMillis() - 1);
        assertThat(alerts()).isEmpty();
        harness.setProcessingTime(IDLENESS.toMillis());
        assertInAtTenOutAtTwenty();
    }

    @Test
    void jumpToAFarPositionInsideTheZoneIsAJumpNotAnEntry() throws Exception {
        send(fixAt(0, 40.0, 1));
        send(fixAt(5, 46.0, 2)); // 6 degrees of longitude in 5 minutes
        send(fixAt(10, 40.05, 3));
        watermarkAt(BEGINNING + 10 * MINUTE);

        assertThat(alerts())
                .singleElement()
                .satisfies(
                        jump -> {
                            assertThat(jump.type()).isEqualTo(AlertType.POSITION_JUMP);
                            assertThat(jump.zoneId()).isEqualTo("open-sea");
                            assertThat(jump.startTime()).isEqualTo(BEGINNING + 5 * MINUTE);
                        });
    }

    @Test
    void vesselSilentInAPatrolZoneWhileTheFeedIsLiveGoesDark() throws Exception {
        send(fixAt(0, 45.5, 1));
        watermarkAt(BEGINNING);
        // Other vessels keep the watermark moving: 2 hours pass.
        watermarkAt(BEGINNING + 2 * HOUR);

        assertThat(alerts())
                .extracting(AlertEvent::type, AlertEvent::state, a -> a.startTime() - BEGINNING)
                .containsExactly(
                        tuple(AlertType.ZONE_ENTRY, AlertState.CLOSED, 0L),
                        tuple(AlertType.AIS_GAP, AlertState.OPEN, 0L));

        send(fixAt(150, 45.9, 3));
        watermarkAt(BEGINNING + 150 * MINUTE);
        AlertEvent closed = alerts().get(2);
        assertThat(closed.type()).isEqualTo(AlertType.AIS_GAP);
        assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
        assertThat(closed.alertId()).isEqualTo(alerts().get(1).alertId());
        assertThat(closed.endTime()).isEqualTo(BEGINNING + 150 * MINUTE);
        assertThat(closed.details()).containsEntry("gapMinutes", "150.0");
    }

    @Test
    void aFeedOutageIsNotAVesselGoingDark() throws Exception {
        send(fixAt(0, 45.5, 1));
        watermarkAt(BEGINNING);
        // The whole feed falls silent from minute 1 to minute 101.
        harness.processBroadcastElement(
                TrackerNotice.of(new FeedSilence(BEGINNING + MINUTE, FeedSilences.ONGOING)),
                BEGINNING + 11 * MINUTE);
        harness.processBroadcastElement(
                TrackerNotice.of(new FeedSilence(BEGINNING + MINUTE, BEGINNING + 101 * MINUTE)),
                BEGINNING + 101 * MINUTE);
        send(fixAt(110, 45.6, 2));
        watermarkAt(BEGINNING + 110 * MINUTE);

        // 110 minutes passed, but only 10 of them with a live feed.
        assertThat(alerts()).extracting(AlertEvent::type).containsExactly(AlertType.ZONE_ENTRY);
    }

    @Test
    void slowFixesGoToTheEncounterGridByCell() throws Exception {
        send(fixAt(0, 46.0, 0.3, 1));
        send(fixAt(1, 46.0001, 0.2, 2));
        send(fixAt(1, 46.0001, 0.2, 3)); // heard twice
        send(fixAt(3, 46.0002, 0.2, 4));
        send(fixAt(4, 46.0035, 12.0, 5)); // under way again
        watermarkAt(BEGINNING + 4 * MINUTE);

        List<CellSighting> sightings =
                harness.getSideOutput(VesselTracker.SIGHTINGS).stream()
                        .map(StreamRecord::getValue)
                        .filter(CellSighting::home)
                        .toList();
        assertThat(sightings)
                .extracting(s -> s.sighting().time() - BEGINNING, s -> s.sighting().slow())
                // At most one slow fix per VesselMonitor.SIGHTING_INTERVAL_MILLIS (150 s): the
                // fix a minute after the first is not handed on, the one at 3 minutes is.
                .containsExactly(
                        tuple(0L, true), tuple(3 * MINUTE, true), tuple(4 * MINUTE, false));
        assertThat(sightings)
                .allSatisfy(s -> assertThat(s.sighting().zoneId()).isEqualTo("gulf-of-aden"));
    }

    @Test
    void aPublishedCatalogueJudgesFromTheNextFixOnAndIsKeptAcrossARestore() throws Exception {
        // given: a vessel at 14 kn west of every zone of the start catalogue
        send(fixAt(0, 44.90, 1));
        watermarkAt(BEGINNING);
        assertThat(alerts()).isEmpty();

        // when: a catalogue with the approaches comes, then the vessel's next fix
        harness.processBroadcastElement(
                TrackerNotice.of(WITH_DJIBOUTI_APPROACHES), BEGINNING + 5 * MINUTE);
        send(fixAt(10, 44.94, 2));
        watermarkAt(BEGINNING + 10 * MINUTE);

        // then: it is in the approaches, which it did not sail into, and too fast for them
        assertThat(alerts())
                .extracting(AlertEvent::type, AlertEvent::zoneId, a -> a.startTime() - BEGINNING)
                .containsExactly(
                        tuple(AlertType.ZONE_ENTRY, "djibouti-approaches", 10 * MINUTE),
                        tuple(AlertType.SPEED_ANOMALY, "djibouti-approaches", 10 * MINUTE));
        assertThat(alerts().get(0).details()).containsEntry("zoneRedrawn", "true");

        // when: the job is restored from a checkpoint taken now, with the start catalogue
        OperatorSubtaskState checkpoint = harness.snapshot(1, BEGINNING + 11 * MINUTE);
        harness.close();
        harness =
                new KeyedBroadcastOperatorTestHarness<>(
                        new CoBroadcastWithKeyedOperator<>(
                                tracker(),
                                List.of(VesselTracker.FEED_SILENCES, ZonesInForce.STATE)),
                        PositionReport::mmsi,
                        Types.LONG,
                        1,
                        1,
                        0);
        harness.initializeState(checkpoint);
        harness.open();
        send(fixAt(20, 44.98, 3));
        send(fixAt(30, 45.02, 4));
        watermarkAt(BEGINNING + 30 * MINUTE);

        // then: the published catalogue still judges: out of the approaches into the corridor
        assertThat(alerts())
                .extracting(AlertEvent::type, AlertEvent::state, AlertEvent::zoneId)
                .containsExactly(
                        tuple(AlertType.SPEED_ANOMALY, AlertState.CLOSED, "djibouti-approaches"),
                        tuple(AlertType.ZONE_EXIT, AlertState.CLOSED, "djibouti-approaches"),
                        tuple(AlertType.ZONE_ENTRY, AlertState.CLOSED, "gulf-of-aden"));

        // and the vessel's state and timers still go when it expires
        watermarkAt(BEGINNING + 30 * MINUTE + 25 * HOUR);
        assertThat(keyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void stateAndTimersAreGoneOnceTheVesselExpires() throws Exception {
        send(fixAt(0, 44.97, 1));
        send(fixAt(10, 45.02, 2));
        watermarkAt(BEGINNING + 10 * MINUTE);
        assertThat(alerts()).extracting(AlertEvent::type).containsExactly(AlertType.ZONE_ENTRY);
        assertThat(keyedStateEntries()).isGreaterThan(0);
        assertThat(harness.numEventTimeTimers()).isGreaterThan(0);

        // Default track.expiry is 24 h after the last fix.
        watermarkAt(BEGINNING + 10 * MINUTE + 25 * HOUR);

        assertThat(keyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
        // The gap opened an hour after the last fix was closed when the vessel was forgotten.
        assertThat(alerts())
                .extracting(AlertEvent::type, AlertEvent::state)
                .containsExactly(
                        tuple(AlertType.ZONE_ENTRY, AlertState.CLOSED),
                        tuple(AlertType.AIS_GAP, AlertState.OPEN),
                        tuple(AlertType.AIS_GAP, AlertState.CLOSED));
        assertThat(alerts().get(2).details()).containsEntry("reappeared", "false");
    }

    @Test
    void vesselSilentPastItsExpiryEntersAfreshWhateverTheWatermarkSteps() throws Exception {
        for (boolean oneJump : new boolean[] {true, false}) {
            startHarness();
            send(fixAt(0, 45.5, 1));
            send(fixAt(30 * 60, 45.51, 2)); // 30 hours later, still inside
            if (oneJump) {
                watermarkAt(BEGINNING + 31 * HOUR);
            } else {
                watermarkAt(BEGINNING + 25 * HOUR);
                watermarkAt(BEGINNING + 31 * HOUR);
            }

            assertThat(alerts())
                    .as(oneJump ? "one watermark past both" : "watermark between them")
                    .filteredOn(a -> a.type() == AlertType.ZONE_ENTRY)
                    .extracting(a -> a.details().get("firstFixOfTrack"))
                    .containsExactly("true", "true");
            assertThat(alerts())
                    .as(oneJump ? "one watermark past both" : "watermark between them")
                    .filteredOn(a -> a.type() == AlertType.AIS_GAP)
                    .extracting(AlertEvent::state, AlertEvent::endTime)
                    .containsExactly(
                            tuple(AlertState.OPEN, PositionReport.UNKNOWN_TIME),
                            tuple(AlertState.CLOSED, BEGINNING + 24 * HOUR));
            closeHarness();
        }
        startHarness();
    }

    @Test
    void silentVesselIsKeptUntilItsExpiry() throws Exception {
        send(fixAt(0, 45.5, 1));
        watermarkAt(BEGINNING + 23 * HOUR);

        assertThat(keyedStateEntries()).isGreaterThan(0);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    }

    @Test
    void aVesselThatLeftEveryZoneIsForgottenWithoutATrace() throws Exception {
        send(fixAt(0, 44.98, 1));
        send(fixAt(10, 45.03, 2)); // into the zone
        send(fixAt(20, 44.96, 3)); // and out again, into the open sea
        watermarkAt(BEGINNING + 20 * MINUTE);
        assertThat(alerts())
                .extracting(AlertEvent::type)
                .containsExactly(AlertType.ZONE_ENTRY, AlertType.ZONE_EXIT);

        watermarkAt(BEGINNING + 20 * MINUTE + 25 * HOUR);

        // Gone dark in the open sea after 6 hours, closed when forgotten after 24.
        assertThat(alerts())
                .extracting(AlertEvent::type, AlertEvent::state, AlertEvent::zoneId)
                .containsExactly(
                        tuple(AlertType.ZONE_ENTRY, AlertState.CLOSED, "gulf-of-aden"),
                        tuple(AlertType.ZONE_EXIT, AlertState.CLOSED, "gulf-of-aden"),
                        tuple(AlertType.AIS_GAP, AlertState.OPEN, "open-sea"),
                        tuple(AlertType.AIS_GAP, AlertState.CLOSED, "open-sea"));
        assertThat(keyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
