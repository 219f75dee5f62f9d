package org.sealane.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sealane.model.PositionReport;

class TrackThinningTest {

    private static final long NOON = Instant.parse("2025-06-01T12:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000L;

    @Test
    void aTracksFirstFixIsKept() {
        assertThat(TrackThinning.keeps(fix(NOON, 12.0), PositionReport.UNKNOWN_TIME)).isTrue();
    }

    @Test
    void underWayOneFixInFiveMinutesIsKept() {
        int kept = 0;
        for (long t = NOON + MINUTE; t < NOON + 60 * MINUTE; t += MINUTE) {
            kept += TrackThinning.keeps(fix(t, 12.0), t - MINUTE) ? 1 : 0;
        }
        // 12:01 .. 12:59 crosses 12:05, 12:10, ... 12:55: eleven five-minute marks
        assertThat(kept).isEqualTo(11);
    }

    @Test
    void lyingStillOneFixAnHourIsKept() {
        assertThat(TrackThinning.keeps(fix(NOON + 30 * MINUTE, 0.1), NOON + 27 * MINUTE)).isFalse();
        assertThat(TrackThinning.keeps(fix(NOON + 61 * MINUTE, 0.1), NOON + 58 * MINUTE)).isTrue();
    }

    @Test
    void aSparseSatelliteTrackKeepsEveryFix() {
        assertThat(TrackThinning.keeps(fix(NOON + 40 * MINUTE, 14.0), NOON)).isTrue();
    }

    @Test
    void withoutASpeedTheVesselCountsAsUnderWay() {
        assertThat(TrackThinning.keeps(fix(NOON + 5 * MINUTE, Double.NaN), NOON + 4 * MINUTE))
                .isTrue();
    }

    private static PositionReport fix(long time, double speedKn) {
        return new PositionReport(366000001L, time, 25.5, -80.0, speedKn, 90, -1, 0, 1, 1, 1);
    }
}
