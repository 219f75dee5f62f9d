package org.sealane.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sealane.kafka.PublishPacer.Pace;
import org.sealane.model.PositionReport;

/** The timing of {@code sealane publish}, on a fake clock. */
class PublishPacerTest {

    static final long T0 = Instant.parse("2025-06-04T00:00:00Z").toEpochMilli();
    static final long MINUTE = 60_000;

    /** A clock whose time moves only when someone sleeps, or the test says so. */
    static final class FakeClock implements PublishPacer.Clock {
        long nanos;
        long wallMillis = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        final List<Long> sleeps = new ArrayList<>();
        Runnable duringSleep = () -> {};

        @Override
        public long nanoTime() {
            return nanos;
        }

        @Override
        public long currentTimeMillis() {
            return wallMillis;
        }

        @Override
        public void sleepNanos(long n) {
            sleeps.add(n);
            nanos += n;
            duringSleep.run();
        }

        double seconds() {
            return nanos / 1e9;
        }
    }

    private final FakeClock clock = new FakeClock();

    @Test
    void keepsTheLogsTimingScaledBySpeed() throws Exception {
        PublishPacer pacer = new PublishPacer(60, clock, Duration.ofMinutes(10));

        assertThat(pacer.await(T0)).isEqualTo(Pace.RESTARTED);
        assertThat(clock.seconds()).isZero();
        assertThat(pacer.await(T0 + MINUTE)).isEqualTo(Pace.ON_TIME);
        assertThat(clock.seconds()).isEqualTo(1.0);
        assertThat(pacer.await(T0 + 3 * MINUTE)).isEqualTo(Pace.ON_TIME);
        assertThat(clock.seconds()).isEqualTo(3.0);
        assertThat(pacer.latestTime()).isEqualTo(T0 + 3 * MINUTE);
    }

    @Test
    void linesWithoutATimeOrBehindTheLatestGoAtOnce() throws Exception {
        PublishPacer pacer = new PublishPacer(1, clock, Duration.ofMinutes(10));
        pacer.await(T0);
        pacer.await(T0 + 10_000);
        long after = clock.nanos;

        assertThat(pacer.await(PositionReport.UNKNOWN_TIME)).isEqualTo(Pace.AT_ONCE);
        assertThat(pacer.await(T0 + 5_000)).isEqualTo(Pace.AT_ONCE);
        assertThat(pacer.await(T0 + 10_000)).isEqualTo(Pace.AT_ONCE);
        assertThat(clock.nanos).isEqualTo(after);
        assertThat(pacer.await(T0 + 12_000)).isEqualTo(Pace.ON_TIME);
        assertThat(clock.seconds()).isEqualTo(12.0);
    }

    @Test
    void aPublishThatFellBehindCatchesUpWithoutWaiting() throws Exception {
        PublishPacer pacer = new PublishPacer(10, clock, Duration.ofMinutes(10));
        pacer.await(T0);
        clock.nanos += Duration.ofSeconds(30).toNanos(); // a slow broker
        pacer.await(T0 + 2 * MINUTE); // due at 12 s
        pacer.await(T0 + 5 * MINUTE); // due at 30 s
        assertThat(clock.sleeps).isEmpty();
        pacer.await(T0 + 6 * MINUTE); // due at 36 s
        assertThat(clock.seconds()).isEqualTo(36.0);
    }

    @Test
    void waitsInSlicesSoThatAStopIsSeenSoon() throws Exception {
        PublishPacer pacer = new PublishPacer(1, clock, Duration.ofMinutes(10));
        pacer.await(T0);
        pacer.await(T0 + 1_000);
        assertThat(clock.sleeps).allMatch(n -> n <= 100_000_000L).hasSize(10);

        clock.sleeps.clear();
        clock.duringSleep = pacer::stop;
        assertThat(pacer.await(T0 + 61_000)).isEqualTo(Pace.ON_TIME);
        assertThat(clock.sleeps).hasSize(1);
        pacer.await(T0 + 3_600_000);
        assertThat(clock.sleeps).hasSize(1);
    }

    @Test
    void aJumpOfMoreThanADayIsNotWaitedFor() throws Exception {
        PublishPacer pacer = new PublishPacer(1, clock, Duration.ofMinutes(10));
        pacer.await(T0);
        long jump = Duration.ofDays(3).toMillis();

        assertThat(pacer.await(T0 + jump)).isEqualTo(Pace.RESTARTED);
        assertThat(pacer.lastJumpMillis()).isEqualTo(jump);
        assertThat(clock.nanos).isZero();
        assertThat(pacer.await(T0 + jump + 2_000)).isEqualTo(Pace.ON_TIME);
        assertThat(clock.seconds()).isEqualTo(2.0);
    }

    @Test
    void aTimeAfterTheWallClockDoesNotPace() throws Exception {
        PublishPacer pacer = new PublishPacer(1, clock, Duration.ofMinutes(10));
        pacer.await(T0);
        long future = clock.wallMillis + Duration.ofMinutes(11).toMillis();

        assertThat(pacer.await(future)).isEqualTo(Pace.IN_THE_FUTURE);
        assertThat(pacer.latestTime()).isEqualTo(T0);
        assertThat(pacer.await(T0 + 1_000)).isEqualTo(Pace.ON_TIME);
        assertThat(clock.seconds()).isEqualTo(1.0);
    }

    @Test
    void asFastAsPossibleNeverWaits() throws Exception {
        PublishPacer pacer = new PublishPacer(0, clock, Duration.ZERO);
        assertThat(pacer.paced()).isFalse();
        assertThat(pacer.await(T0)).isEqualTo(Pace.AT_ONCE);
        assertThat(pacer.await(T0 + 3_600_000)).isEqualTo(Pace.AT_ONCE);
        assertThat(clock.sleeps).isEmpty();
        assertThat(new PublishPacer(Double.POSITIVE_INFINITY, clock, Duration.ZERO).paced())
                .isFalse();
        assertThatThrownBy(() -> new PublishPacer(-1, clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
