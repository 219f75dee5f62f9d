package org.sealane.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

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
 * LOITERING, through the vessel monitor so that zones and ports decide where it is watched: zones
 * in the open South Atlantic, far from any bundled harbour.
 */
class LoiteringDetectorTest {

    private static final long MMSI = 412_000_333L;
    private static final long BEGINNING = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    private VesselMonitor monitor;
    private VesselTrack track;
    private final List<AlertEvent> alerts = new ArrayList<>();

    private static Zone zone(String id, ZoneKind kind, String wkt, Map<String, Double> thresholds) {
        try {
            return new Zone(id, null, kind, new WKTReader().read(wkt), List.of(), thresholds);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @BeforeEach
    void monitor() {
        ZoneCatalogue catalogue =
                ZoneCatalogue.of(
                        "test",
                        List.of(
                                zone(
                                        "patrol",
                                        ZoneKind.PATROL,
                                        "POLYGON ((-20 -30, -19 -30, -19 -29, -20 -29, -20 -30))",
                                        Map.of()),
                                zone(
                                        "anchorage",
                                        ZoneKind.PORT,
                                        "POLYGON ((-19.3 -29.3, -19.1 -29.3, -19.1 -29.1, -19.3 -29.1, -19.3 -29.3))",
                                        Map.of()),
                                zone(
                                        "watched",
                                        ZoneKind.WATCH,
                                        "POLYGON ((-22 -30, -21 -30, -21 -29, -22 -29, -22 -30))",
                                        Map.of()),
                                zone(
                                        "strait",
                                        ZoneKind.CHOKEPOINT,
                                        "POLYGON ((-24 -30, -23 -30, -23 -29, -24 -29, -24 -30))",
                                        Map.of("loiterMinutes", 30.0))));
        monitor = new VesselMonitor(catalogue, new DetectorThresholds(SealaneConfig.defaults()));
        track = new VesselTrack();
        alerts.clear();
    }

    private void fixAt(long minutes, double lat, double lon, double speedKn) {
        PositionReport fix =
                new PositionReport(
                        MMSI,
                        BEGINNING + minutes * MINUTE,
                        lat,
                        lon,
                        speedKn,
                        90,
                        -1,
                        -1,
                        1,
                        minutes,
                        1);
        monitor.apply(
                track,
                fix,
                new FeedSilences(),
                new VesselMonitor.Output() {
                    @Override
                    public void accept(AlertEvent alert) {
                        alerts.add(alert);
                    }

                    @Override
                    public void sighting(EncounterSighting sighting) {}

                    @Override
                    public void presence(String zoneId, long mmsi, long from, long to) {}

                    @Override
                    public void duplicate(int lines) {}
                });
    }

    /** Slow fixes every half hour from {@code from} to {@code to} minutes, drifting east. */
    private void driftSlowly(long from, long to, double lat, double lon) {
        for (long minutes = from; minutes <= to; minutes += 30) {
            fixAt(minutes, lat, lon + minutes * 0.0001, 0.5 + minutes / 1000.0);
        }
    }

    private List<AlertEvent> loitering() {
        return alerts.stream().filter(a -> a.type() == AlertType.LOITERING).toList();
    }

    @Test
    void opensAtTheThresholdFromTheFirstSlowFixAndClosesOnAFastFix() {
        fixAt(-30, -29.6, -19.7, 11.0); // under way
        driftSlowly(0, 90, -29.6, -19.6);
        assertThat(loitering()).as("1.5 h slow").isEmpty();

        driftSlowly(120, 150, -29.6, -19.6);
        assertThat(loitering())
                .singleElement()
                .satisfies(
                        open -> {
                            assertThat(open.state()).isEqualTo(AlertState.OPEN);
                            assertThat(open.zoneId()).isEqualTo("patrol");
                            assertThat(open.startTime()).isEqualTo(BEGINNING);
                            assertThat(open.lon())
                                    .as("the fix that reached 2 h")
                                    .isCloseTo(-19.588, within(1e-9));
                            assertThat(open.details())
                                    .containsEntry("minutes", "120.0")
                                    .containsEntry("maxSpeedKn", "0.6");
                        });

        fixAt(170, -29.6, -19.55, 9.0);
        assertThat(loitering()).hasSize(2);
        AlertEvent closed = loitering().get(1);
        assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
        assertThat(closed.alertId()).isEqualTo(loitering().get(0).alertId());
        assertThat(closed.startTime()).isEqualTo(BEGINNING);
        assertThat(closed.endTime()).isEqualTo(BEGINNING + 170 * MINUTE);
        assertThat(closed.details()).containsEntry("minutes", "170.0");
    }

    @Test
    void closesWhenTheVesselLeavesTheZone() {
        driftSlowly(0, 120, -29.05, -19.6);
        fixAt(140, -28.98, -19.58, 1.0); // just north of the zone, still slow

        assertThat(loitering())
                .extracting(AlertEvent::state, AlertEvent::endTime)
                .containsExactly(
                        tuple(AlertState.OPEN, PositionReport.UNKNOWN_TIME),
                        tuple(AlertState.CLOSED, BEGINNING + 140 * MINUTE));
    }

    @Test
    void closesWhenTheVesselEntersAPortZoneAndNeverLoitersThere() {
        driftSlowly(0, 120, -29.35, -19.2);
        fixAt(140, -29.25, -19.2, 1.0); // into the anchorage
        driftSlowly(160, 400, -29.25, -19.2);

        assertThat(loitering())
                .extracting(AlertEvent::state, AlertEvent::endTime)
                .containsExactly(
                        tuple(AlertState.OPEN, PositionReport.UNKNOWN_TIME),
                        tuple(AlertState.CLOSED, BEGINNING + 140 * MINUTE));
    }

    @Test
    void aSilenceDoesNotEndTheRun() {
        fixAt(0, -29.6, -19.6, 0.3);
        fixAt(130, -29.6, -19.61, 0.4); // nothing heard in between

        assertThat(loitering())
                .singleElement()
                .extracting(AlertEvent::startTime)
                .isEqualTo(BEGINNING);
    }

    @Test
    void isNotWatchedInWatchZonesNorInTheOpenSea() {
        driftSlowly(0, 300, -29.5, -21.5);
        driftSlowly(600, 900, -29.5, -20.5); // between the zones

        assertThat(loitering()).isEmpty();
    }

    @Test
    void aZoneCanSetItsOwnLoiteringTime() {
        driftSlowly(0, 60, -29.5, -23.5);

        assertThat(loitering())
                .extracting(
                        AlertEvent::zoneId, AlertEvent::startTime, a -> a.details().get("minutes"))
                .containsExactly(tuple("strait", BEGINNING, "30.0"));
    }
}
