package org.sealane.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.track.AlertFactory;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/**
 * One pair's run of close observations: ENCOUNTER after 120 minutes, ended by a 15-minute pause.
 */
class EncounterPairTest {

    private static final long BEGINNING = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long TANKER = 200_000_001L;
    private static final long TRAWLER = 300_000_002L;

    private EncounterPair pair;
    private AlertFactory alerts;
    private final List<AlertEvent> out = new ArrayList<>();

    @BeforeEach
    void newPair() throws Exception {
        Zone sea =
                new Zone(
                        "sea",
                        "Somewhere at sea",
                        ZoneKind.PATROL,
                        new WKTReader().read("POLYGON ((59 9, 61 9, 61 11, 59 11, 59 9))"),
                        List.of(),
                        Map.of("encounterMinutes", 30.0));
        alerts = new AlertFactory(ZoneCatalogue.of("test", List.of(sea)));
        pair = new EncounterPair();
        out.clear();
    }

    private void closeAt(long minutes, double meters) {
        closeAt(minutes, meters, "open-sea");
    }

    private void closeAt(long minutes, double meters, String zoneId) {
        pair.observe(
                new CloseObservation(
                        TANKER, TRAWLER, BEGINNING + minutes * MINUTE, meters, 10.0, 60.0, zoneId),
                zone -> zone.equals("sea") ? 30 * MINUTE : 120 * MINUTE,
                alerts,
                out::add);
    }

    /** Close every {@code step} minutes from {@code from} to {@code to}. */
    private void closeEvery(long step, long from, long to, double meters) {
        for (long minutes = from; minutes <= to; minutes += step) {
            closeAt(minutes, meters);
        }
    }

    @Test
    void opensAfterTwoHoursAndClosesAtTheLastCloseObservationAfterAPause() {
        closeEvery(5, 0, 115, 300);
        assertThat(out).isEmpty();
        closeAt(120, 250);
        assertThat(out)
                .singleElement()
                .satisfies(
                        open -> {
                            assertThat(open.type()).isEqualTo(AlertType.ENCOUNTER);
                            assertThat(open.state()).isEqualTo(AlertState.OPEN);
                            assertThat(open.mmsi()).isEqualTo(TANKER);
                            assertThat(open.otherMmsi()).isEqualTo(TRAWLER);
                            assertThat(open.startTime()).isEqualTo(BEGINNING);
                            assertThat(open.details())
                                    .containsEntry("minutes", "120.0")
                                    .containsEntry("minDistanceMeters", "250");
                        });
        closeEvery(5, 125, 150, 200);
        assertThat(pair.endsAfter()).isEqualTo(BEGINNING + 165 * MINUTE);

        // 16 minutes without a close observation: the run ended at minute 150.
        closeAt(166, 300);

        assertThat(out)
                .extracting(AlertEvent::state, AlertEvent::startTime, AlertEvent::endTime)
                .containsExactly(
                        tuple(AlertState.OPEN, BEGINNING, PositionReport.UNKNOWN_TIME),
                        tuple(AlertState.CLOSED, BEGINNING, BEGINNING + 150 * MINUTE));
        assertThat(out.get(1).alertId()).isEqualTo(out.get(0).alertId());
        assertThat(out.get(1).details())
                .containsEntry("minutes", "150.0")
                .containsEntry("minDistanceMeters", "200");
        assertThat(pair.isActive()).as("a new run from minute 166").isTrue();
        assertThat(pair.getSince()).isEqualTo(BEGINNING + 166 * MINUTE);
    }

    @Test
    void aPauseOfFifteenMinutesDoesNotEndTheRun() {
        closeEvery(15, 0, 120, 300);

        assertThat(out).extracting(AlertEvent::state).containsExactly(AlertState.OPEN);
    }

    @Test
    void aRunEndedBeforeTheEncounterTimeRaisesNothing() {
        closeEvery(5, 0, 100, 300);
        pair.end(alerts, out::add);
        closeEvery(5, 120, 200, 300);

        assertThat(out).isEmpty();
        assertThat(pair.getSince()).isEqualTo(BEGINNING + 120 * MINUTE);
    }

    @Test
    void theSameMomentSeenTwiceCountsOnce() {
        closeAt(0, 300);
        closeAt(0, 280); // the neighbouring cell saw it too
        closeAt(5, 300);
        closeAt(5, 300);
        closeAt(3, 300); // an older moment changes nothing either

        assertThat(pair.getSince()).isEqualTo(BEGINNING);
        assertThat(pair.getLastClose()).isEqualTo(BEGINNING + 5 * MINUTE);
        assertThat(pair.getMinDistanceMeters()).isEqualTo(280);
        closeEvery(5, 10, 120, 300);
        closeAt(120, 300);
        assertThat(out).as("opened once").hasSize(1);
    }

    @Test
    void theZoneOfTheFirstObservationSetsTheEncounterTime() {
        for (long minutes = 0; minutes <= 30; minutes += 5) {
            closeAt(minutes, 100, "sea");
        }

        assertThat(out)
                .extracting(
                        AlertEvent::zoneId, AlertEvent::zoneName, a -> a.details().get("minutes"))
                .containsExactly(tuple("sea", "Somewhere at sea", "30.0"));
        pair.end(alerts, out::add);
        assertThat(out).hasSize(2);
        assertThat(pair.isActive()).isFalse();
    }
}
