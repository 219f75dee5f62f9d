package org.sealane.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * A zone catalogue replaced while a vessel sails the southern Red Sea, eastbound along 13 N at 14
 * kn: every change is judged from the vessel's next fix on, and its zone visits stay coherent (no
 * exit from a zone that was removed, entries and exits the vessel did not make marked as such).
 */
class VesselMonitorCatalogueChangeTest {

    private static final long MMSI = 636_019_825L;
    private static final long BEGINNING = Instant.parse("2025-06-01T06:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final double LAT = 13.0;

    private static final String RED_SEA = "POLYGON ((42 12, 44 12, 44 14, 42 14, 42 12))";
    private static final String RED_SEA_EAST_HALF = "POLYGON ((43 12, 44 12, 44 14, 43 14, 43 12))";

    private final VesselTrack track = new VesselTrack();
    private final List<AlertEvent> alerts = new ArrayList<>();
    private final VesselMonitor.Output output =
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
            };

    private static Zone zone(String id, String wkt, Map<String, Double> thresholds)
            throws ParseException {
        return new Zone(
                id, null, ZoneKind.PATROL, new WKTReader().read(wkt), List.of(), thresholds);
    }

    private static ZoneCatalogue catalogue(Zone... zones) {
        return ZoneCatalogue.of("test", List.of(zones));
    }

    private static ZoneCatalogue farAway() throws ParseException {
        return catalogue(
                zone(
                        "south-atlantic",
                        "POLYGON ((-26 -30, -24 -30, -24 -28, -26 -28, -26 -30))",
                        Map.of()));
    }

    private static ZoneCatalogue redSea(String wkt, Map<String, Double> thresholds)
            throws ParseException {
        return catalogue(zone("red-sea-south", wkt, thresholds));
    }

    /** A fix at 14 kn; the vessel makes about 0.04 degrees of longitude in ten minutes. */
    private void fixAt(VesselMonitor monitor, long minutes, double lon) {
        monitor.apply(
                track,
                new PositionReport(
                        MMSI,
                        BEGINNING + minutes * MINUTE,
                        LAT,
                        lon,
                        14.0,
                        90,
                        90,
                        -1,
                        1,
                        minutes,
                        1),
                new FeedSilences(),
                output);
    }

    private static VesselMonitor monitor(ZoneCatalogue catalogue) {
        return new VesselMonitor(catalogue, new DetectorThresholds(SealaneConfig.defaults()));
    }

    @Test
    void aZoneAddedAroundAVesselIsEnteredAtItsNextFixAsRedrawn() throws Exception {
        VesselMonitor monitor = monitor(farAway());
        fixAt(monitor, 0, 42.50);
        fixAt(monitor, 10, 42.54);
        assertThat(alerts).isEmpty();

        monitor.useCatalogue(redSea(RED_SEA, Map.of()));
        fixAt(monitor, 20, 42.58);

        assertThat(alerts)
                .extracting(AlertEvent::type, AlertEvent::zoneId, a -> a.startTime() - BEGINNING)
                .containsExactly(tuple(AlertType.ZONE_ENTRY, "red-sea-south", 20 * MINUTE));
        assertThat(alerts.get(0).details())
                .containsEntry("zoneRedrawn", "true")
                .containsEntry("previousFixTime", "2025-06-01T06:10:00Z");
    }

    @Test
    void aRemovedZoneIsNotExitedAndItsOpenSpeedingClosesAtTheNextFix() throws Exception {
        VesselMonitor monitor = monitor(redSea(RED_SEA, Map.of("maxSpeedKn", 10.0)));
        fixAt(monitor, 0, 42.50);
        assertThat(alerts)
                .extracting(AlertEvent::type, AlertEvent::state)
                .containsExactly(
                        tuple(AlertType.ZONE_ENTRY, AlertState.CLOSED),
                        tuple(AlertType.SPEED_ANOMALY, AlertState.OPEN));
        alerts.clear();

        monitor.useCatalogue(farAway());
        fixAt(monitor, 10, 42.54);
        fixAt(monitor, 20, 42.58);

        assertThat(alerts)
                .extracting(AlertEvent::type, AlertEvent::state, a -> a.endTime() - BEGINNING)
                .containsExactly(tuple(AlertType.SPEED_ANOMALY, AlertState.CLOSED, 10 * MINUTE));
        assertThat(alerts.get(0).details())
                .containsEntry("zoneRemoved", "true")
                .containsEntry("limitKn", "10.0");
        assertThat(track.getVisits()).isEmpty();
    }

