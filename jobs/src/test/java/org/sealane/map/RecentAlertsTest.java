package org.sealane.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.model.AlertEvent;
import org.sealane.track.AlertFactory;
import org.sealane.zones.ZoneCatalogue;

/** What the live map holds: the last hours of alerts, each in its latest state. */
class RecentAlertsTest {

    private static final long NOON = Instant.parse("2025-06-01T12:00:00Z").toEpochMilli();
    private static final long ONE_HOUR = Duration.ofHours(1).toMillis();
    private static final long FIVE_HOURS_LATER = NOON + 5 * ONE_HOUR;
    private static final long SEVEN_HOURS_LATER = NOON + 7 * ONE_HOUR;

    private static final AlertFactory ALERTS =
            new AlertFactory(ZoneCatalogue.of("test", List.of()));

    private final RecentAlerts recent = new RecentAlerts(Duration.ofHours(6), 1000);

    @Test
    void alertsLeaveWhenTheNewestIsMoreThanTheWindowLater() {
        recent.add(entry(366000001, "bab-el-mandeb", NOON));
        recent.add(entry(366000002, "bab-el-mandeb", FIVE_HOURS_LATER));
        assertThat(mmsis(recent.snapshot().alerts())).containsExactly(366000001L, 366000002L);

        recent.add(entry(366000003, "hormuz-strait", SEVEN_HOURS_LATER));

        assertThat(mmsis(recent.snapshot().alerts())).containsExactly(366000002L, 366000003L);
        // Too old on arrival: not taken in at all.
        assertThat(recent.add(entry(366000004, "hormuz-strait", NOON))).isNull();
        assertThat(recent.snapshot().alerts()).hasSize(2);
    }

    @Test
    void aClosedAlertReplacesItsOpenOneAndLeavesTheOpenList() {
        AlertEvent open = loitering(NOON, null);
        recent.add(entry(366000001, "bab-el-mandeb", NOON));
        recent.add(open);
        assertThat(recent.open()).extracting(MapAlert::alertId).containsExactly(open.alertId());

        recent.add(loitering(NOON, FIVE_HOURS_LATER));

        assertThat(recent.open()).isEmpty();
        List<MapAlert> held = recent.snapshot().alerts();
        assertThat(held).hasSize(2);
        MapAlert closed = held.get(1);
        assertThat(closed.alertId()).isEqualTo(open.alertId());
        assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
        assertThat(closed.time())
                .as("a closed alert's time is its end")
                .isEqualTo(FIVE_HOURS_LATER);
        assertThat(closed.json())
                .contains("\"state\":\"CLOSED\"")
                .contains("\"endTime\":\"2025-06-01T17:00:00Z\"");
    }

    @Test
    void anOpenStateAfterTheClosedOneDoesNotReopenTheAlert() {
        recent.add(loitering(NOON, FIVE_HOURS_LATER));

        assertThat(recent.add(loitering(NOON, null))).isNull();

        assertThat(recent.open()).isEmpty();
        assertThat(recent.snapshot().alerts())
                .extracting(MapAlert::state)
                .containsExactly(AlertState.CLOSED);
    }

    @Test
    void aPageThatSawUpToASequenceNumberGetsEveryLaterStateOnce() {
        recent.add(entry(366000001, "bab-el-mandeb", NOON));
        long seen = recent.add(loitering(NOON, null)).sequence();
        recent.add(entry(366000002, "bab-el-mandeb", NOON + ONE_HOUR));
        recent.add(loitering(NOON, FIVE_HOURS_LATER));

        RecentAlerts.Snapshot missed = recent.after(seen);

        assertThat(missed.alerts())
                .extracting(MapAlert::json)
                .satisfiesExactly(
                        first -> assertThat(first).contains("\"mmsi\":366000002"),
                        second -> assertThat(second).contains("LOITERING").contains("CLOSED"));
        assertThat(missed.sequence()).isEqualTo(recent.sequence());
        assertThat(recent.after(missed.sequence()).alerts()).isEmpty();
        // A number from before the map was restarted: everything, as to a new page.
        assertThat(recent.after(recent.sequence() + 100).alerts()).hasSize(3);
    }

    @Test
    void atMostTheCapacityIsHeldTheOldestLeavingFirst() {
        RecentAlerts small = new RecentAlerts(Duration.ofHours(6), 2);
        small.add(entry(366000001, "bab-el-mandeb", NOON + 2 * ONE_HOUR));
        small.add(entry(366000002, "bab-el-mandeb", NOON));
        small.add(entry(366000003, "bab-el-mandeb", NOON + ONE_HOUR));

        assertThat(mmsis(small.snapshot().alerts())).containsExactly(366000001L, 366000003L);
    }

    @Test
    void aWaitingPageWakesWhenAnAlertComes() throws Exception {
        long seen = recent.sequence();
        CompletableFuture<RecentAlerts.Snapshot> waiting =
                CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return recent.awaitAfter(seen, Duration.ofSeconds(30));
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        });
        recent.add(entry(366000001, "bab-el-mandeb", NOON));

        assertThat(waiting.get(10, TimeUnit.SECONDS).alerts()).hasSize(1);
        assertThat(recent.awaitAfter(recent.sequence(), Duration.ofMillis(50)).alerts()).isEmpty();
    }

    private static AlertEvent entry(long mmsi, String zone, long time) {
        return ALERTS.instant(
                AlertType.ZONE_ENTRY,
                Severity.INFO,
                mmsi,
                zone,
                time,
                12.6,
                43.3,
                AlertFactory.details());
    }

    /** The loitering of one vessel that began at noon: open (end null) or closed. */
    private static AlertEvent loitering(long start, Long end) {
        return end == null
                ? ALERTS.open(
                        AlertType.LOITERING,
                        Severity.WARNING,
                        477000001,
                        AlertEvent.NO_OTHER_VESSEL,
                        "bab-el-mandeb",
                        start,
                        12.6,
                        43.3,
                        AlertFactory.details())
                : ALERTS.closed(
                        AlertType.LOITERING,
                        Severity.WARNING,
                        477000001,
                        AlertEvent.NO_OTHER_VESSEL,
                        "bab-el-mandeb",
                        start,
                        end,
                        12.6,
                        43.3,
                        null,
                        AlertFactory.details());
    }

    private static List<Long> mmsis(List<MapAlert> alerts) {
        return alerts.stream()
                .map(a -> Long.parseLong(a.json().replaceAll(".*\"mmsi\":(\\d+).*", "$1")))
                .toList();
    }
}
