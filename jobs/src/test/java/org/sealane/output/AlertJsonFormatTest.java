package org.sealane.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.model.AlertEvent;

/** The order of alerts.jsonl: as an analyst reads it, from the top. */
class AlertJsonFormatTest {

    private static final long DARK_SHIP = 636_019_825L;
    private static final long DAWN = Instant.parse("2025-06-09T05:00:00Z").toEpochMilli();

    private static AlertEvent gap(AlertState state, long start, long end) {
        return new AlertEvent(
                AlertEvent.idFor(AlertType.AIS_GAP, DARK_SHIP, "hormuz-strait", start),
                AlertType.AIS_GAP,
                state,
                Severity.WARNING,
                DARK_SHIP,
                AlertEvent.NO_OTHER_VESSEL,
                "hormuz-strait",
                "Strait of Hormuz",
                start,
                end,
                26.5,
                56.4,
                null,
                Map.of());
    }

    @Test
    void aDurationAlertIsOpenedBeforeItIsClosedAndAlertsFollowTheirStartTimes() {
        AlertJsonFormat format = new AlertJsonFormat();
        AlertEvent closed = gap(AlertState.CLOSED, DAWN, DAWN + 7_200_000);
        AlertEvent opened = gap(AlertState.OPEN, DAWN, Long.MIN_VALUE);
        AlertEvent earlier = gap(AlertState.OPEN, DAWN - 60_000, Long.MIN_VALUE);

        List<AlertEvent> sorted =
                List.of(closed, opened, earlier).stream()
                        .sorted(Comparator.comparing(format::sortKey))
                        .toList();

        assertThat(sorted).containsExactly(earlier, opened, closed);
    }
}
