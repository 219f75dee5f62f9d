package org.sealane.track;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/** SPEED_ANOMALY: only where a zone sets {@code maxSpeedKn}; its OPEN and CLOSED share an id. */
class SpeedLimitDetectorTest {

    private static final long MMSI = 622_000_444L;
    private static final long BEGINNING = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    private static final Zone CANAL = zone("canal", Map.of("maxSpeedKn", 8.6));
    private static final Zone STRAIT = zone("strait", Map.of());

    private SpeedLimitDetector detector;
    private final List<AlertEvent> alerts = new ArrayList<>();

    private static Zone zone(String id, Map<String, Double> thresholds) {
        try {
            return new Zone(
                    id,
                    id + " zone",
                    ZoneKind.CHOKEPOINT,
                    new WKTReader()
                            .read(
                                    "POLYGON ((32.2 29.9, 32.7 29.9, 32.7 31.3, 32.2 31.3, 32.2 29.9))"),
                    List.of(),
                    thresholds);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @BeforeEach
    void detector() {
        detector =
                new SpeedLimitDetector(
                        new AlertFactory(ZoneCatalogue.of("test", List.of(CANAL, STRAIT))));
        alerts.clear();
    }

    private static PositionReport fixAt(long minutes, double speedKn) {
        return new PositionReport(
                MMSI, BEGINNING + minutes * MINUTE, 30.5, 32.33, speedKn, 0, -1, -1, 1, minutes, 1);
    }

    private void sail(ZoneVisit visit, Zone zone, long minutes, double speedKn) {
        detector.apply(visit, zone, fixAt(minutes, speedKn), speedKn, alerts::add);
    }

    @Test
    void opensAtTheFirstFastFixAndClosesBackUnderTheLimitWithTheSameId() {
        ZoneVisit visit = ZoneVisit.entered("canal", BEGINNING);
        sail(visit, CANAL, 0, 8.0);
        sail(visit, CANAL, 5, 8.6); // at the limit is not over it
        sail(visit, CANAL, 10, 9.5);
        sail(visit, CANAL, 15, 11.2);
        sail(visit, CANAL, 20, Double.NaN); // unknown speed changes nothing
        sail(visit, CANAL, 25, 10.0);
        sail(visit, CANAL, 30, 8.1);
        sail(visit, CANAL, 35, 7.9);

        assertThat(alerts).hasSize(2);
        AlertEvent open = alerts.get(0);
        AlertEvent closed = alerts.get(1);
        assertThat(open.type()).isEqualTo(AlertType.SPEED_ANOMALY);
        assertThat(open.state()).isEqualTo(AlertState.OPEN);
        assertThat(open.startTime()).isEqualTo(BEGINNING + 10 * MINUTE);
        assertThat(open.zoneName()).isEqualTo("canal zone");
        assertThat(open.details())
                .containsEntry("limitKn", "8.6")
                .containsEntry("maxSpeedKn", "9.5");
        assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
        assertThat(closed.alertId()).isEqualTo(open.alertId());
        assertThat(closed.startTime()).isEqualTo(BEGINNING + 10 * MINUTE);
        assertThat(closed.endTime()).isEqualTo(BEGINNING + 30 * MINUTE);
        assertThat(closed.details()).containsEntry("maxSpeedKn", "11.2");
    }

    @Test
    void leavingTheZoneClosesTheRun() {
        ZoneVisit visit = ZoneVisit.entered("canal", BEGINNING);
        sail(visit, CANAL, 0, 12.0);
        detector.end(visit, CANAL, fixAt(10, 12.0), alerts::add);
        detector.end(visit, CANAL, fixAt(20, 12.0), alerts::add);

        assertThat(alerts)
                .extracting(AlertEvent::state, AlertEvent::endTime)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(
                                AlertState.OPEN, PositionReport.UNKNOWN_TIME),
                        org.assertj.core.api.Assertions.tuple(
                                AlertState.CLOSED, BEGINNING + 10 * MINUTE));
    }

    @Test
    void aZoneWithoutALimitIsNotWatched() {
        ZoneVisit visit = ZoneVisit.entered("strait", BEGINNING);
        sail(visit, STRAIT, 0, 25.0);
        sail(visit, STRAIT, 10, 30.0);
        detector.end(visit, STRAIT, fixAt(20, 30.0), alerts::add);

        assertThat(alerts).isEmpty();
    }
}
