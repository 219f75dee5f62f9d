package org.sealane.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealane.model.PositionReport;

/** Watermarks driven by the positions alone, trailing them by the bound, in whole steps. */
class PositionWatermarksTest {

    private static final long TEN_O_CLOCK = Instant.parse("2024-05-01T10:00:00Z").toEpochMilli();
    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;

    private final List<Long> emitted = new ArrayList<>();
    private final WatermarkOutput output =
            new WatermarkOutput() {
                @Override
                public void emitWatermark(Watermark watermark) {
                    emitted.add(watermark.getTimestamp());
                }

                @Override
                public void markIdle() {}

                @Override
                public void markActive() {}
            };

    @BeforeEach
    void nothingYet() {
        emitted.clear();
    }

    private static void position(PositionWatermarks watermarks, long time, WatermarkOutput out) {
        PositionReport fix = new PositionReport(1L, time, 10, 20, 5, 0, -1, -1, 1, 0, 1);
        watermarks.onEvent(fix, time, out);
    }

    @Test
    void trailsTheLatestPositionByTheBoundInWholeMinutes() {
        PositionWatermarks watermarks = new PositionWatermarks(5 * MINUTE, MINUTE);

        position(watermarks, TEN_O_CLOCK + 30 * SECOND, output);
        position(watermarks, TEN_O_CLOCK + 50 * SECOND, output); // same minute step
        position(watermarks, TEN_O_CLOCK - 3 * MINUTE, output); // late, within the bound
        position(watermarks, TEN_O_CLOCK + MINUTE, output); // exactly 9:56 + 5 min: not yet
        position(watermarks, TEN_O_CLOCK + MINUTE + 1, output);
        position(watermarks, TEN_O_CLOCK + 7 * MINUTE + 10 * SECOND, output);

        assertThat(emitted)
                .containsExactly(
                        TEN_O_CLOCK - 5 * MINUTE,
                        TEN_O_CLOCK - 4 * MINUTE,
                        TEN_O_CLOCK + 2 * MINUTE);
    }

    @Test
    void theWallClockDoesNotMoveIt() {
        PositionWatermarks watermarks = new PositionWatermarks(5 * MINUTE, MINUTE);
        position(watermarks, TEN_O_CLOCK, output);

        watermarks.onPeriodicEmit(output);
        watermarks.onPeriodicEmit(output);

        assertThat(emitted).hasSize(1);
    }

    @Test
    void inAReplayItStepsByTheFlushInterval() {
        PositionWatermarks watermarks = new PositionWatermarks(5 * MINUTE, 30 * MINUTE);

        for (long minutes = 0; minutes <= 95; minutes += 5) {
            position(watermarks, TEN_O_CLOCK + minutes * MINUTE, output);
        }

        assertThat(emitted)
                .containsExactly(
                        TEN_O_CLOCK - 30 * MINUTE,
                        TEN_O_CLOCK,
                        TEN_O_CLOCK + 30 * MINUTE,
                        TEN_O_CLOCK + 60 * MINUTE);
    }

    @Test
    void theSameInputGivesTheSameWatermarks() {
        long[] times = {0, 40, 20, 130, 125, 400, 401, 1_000};
        List<List<Long>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            emitted.clear();
            PositionWatermarks watermarks = new PositionWatermarks(5 * MINUTE, MINUTE);
            for (long seconds : times) {
                position(watermarks, TEN_O_CLOCK + seconds * SECOND, output);
            }
            runs.add(List.copyOf(emitted));
        }
        assertThat(runs.get(1)).isEqualTo(runs.get(0)).isNotEmpty();
    }
}
