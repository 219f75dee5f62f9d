package org.sealane.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.config.SealaneConfig;
import org.sealane.model.AlertEvent;
import org.sealane.model.EncounterSighting;
import org.sealane.model.PositionReport;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/**
 * The vessel monitor end to end on a few fixes in the open South Atlantic: position jumps, two
 * transmitters on one MMSI, and a bad first fix.
 */
class VesselMonitorTest {

    private static final long MMSI = 710_000_555L;
    private static final long BEGINNING = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    /** The real ship, and a second transmitter 0.2 degrees (19.4 km, 10.5 nm) east of it. */
    private static final double LAT = -29.5;

    private static final double SHIP_LON = -25.0;
    private static final double CLONE_LON = -24.8;

    private VesselMonitor monitor;
    private VesselTrack track;
    private final List<AlertEvent> alerts = new ArrayList<>();
    private final List<EncounterSighting> sightings = new ArrayList<>();
    private final List<String> presence = new ArrayList<>();

    private final VesselMonitor.Output output =
            new VesselMonitor.Output() {
                @Override
                public void accept(AlertEvent alert) {
                    alerts.add(alert);
                }

                @Override
                public void sighting(EncounterSighting sighting) {
                    sightings.add(sighting);
                }

                @Override
                public void presence(String zoneId, long mmsi, long from, long to) {
                    presence.add(
                            zoneId
                                    + " "
                                    + (from - BEGINNING) / MINUTE
                                    + "-"
                                    + (to - BEGINNING) / MINUTE);
                }

                @Override
                public void duplicate(int lines) {}
            };

    @BeforeEach
    void monitor() throws ParseException {
        Zone elsewhere =
                new Zone(
                        "elsewhere",
                        null,
                        ZoneKind.WATCH,
                        new WKTReader().read("POLYGON ((10 50, 11 50, 11 51, 10 51, 10 50))"),
                        List.of(),
                        Map.of());
        monitor =
                new VesselMonitor(
                        ZoneCatalogue.of("test", List.of(elsewhere)),
                        new DetectorThresholds(SealaneConfig.defaults()));
        track = new VesselTrack();
        alerts.clear();
        sightings.clear();
        presence.clear();
    }

    private void fixAt(long minutes, double lat, double lon) {
        monitor.apply(
                track,
                new PositionReport(
                        MMSI,
                        BEGINNING + minutes * MINUTE,
                        lat,
                        lon,
                        12.0,
                        90,
                        -1,
                        -1,
                        1,
                        minutes,
                        1),
                new FeedSilences(),
                output);
    }

    private void slowFixAt(long minutes, double lat, double lon) {
        monitor.apply(
                track,
                new PositionReport(MMSI, at(minutes), lat, lon, 0.1, 90, -1, -1, 1, minutes, 1),
                new FeedSilences(),
                output);
    }

    private static long at(long minutes) {
        return BEGINNING + minutes * MINUTE;
    }

    @Test
    void aShipMooredAtAListedHarbourWithItsAisOffIsNotDarkUntilItTurnsUpElsewhere() {
        // Fort Lauderdale, a named anchorage of the bundled list: moored, then silent for 10 h.
        slowFixAt(0, 26.1177, -80.1364);
        assertThat(monitor.nextQuietCheck(track, new FeedSilences(), at(0)))
                .isEqualTo(Long.MAX_VALUE);
        monitor.quiet(track, MMSI, at(600), new FeedSilences(), output);
        slowFixAt(600, 26.1180, -80.1364);
        assertThat(alerts).as("back at its berth").isEmpty();

        // Silent again for 8 h, then seen 60 nm out in the Straits of Florida.
        fixAt(1080, 25.5, -79.3);

        assertThat(alerts)
                .extracting(AlertEvent::type, AlertEvent::state, AlertEvent::startTime)
                .containsExactly(
                        tuple(AlertType.AIS_GAP, AlertState.OPEN, at(600)),
                        tuple(AlertType.AIS_GAP, AlertState.CLOSED, at(600)));
        assertThat(alerts.get(1).details()).containsEntry("wentDarkInPort", "true");
    }

    @Test
    void aPositionJumpIsReportedWithWhereItCameFromAndDoesNotMoveTheTrack() {
        fixAt(0, LAT, -25.0);
        fixAt(5, LAT, -24.0); // 52 nm in 5 minutes
        fixAt(10, LAT, -24.97);

        assertThat(alerts)
                .singleElement()
                .satisfies(
                        jump -> {
                            assertThat(jump.type()).isEqualTo(AlertType.POSITION_JUMP);
                            assertThat(jump.state()).isEqualTo(AlertState.CLOSED);
                            assertThat(jump.zoneId()).isEqualTo("open-sea");
                            assertThat(jump.startTime()).isEqualTo(at(5)).isEqualTo(jump.endTime());
                            assertThat(jump.lon()).isEqualTo(-24.0);
                            assertThat(jump.details())
                                    .containsEntry("impliedSpeedKn", "627.1")
                                    .containsEntry("distanceNm", "52.3")
                                    .containsEntry("fromTime", "2024-05-01T00:00:00Z")
                                    .containsEntry("fromLat", "-29.5")
                                    .containsEntry("fromLon", "-25.0");
                        });
        assertThat(track.getLastTime()).isEqualTo(at(10));
        assertThat(track.getLastLon()).isEqualTo(-24.97);
    }

