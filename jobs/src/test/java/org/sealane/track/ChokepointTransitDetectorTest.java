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
import org.sealane.model.AlertEvent;
import org.sealane.zones.Gate;
import org.sealane.zones.GateIndex;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/**
 * CHOKEPOINT_TRANSIT on a vessel's segments between good fixes: a strait running north with gates
 * at 10.1 N and 10.9 N, and one across the antimeridian with gates at 179.9 E and 179.9 W.
 */
class ChokepointTransitDetectorTest {

    private static final long MMSI = 235_000_111L;
    private static final long BEGINNING = Instant.parse("2024-03-01T06:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;

    private ChokepointTransitDetector detector;
    private VesselTrack track;
    private final List<AlertEvent> alerts = new ArrayList<>();
    private long lastTime;
    private double lastLat;
    private double lastLon;
    private boolean started;

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @BeforeEach
    void catalogue() {
        Zone strait =
                new Zone(
                        "strait",
                        "The Strait",
                        ZoneKind.CHOKEPOINT,
                        wkt("POLYGON ((50 10, 51 10, 51 11, 50 11, 50 10))"),
                        List.of(
                                new Gate("strait", "south", wkt("LINESTRING (50 10.1, 51 10.1)")),
                                new Gate("strait", "north", wkt("LINESTRING (50 10.9, 51 10.9)"))),
                        Map.of());
        Zone dateline =
                new Zone(
                        "dateline",
                        null,
                        ZoneKind.CHOKEPOINT,
                        wkt(
                                "MULTIPOLYGON (((179.5 -17, 180 -17, 180 -16, 179.5 -16, 179.5 -17)),"
                                        + " ((-180 -17, -179.5 -17, -179.5 -16, -180 -16, -180 -17)))"),
                        List.of(
                                new Gate(
                                        "dateline",
                                        "west",
                                        wkt("LINESTRING (179.9 -17, 179.9 -16)")),
                                new Gate(
                                        "dateline",
                                        "east",
                                        wkt("LINESTRING (-179.9 -17, -179.9 -16)"))),
                        Map.of());
        ZoneCatalogue catalogue = ZoneCatalogue.of("test", List.of(strait, dateline));
        detector =
                new ChokepointTransitDetector(
                        new GateIndex(catalogue), new AlertFactory(catalogue));
        track = new VesselTrack();
        alerts.clear();
        started = false;
    }

    /** The vessel's next good fix, {@code minutes} after the beginning. */
    private void fixAt(long minutes, double lat, double lon) {
        long time = BEGINNING + minutes * MINUTE;
        if (started) {
            double meters = GeoMath.distanceMeters(lastLat, lastLon, lat, lon);
            double odometer = track.getOdometerMeters();
            detector.apply(
                    track,
                    MMSI,
                    lastTime,
                    lastLat,
                    lastLon,
                    time,
                    lat,
                    lon,
                    odometer,
                    meters,
                    alerts::add);
            track.setOdometerMeters(odometer + meters);
        }
        started = true;
        lastTime = time;
        lastLat = lat;
        lastLon = lon;
    }

    @Test
    void northboundTransitHasItsDirectionDurationDistanceAndMeanSpeed() {
        fixAt(0, 10.0, 50.5);
        fixAt(60, 10.5, 50.5);
        fixAt(120, 11.0, 50.5);

        assertThat(alerts)
                .singleElement()
                .satisfies(
                        transit -> {
                            assertThat(transit.type()).isEqualTo(AlertType.CHOKEPOINT_TRANSIT);
                            assertThat(transit.state()).isEqualTo(AlertState.CLOSED);
                            assertThat(transit.zoneId()).isEqualTo("strait");
                            assertThat(transit.zoneName()).isEqualTo("The Strait");
                            assertThat(transit.direction()).isEqualTo("south->north");
                            // Crossings interpolated: 10.1 N a fifth into the first hour, 10.9 N
                            // 4/5 into the second.
                            assertThat(transit.startTime()).isEqualTo(BEGINNING + 12 * MINUTE);
                            assertThat(transit.endTime()).isEqualTo(BEGINNING + 108 * MINUTE);
                            assertThat(transit.lat())
                                    .isEqualTo(10.9, org.assertj.core.api.Assertions.within(1e-9));
                            // 0.8 degrees of latitude: 88,956 m = 48.0 nm in 96 minutes.
                            assertThat(transit.details())
                                    .containsEntry("durationMinutes", "96.0")
                                    .containsEntry("distanceNm", "48.0")
                                    .containsEntry("meanSpeedKn", "30.0");
                        });
    }

    @Test
    void southboundTransitIsNorthToSouth() {
        fixAt(0, 11.0, 50.4);
        fixAt(90, 10.5, 50.5);
        fixAt(180, 10.0, 50.6);

        assertThat(alerts).extracting(AlertEvent::direction).containsExactly("north->south");
    }

    @Test
    void enteringAndLeavingByTheSameGateIsNoTransit() {
        fixAt(0, 10.0, 50.5);
        fixAt(60, 10.5, 50.5);
        fixAt(120, 10.0, 50.6);
        fixAt(180, 9.5, 50.6);

        assertThat(alerts).isEmpty();
    }

    @Test
    void aVesselThatTurnsRoundAfterATransitTransitsBack() {
        fixAt(0, 10.0, 50.5);
        fixAt(120, 11.0, 50.5);
        fixAt(240, 10.0, 50.5);

        assertThat(alerts)
                .extracting(AlertEvent::direction, a -> a.startTime() - BEGINNING)
                .containsExactly(
                        tuple("south->north", 12 * MINUTE), tuple("north->south", 132 * MINUTE));
    }

    @Test
    void aSparseTrackWhoseOneSegmentJumpsOverBothGatesStillTransits() {
        fixAt(0, 9.9, 50.5);
        fixAt(120, 11.1, 50.5); // one satellite fix two hours later, beyond the far gate

        assertThat(alerts)
                .singleElement()
                .satisfies(
                        transit -> {
                            assertThat(transit.direction()).isEqualTo("south->north");
                            // 10.1 N is 1/6 of the way, 10.9 N 5/6.
                            assertThat(transit.startTime()).isEqualTo(BEGINNING + 20 * MINUTE);
                            assertThat(transit.endTime()).isEqualTo(BEGINNING + 100 * MINUTE);
                            assertThat(transit.details())
                                    .containsEntry("durationMinutes", "80.0")
                                    .containsEntry("distanceNm", "48.0")
                                    .containsEntry("meanSpeedKn", "36.0");
                        });
    }

    @Test
    void aChokepointAcrossTheAntimeridianCountsTransitsBothWays() {
        fixAt(0, -16.5, 179.8);
        fixAt(30, -16.5, 179.95);
        fixAt(60, -16.5, -179.95); // over 180
        fixAt(90, -16.5, -179.8);
        assertThat(alerts)
                .singleElement()
                .satisfies(
                        transit -> {
                            assertThat(transit.direction()).isEqualTo("west->east");
                            assertThat(transit.startTime()).isEqualTo(BEGINNING + 20 * MINUTE);
                            assertThat(transit.endTime()).isEqualTo(BEGINNING + 70 * MINUTE);
                            assertThat(transit.lon())
                                    .isEqualTo(
                                            -179.9, org.assertj.core.api.Assertions.within(1e-9));
                        });

        // Straight back in one segment that jumps over both gates and the antimeridian.
        fixAt(150, -16.5, 179.8);
        assertThat(alerts)
                .extracting(AlertEvent::direction)
                .containsExactly("west->east", "east->west");
        assertThat(alerts.get(1).startTime()).isEqualTo(BEGINNING + 105 * MINUTE);
        assertThat(alerts.get(1).endTime()).isEqualTo(BEGINNING + 135 * MINUTE);
    }

    @Test
    void aFixExactlyOnAGateCountsOnce() {
        fixAt(0, 10.0, 50.5);
        fixAt(10, 10.1, 50.5); // on the south gate
        fixAt(20, 10.3, 50.5);
        fixAt(30, 10.1, 50.5); // back on it
        fixAt(40, 10.3, 50.5);
        fixAt(100, 11.0, 50.5);

        assertThat(alerts)
                .singleElement()
                .satisfies(
                        transit -> {
                            assertThat(transit.direction()).isEqualTo("south->north");
                            // The last crossing of the south gate was the fix at minute 30, on it.
                            assertThat(transit.startTime()).isEqualTo(BEGINNING + 30 * MINUTE);
                            // 10.9 N is 6/7 of the way from 10.3 N to 11.0 N, in the hour after
                            // minute 40.
                            assertThat(transit.endTime())
                                    .isEqualTo(BEGINNING + 40 * MINUTE + 3_085_714);
                        });
        assertThat(track.getCrossings())
                .singleElement()
                .satisfies(
                        crossing -> {
                            assertThat(crossing.getEnd()).isEqualTo("north");
                        });
    }
}