    @Test
    void aSpeedLimitSetOnTheZoneAVesselIsInCountsFromItsNextFix() throws Exception {
        VesselMonitor monitor = monitor(redSea(RED_SEA, Map.of()));
        fixAt(monitor, 0, 42.50);
        fixAt(monitor, 10, 42.54);
        assertThat(alerts).extracting(AlertEvent::type).containsExactly(AlertType.ZONE_ENTRY);
        alerts.clear();

        monitor.useCatalogue(redSea(RED_SEA, Map.of("maxSpeedKn", 12.0)));
        fixAt(monitor, 20, 42.58);

        assertThat(alerts)
                .extracting(AlertEvent::type, AlertEvent::state, a -> a.startTime() - BEGINNING)
                .containsExactly(tuple(AlertType.SPEED_ANOMALY, AlertState.OPEN, 20 * MINUTE));
        assertThat(alerts.get(0).details()).containsEntry("limitKn", "12.0");
    }

    @Test
    void aCatalogueWideThresholdCountsFromTheNextFixUntilACatalogueWithoutItComes() {
        String catalogue =
                "{\"type\":\"FeatureCollection\",%s\"features\":[{\"type\":\"Feature\","
                        + "\"properties\":{\"id\":\"south-atlantic\",\"kind\":\"patrol\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                        + "[[[-26,-30],[-24,-30],[-24,-28],[-26,-28],[-26,-30]]]}}]}";
        VesselMonitor monitor = monitor(ZoneCatalogue.parse(catalogue.formatted(""), "start"));
        fixAt(monitor, 0, 42.50);
        fixAt(monitor, 10, 42.54);
        assertThat(alerts).isEmpty();

        // 14 kn is a jump for a track limit of 10 kn, from the next fix on.
        monitor.useCatalogue(
                ZoneCatalogue.parse(
                        catalogue.formatted("\"thresholds\":{\"track.max-speed-kn\":10},"),
                        "published"));
        fixAt(monitor, 20, 42.58);
        assertThat(alerts)
                .extracting(AlertEvent::type, a -> a.startTime() - BEGINNING)
                .containsExactly(tuple(AlertType.POSITION_JUMP, 20 * MINUTE));
        alerts.clear();

        // Without the setting, the configured 50 kn limit is back.
        monitor.useCatalogue(ZoneCatalogue.parse(catalogue.formatted(""), "published again"));
        fixAt(monitor, 30, 42.62);
        assertThat(alerts).isEmpty();
        assertThat(track.getLastTime() - BEGINNING).isEqualTo(30 * MINUTE);
    }

    @Test
    void aZoneRedrawnAwayFromAVesselIsLeftAsRedrawnAndAWayOutLaterIsAPlainExit() throws Exception {
        VesselMonitor monitor = monitor(redSea(RED_SEA, Map.of()));
        fixAt(monitor, 0, 42.50);
        alerts.clear();

        monitor.useCatalogue(redSea(RED_SEA_EAST_HALF, Map.of()));
        fixAt(monitor, 10, 42.54);
        assertThat(alerts).extracting(AlertEvent::type).containsExactly(AlertType.ZONE_EXIT);
        assertThat(alerts.get(0).details()).containsEntry("zoneRedrawn", "true");
        alerts.clear();

        // Sailing on east, the vessel crosses the new western edge at 43 E, in and then out.
        fixAt(monitor, 130, 42.98);
        fixAt(monitor, 140, 43.02);
        monitor.useCatalogue(redSea(RED_SEA_EAST_HALF, Map.of()));
        fixAt(monitor, 150, 42.99);
        assertThat(alerts)
                .extracting(AlertEvent::type)
                .containsExactly(AlertType.ZONE_ENTRY, AlertType.ZONE_EXIT);
        assertThat(alerts)
                .allSatisfy(a -> assertThat(a.details()).doesNotContainKey("zoneRedrawn"));
    }
}
