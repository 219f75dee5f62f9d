package org.sealane.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealane.track.FeedSilences;

/**
 * Silences of the whole feed from its active minutes (10-minute threshold), in Flink's harness. Its
 * state is one key for the life of the job by design; what must not grow is its timers.
 */
class FeedSilenceMonitorTest {

    private static final long BEGINNING = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    private KeyedOneInputStreamOperatorTestHarness<Integer, Long, FeedSilence> harness;

    @BeforeEach
    void startHarness() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new FeedSilenceMonitor(10 * MINUTE), minute -> 0, Types.INT);
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static long at(long minutes) {
        return BEGINNING + minutes * MINUTE;
    }

    private void activeIn(long... minutes) throws Exception {
        for (long minute : minutes) {
            harness.processElement(at(minute), at(minute));
        }
    }

    @Test
    void anOutageIsReportedOngoingAtTheThresholdThenWithItsEnd() throws Exception {
        activeIn(0, 1, 2);
        harness.processWatermark(at(12) + MINUTE - 1);
        assertThat(harness.extractOutputValues()).as("silent 10 minutes: not yet").isEmpty();

        harness.processWatermark(at(13));
        assertThat(harness.extractOutputValues())
                .containsExactly(new FeedSilence(at(3), FeedSilences.ONGOING));

        harness.processWatermark(at(25));
        assertThat(harness.extractOutputValues()).as("reported once").hasSize(1);

        activeIn(30, 31);
        harness.processWatermark(at(32));
        assertThat(harness.extractOutputValues())
                .containsExactly(
                        new FeedSilence(at(3), FeedSilences.ONGOING),
                        new FeedSilence(at(3), at(30)));

        // Each active minute's silence check fires and goes; the last one reports the next outage.
        harness.processWatermark(at(100));
        assertThat(harness.extractOutputValues())
                .last()
                .isEqualTo(new FeedSilence(at(32), FeedSilences.ONGOING));
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void shortPausesAreNoOutage() throws Exception {
        activeIn(0, 5, 14, 23, 24);
        harness.processWatermark(at(30));

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(harness.numEventTimeTimers())
                .as("silence checks of the last active minutes only")
                .isEqualTo(2);
    }
}