    @Test
    void twoTransmittersOnOneMmsiOpenOneConflictThatClosesAnHourAfterTheSecondFallsSilent() {
        fixAt(0, LAT, SHIP_LON);
        fixAt(1, LAT, CLONE_LON); // looks like a jump, at first
        fixAt(2, LAT, SHIP_LON + 0.001);
        fixAt(3, LAT, CLONE_LON + 0.001); // both tracks go on: two transmitters
        fixAt(4, LAT, SHIP_LON + 0.002);
        fixAt(5, LAT, CLONE_LON + 0.002);
        fixAt(6, LAT, SHIP_LON + 0.003);
        fixAt(7, LAT, CLONE_LON + 0.003); // the clone's last fix
        for (long minutes = 10; minutes <= 66; minutes += 4) {
            fixAt(minutes, LAT, SHIP_LON + 0.003 + minutes * 0.0005);
        }
        assertThat(alerts)
                .as("still open at 66 minutes: the clone has been quiet for 59")
                .extracting(AlertEvent::type, AlertEvent::state)
                .containsExactly(
                        tuple(AlertType.POSITION_JUMP, AlertState.CLOSED),
                        tuple(AlertType.IDENTITY_CONFLICT, AlertState.OPEN));

        fixAt(70, LAT, SHIP_LON + 0.04);

        assertThat(alerts).hasSize(3);
        AlertEvent open = alerts.get(1);
        AlertEvent closed = alerts.get(2);
        assertThat(open.startTime()).as("the second track's first fix").isEqualTo(at(1));
        assertThat(open.lon()).isEqualTo(CLONE_LON + 0.001);
        assertThat(open.details()).containsEntry("distanceNm", "10.5");
        assertThat(closed.type()).isEqualTo(AlertType.IDENTITY_CONFLICT);
        assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
        assertThat(closed.alertId()).isEqualTo(open.alertId());
        assertThat(closed.startTime()).isEqualTo(at(1));
        assertThat(closed.endTime()).as("the second track's last fix").isEqualTo(at(7));
        assertThat(closed.lon()).isEqualTo(CLONE_LON + 0.003);
    }

    @Test
    void aConflictIsClosedByTheQuietCheckWithoutAnotherFix() {
        fixAt(0, LAT, SHIP_LON);
        fixAt(1, LAT, CLONE_LON);
        fixAt(2, LAT, SHIP_LON);
        fixAt(3, LAT, CLONE_LON);
        FeedSilences feed = new FeedSilences();
        assertThat(monitor.nextQuietCheck(track, feed, at(3))).isEqualTo(at(63));

        monitor.quiet(track, MMSI, at(62), feed, output);
        assertThat(alerts)
                .extracting(AlertEvent::type, AlertEvent::state)
                .containsExactly(
                        tuple(AlertType.POSITION_JUMP, AlertState.CLOSED),
                        tuple(AlertType.IDENTITY_CONFLICT, AlertState.OPEN));

        monitor.quiet(track, MMSI, at(63), feed, output);
        assertThat(alerts).hasSize(3);
        assertThat(alerts.get(2).state()).isEqualTo(AlertState.CLOSED);
        assertThat(alerts.get(2).endTime()).isEqualTo(at(3));
        assertThat(track.getConflictSince()).isEqualTo(VesselTrack.NONE);
    }

    @Test
    void aBadFirstFixIsLeftBehindWithoutAConflict() {
        fixAt(0, LAT, -30.0); // far off: the receiver's or the transponder's glitch
        fixAt(2, LAT, SHIP_LON);
        fixAt(4, LAT, SHIP_LON + 0.01);
        fixAt(6, LAT, SHIP_LON + 0.02);
        fixAt(8, LAT, SHIP_LON + 0.03);

        assertThat(alerts)
                .extracting(AlertEvent::type, AlertEvent::startTime)
                .containsExactly(tuple(AlertType.POSITION_JUMP, at(2)));
        assertThat(track.getLastTime()).isEqualTo(at(8));
        assertThat(track.getLastLon()).isEqualTo(SHIP_LON + 0.03);
        assertThat(track.getConflictSince()).isEqualTo(VesselTrack.NONE);
        // The way sailed starts at the first good fix, not at the bad one.
        assertThat(track.getOdometerMeters())
                .isCloseTo(
                        GeoMath.distanceMeters(LAT, SHIP_LON, LAT, SHIP_LON + 0.03),
                        org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void presenceInAPatrolZoneIsReportedAfterEachBatchAndBreaksOnALongSilence()
            throws ParseException {
        Zone sector =
                new Zone(
                        "sector",
                        null,
                        ZoneKind.PATROL,
                        new WKTReader()
                                .read(
                                        "POLYGON ((-26 -30, -24.9 -30, -24.9 -29, -26 -29, -26 -30))"),
                        List.of(),
                        Map.of());
        monitor =
                new VesselMonitor(
                        ZoneCatalogue.of("test", List.of(sector)),
                        new DetectorThresholds(SealaneConfig.defaults()));

        fixAt(0, LAT, -25.0);
        fixAt(10, LAT, -24.99);
        fixAt(20, LAT, -24.98);
        monitor.reportPresence(track, MMSI, output);
        fixAt(30, LAT, -24.97);
        fixAt(35, LAT, -20.0); // a position jump: not a fix inside
        monitor.reportPresence(track, MMSI, output);
        monitor.reportPresence(track, MMSI, output);
        fixAt(100, LAT, -24.96); // 70 minutes after the last: no presence between
        fixAt(130, LAT, -24.85); // outside
        fixAt(150, LAT, -24.95); // back inside, one fix, until the track is forgotten
        monitor.forget(track, MMSI, new FeedSilences(), output);

        assertThat(presence)
                .containsExactly("sector 0-20", "sector 20-30", "sector 100-100", "sector 150-150");
    }
}
