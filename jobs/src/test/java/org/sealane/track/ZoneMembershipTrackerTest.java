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
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneIndex;
import org.sealane.zones.ZoneKind;

/** A vessel sailing east along the Singapore Strait, through two overlapping zones. */
class ZoneMembershipTrackerTest {

    private static final long MMSI = 563_012_345L;
    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final long TEN_MINUTES = 600_000;

    private static Zone zone(String id, String name, String wkt) {
        try {
            return new Zone(
                    id, name, ZoneKind.CHOKEPOINT, new WKTReader().read(wkt), List.of(), Map.of());
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private final ZoneCatalogue catalogue =
            ZoneCatalogue.of(
                    "test",
                    List.of(
                            zone(
                                    "singapore-west",
                                    "Singapore Strait (west)",
                                    "POLYGON ((103.5 1.0, 104.0 1.0, 104.0 1.4, 103.5 1.4, 103.5 1.0))"),
                            zone(
                                    "singapore-east",
                                    "Singapore Strait (east)",
                                    "POLYGON ((103.9 1.0, 104.4 1.0, 104.4 1.4, 103.9 1.4, 103.9 1.0))")));
    private final ZoneIndex index = new ZoneIndex(catalogue);
    private final ZoneMembershipTracker tracker =
            new ZoneMembershipTracker(new AlertFactory(catalogue));
    private final VesselTrack track = new VesselTrack();
    private final List<AlertEvent> alerts = new ArrayList<>();
    private long previousFix = PositionReport.UNKNOWN_TIME;

    private void sailTo(int step, double lon) {
        long time = NOON.toEpochMilli() + step * TEN_MINUTES;
        PositionReport fix =
                new PositionReport(MMSI, time, 1.2, lon, 12.5, 90.0, 90, 0, 1, step, 1);
        tracker.apply(
                track,
                fix,
                previousFix,
                index.zonesAt(fix.lat(), fix.lon()),
                null,
                visit -> {},
                alerts::add);
        previousFix = time;
    }

    @Test
    void entersAndLeavesEachZoneOnceInOrder() {
        sailTo(0, 103.3); // west of both
        sailTo(1, 103.6); // west zone
        sailTo(2, 103.95); // overlap
        sailTo(3, 104.2); // east zone only
        sailTo(4, 104.6); // beyond both

        assertThat(alerts)
                .extracting(
                        AlertEvent::type,
                        AlertEvent::zoneId,
                        a -> Instant.ofEpochMilli(a.startTime()))
                .containsExactly(
                        tuple(AlertType.ZONE_ENTRY, "singapore-west", NOON.plusSeconds(600)),
                        tuple(AlertType.ZONE_ENTRY, "singapore-east", NOON.plusSeconds(1200)),
                        tuple(AlertType.ZONE_EXIT, "singapore-west", NOON.plusSeconds(1800)),
                        tuple(AlertType.ZONE_EXIT, "singapore-east", NOON.plusSeconds(2400)));
        assertThat(alerts)
                .allSatisfy(
                        a -> {
                            assertThat(a.state()).isEqualTo(AlertState.CLOSED);
                            assertThat(a.endTime()).isEqualTo(a.startTime());
                            assertThat(a.mmsi()).isEqualTo(MMSI);
                        });
        AlertEvent westExit = alerts.get(2);
        assertThat(westExit.zoneName()).isEqualTo("Singapore Strait (west)");
        assertThat(westExit.details())
                .containsEntry("enteredTime", "2025-03-01T12:10:00Z")
                .containsEntry("lastFixInsideTime", "2025-03-01T12:20:00Z")
                .containsEntry("minutesInside", "10.0")
                .containsEntry("speedKn", "12.5");
        assertThat(track.getVisits()).isEmpty();
    }

    @Test
    void firstFixInsideAZoneIsAnEntryMarkedAsSuch() {
        sailTo(0, 103.6);

        assertThat(alerts)
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.type()).isEqualTo(AlertType.ZONE_ENTRY);
                            assertThat(a.details()).containsEntry("firstFixOfTrack", "true");
                        });
    }

    @Test
    void staysInsideWithoutNewAlerts() {
        sailTo(0, 103.6);
        sailTo(1, 103.65);
        sailTo(2, 103.7);

        assertThat(alerts).hasSize(1);
    }

    @Test
    void alertIdsAreDeterministic() {
        sailTo(0, 103.3);
        sailTo(1, 103.6);
        String first = alerts.get(0).alertId();

        assertThat(first)
                .isEqualTo(
                        AlertEvent.idFor(
                                AlertType.ZONE_ENTRY,
                                MMSI,
                                "singapore-west",
                                NOON.toEpochMilli() + TEN_MINUTES))
                .isNotEqualTo(
                        AlertEvent.idFor(
                                AlertType.ZONE_EXIT,
                                MMSI,
                                "singapore-west",
                                NOON.toEpochMilli() + TEN_MINUTES));
    }
}
