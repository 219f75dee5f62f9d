package org.sealane.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.config.SealaneConfig;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/** AIS_GAP: the threshold from the zones at the last fix, live feed time, open, close, forget. */
class AisGapDetectorTest {

    private static final long MMSI = 636_000_222L;
    private static final long BEGINNING = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;

    private static final Zone PATROL = zone("patrol", ZoneKind.PATROL, Map.of());
    private static final Zone STRAIT = zone("strait", ZoneKind.CHOKEPOINT, Map.of());
    private static final Zone WATCHED = zone("watched", ZoneKind.WATCH, Map.of());
    private static final Zone HARBOUR = zone("harbour", ZoneKind.PORT, Map.of());
    private static final Zone QUICK = zone("quick", ZoneKind.PATROL, Map.of("gapMinutes", 20.0));
    private static final Zone SLOW = zone("slow", ZoneKind.CHOKEPOINT, Map.of("gapMinutes", 90.0));

    private AisGapDetector gaps;
    private FeedSilences silences;
    private VesselTrack track;
    private final List<AlertEvent> alerts = new ArrayList<>();

    private static Zone zone(String id, ZoneKind kind, Map<String, Double> thresholds) {
        try {
            Geometry square =
                    new WKTReader().read("POLYGON ((-20 -30, -19 -30, -19 -29, -20 -29, -20 -30))");
            return new Zone(id, id + " zone", kind, square, List.of(), thresholds);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static long at(long minutes) {
        return BEGINNING + minutes * MINUTE;
    }

    @BeforeEach
    void detector() {
        ZoneCatalogue catalogue =
                ZoneCatalogue.of("test", List.of(PATROL, STRAIT, WATCHED, HARBOUR, QUICK, SLOW));
        gaps =
                new AisGapDetector(
                        catalogue,
                        new DetectorThresholds(SealaneConfig.defaults()),
                        new AlertFactory(catalogue));
        silences = new FeedSilences();
        track = new VesselTrack();
        alerts.clear();
    }

    /** The vessel's last good fix at this time, in these zones. */
    private void lastFixAt(long minutes, double lat, double lon, Zone... zones) {
        track.setHasFix(true);
        track.setLastTime(at(minutes));
        track.setLastLat(lat);
        track.setLastLon(lon);
        track.getVisits().clear();
        for (Zone zone : zones) {
            track.getVisits().add(ZoneVisit.entered(zone.id(), at(minutes)));
        }
    }

    private long gapMinutesIn(Zone... zones) {
        lastFixAt(0, -29.5, -19.5, zones);
        return gaps.gapMillis(track) / MINUTE;
    }

    @Test
    void theGapTimeIsThatOfTheZonesAtTheLastFix() {
        assertThat(gapMinutesIn()).as("open sea").isEqualTo(360);
        assertThat(gapMinutesIn(PATROL)).isEqualTo(60);
        assertThat(gapMinutesIn(STRAIT)).isEqualTo(60);
        assertThat(gapMinutesIn(WATCHED)).as("watch zones do not shorten it").isEqualTo(360);
        assertThat(gapMinutesIn(HARBOUR)).as("nor ports").isEqualTo(360);
        assertThat(gapMinutesIn(QUICK)).as("per-zone gapMinutes").isEqualTo(20);
        assertThat(gapMinutesIn(SLOW)).as("per-zone gapMinutes").isEqualTo(90);
        assertThat(gapMinutesIn(SLOW, PATROL, QUICK)).as("the smallest").isEqualTo(20);
        assertThat(gaps.gapZoneId(track)).isEqualTo("quick");
        gapMinutesIn(WATCHED, PATROL);
        assertThat(gaps.gapZoneId(track)).isEqualTo("patrol");
        gapMinutesIn();
        assertThat(gaps.gapZoneId(track)).isEqualTo("open-sea");
    }

    @Test
    void opensWhenTheGapIsReachedInLiveTimeAndClosesOnReappearance() {
        lastFixAt(0, -29.5, -19.5, PATROL);
        assertThat(gaps.nextCheck(track, silences, at(0))).isEqualTo(at(60));

        gaps.check(track, MMSI, at(59), silences, alerts::add);
        assertThat(alerts).isEmpty();
        gaps.check(track, MMSI, at(60), silences, alerts::add);
        assertThat(alerts)
                .singleElement()
                .satisfies(
                        open -> {
                            assertThat(open.type()).isEqualTo(AlertType.AIS_GAP);
                            assertThat(open.state()).isEqualTo(AlertState.OPEN);
                            assertThat(open.zoneId()).isEqualTo("patrol");
                            assertThat(open.startTime()).isEqualTo(at(0));
                            assertThat(open.endTime()).isEqualTo(PositionReport.UNKNOWN_TIME);
                            assertThat(open.details()).containsEntry("thresholdMinutes", "60.0");
                        });
        assertThat(gaps.nextCheck(track, silences, at(60))).isEqualTo(Long.MAX_VALUE);
        gaps.check(track, MMSI, at(70), silences, alerts::add);
        assertThat(alerts).as("opened once").hasSize(1);

        // Back 0.1 degree of latitude further north, 95 minutes after the last fix.
        gaps.reappeared(
                track, MMSI, at(0), -29.5, -19.5, at(95), -29.4, -19.5, silences, alerts::add);
        assertThat(alerts).hasSize(2);
        AlertEvent closed = alerts.get(1);
        assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
        assertThat(closed.alertId()).isEqualTo(alerts.get(0).alertId());
        assertThat(closed.endTime()).isEqualTo(at(95));
        assertThat(closed.details())
                .containsEntry("gapMinutes", "95.0")
                .containsEntry("distanceMeters", "11120");
        assertThat(track.isGapOpen()).isFalse();
    }

    @Test
    void aFeedSilenceDoesNotCountTowardsTheGap() {
        lastFixAt(0, -29.5, -19.5, PATROL);
        silences.put(at(10), at(50));

        gaps.check(track, MMSI, at(90), silences, alerts::add);
        assertThat(alerts).isEmpty();
        assertThat(gaps.nextCheck(track, silences, at(90))).isEqualTo(at(100));
        gaps.check(track, MMSI, at(100), silences, alerts::add);
        assertThat(alerts).extracting(AlertEvent::state).containsExactly(AlertState.OPEN);
    }

    @Test
    void aGapNobodyNoticedIsOpenedAndClosedWhenTheVesselReappears() {
        lastFixAt(0, -29.5, -19.5, QUICK);

        gaps.reappeared(
                track, MMSI, at(0), -29.5, -19.5, at(25), -29.5, -19.5, silences, alerts::add);

        assertThat(alerts)
                .extracting(AlertEvent::state, AlertEvent::startTime, AlertEvent::endTime)
                .containsExactly(
                        tuple(AlertState.OPEN, at(0), PositionReport.UNKNOWN_TIME),
                        tuple(AlertState.CLOSED, at(0), at(25)));
        assertThat(alerts.get(1).details()).containsEntry("distanceMeters", "0");
    }

    @Test
    void aShortSilenceIsNoGap() {
        lastFixAt(0, -29.5, -19.5);

        gaps.reappeared(
                track, MMSI, at(0), -29.5, -19.5, at(300), -29.0, -19.5, silences, alerts::add);

        assertThat(alerts).as("5 hours in the open sea").isEmpty();
    }

    @Test
    void aVesselSilentInPortIsNotDarkWhileItStaysThere() {
        lastFixAt(0, -29.5, -19.5, HARBOUR);
        track.setLastFixInPort(true);

        assertThat(gaps.nextCheck(track, silences, at(0))).isEqualTo(Long.MAX_VALUE);
        gaps.check(track, MMSI, at(23 * 60), silences, alerts::add);
        // Back at its berth ten hours later, 200 m along the quay.
        gaps.reappeared(
                track, MMSI, at(0), -29.5, -19.5, at(600), -29.5018, -19.5, silences, alerts::add);
        gaps.forgotten(track, MMSI, at(24 * 60), alerts::add);

        assertThat(alerts).isEmpty();
    }

    @Test
    void aVesselThatLeftPortDarkIsReportedWhereItWentDarkWhenItReappearsAway() {
        lastFixAt(0, -29.5, -19.5, HARBOUR);
        track.setLastFixInPort(true);
        gaps.check(track, MMSI, at(7 * 60), silences, alerts::add);
        assertThat(alerts).as("nothing while it is silent").isEmpty();

        // Seven hours later, half a degree of latitude (55 km) away.
        gaps.reappeared(
                track, MMSI, at(0), -29.5, -19.5, at(420), -29.0, -19.5, silences, alerts::add);

        assertThat(alerts)
                .extracting(AlertEvent::type, AlertEvent::state, AlertEvent::startTime)
                .containsExactly(
                        tuple(AlertType.AIS_GAP, AlertState.OPEN, at(0)),
                        tuple(AlertType.AIS_GAP, AlertState.CLOSED, at(0)));
        assertThat(alerts.get(1).endTime()).isEqualTo(at(420));
        assertThat(alerts.get(1).details())
                .containsEntry("wentDarkInPort", "true")
                .containsEntry("distanceMeters", "55598");
    }

    @Test
    void aDarkVesselForgottenAtItsExpiryClosesItsGapAsNotReappeared() {
        lastFixAt(0, -29.5, -19.5, STRAIT);
        gaps.check(track, MMSI, at(60), silences, alerts::add);

        gaps.forgotten(track, MMSI, at(24 * 60), alerts::add);

        assertThat(alerts).hasSize(2);
        AlertEvent closed = alerts.get(1);
        assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
        assertThat(closed.zoneId()).isEqualTo("strait");
        assertThat(closed.alertId()).isEqualTo(alerts.get(0).alertId());
        assertThat(closed.endTime()).isEqualTo(at(24 * 60));
        assertThat(closed.lat()).isEqualTo(-29.5);
        assertThat(closed.details())
                .containsEntry("reappeared", "false")
                .containsEntry("gapMinutes", "1440.0");
        assertThat(track.isGapOpen()).isFalse();

        gaps.forgotten(track, MMSI, at(24 * 60), alerts::add);
        assertThat(alerts).as("nothing open any more").hasSize(2);
    }
}
