package org.sealane.kafka;

import java.time.Duration;
import org.sealane.model.PositionReport;

/**
 * Keeps a recorded log's timing when it is published, scaled by a speed factor: a line timed {@code
 * t} is sent {@code (t - t0) / speed} after the first timed line {@code t0} was. Lines without a
 * time, and lines timed at or before the latest time so far (a log is only roughly in order), go at
 * once, right after the line before them.
 *
 * <p>Two guards keep a bad timestamp from stalling a publish: a time later than the wall clock plus
 * a tolerance (which the pipeline rejects as {@code FUTURE_TIMESTAMP} anyway) is not used for
 * pacing, and a forward jump of more than {@link #MAX_JUMP} (a log of several days, a long outage
 * of the receiver) is not waited for: the timing restarts from the line after the jump. Waiting
 * never changes what the pipeline finds, which works in event time; it only sets the pace at which
 * records arrive.
 *
 * <p>Not thread-safe.
 */
public final class PublishPacer {

    /** A forward jump of the log's time longer than this is not waited for. */
    public static final Duration MAX_JUMP = Duration.ofDays(1);

    /** Wall time, and waiting; a fake one in tests. */
    public interface Clock {
        /** Monotonic time, as {@link System#nanoTime()}. */
        long nanoTime();

        /** Wall-clock time, as {@link System#currentTimeMillis()}. */
        long currentTimeMillis();

        /** Waits this many nanoseconds. */
        void sleepNanos(long nanos) throws InterruptedException;

        /** The system's clock. */
        Clock SYSTEM =
                new Clock() {
                    @Override
                    public long nanoTime() {
                        return System.nanoTime();
                    }

                    @Override
                    public long currentTimeMillis() {
                        return System.currentTimeMillis();
                    }

                    @Override
                    public void sleepNanos(long nanos) throws InterruptedException {
                        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
                    }
                };
    }

    /** What {@link #await} did with a line's time. */
    public enum Pace {
        /** Not paced: no time, publishing as fast as possible, or at or before the latest time. */
        AT_ONCE,
        /** Sent when its time came, after waiting if it had not yet. */
        ON_TIME,
        /** The first timed line, or the first after a jump: the timing starts from it. */
        RESTARTED,
        /** Timed later than the wall clock plus the tolerance: not used for pacing. */
        IN_THE_FUTURE
    }

    private final double speed;
    private final Clock clock;
    private final long futureToleranceMillis;

    private long anchorTime = PositionReport.UNKNOWN_TIME;
    private long anchorNanos;
    private long latestTime = PositionReport.UNKNOWN_TIME;
    private long lastJumpMillis;
    private volatile boolean stopped;

    /** The longest single sleep: a stop is seen within this. */
    private static final long MAX_SLEEP_NANOS = 100_000_000L;

    /**
     * @param speed how many times faster than recorded; {@code 0} or infinite for as fast as
     *     possible
     * @param futureTolerance how far past the wall clock a time may be and still pace
     */
    public PublishPacer(double speed, Clock clock, Duration futureTolerance) {
        if (Double.isNaN(speed) || speed < 0) {
            throw new IllegalArgumentException("speed must be a positive number, not " + speed);
        }
        this.speed = Double.isInfinite(speed) ? 0 : speed;
        this.clock = clock;
        this.futureToleranceMillis = futureTolerance.toMillis();
    }

    /** A pacer that never waits. */
    public static PublishPacer asFastAsPossible() {
        return new PublishPacer(0, Clock.SYSTEM, Duration.ZERO);
    }

    /** Whether this pacer keeps the log's timing at all. */
    public boolean paced() {
        return speed > 0;
    }

    /**
     * Waits until a line of this time is due.
     *
     * @param eventTime the line's time (epoch ms), or {@link PositionReport#UNKNOWN_TIME}
     * @return what was done
     */
    public Pace await(long eventTime) throws InterruptedException {
        if (speed == 0 || eventTime == PositionReport.UNKNOWN_TIME) {
            return Pace.AT_ONCE;
        }
        if (eventTime > clock.currentTimeMillis() + futureToleranceMillis) {
            return Pace.IN_THE_FUTURE;
        }
        if (anchorTime == PositionReport.UNKNOWN_TIME
                || eventTime - latestTime > MAX_JUMP.toMillis()) {
            if (anchorTime != PositionReport.UNKNOWN_TIME) {
                lastJumpMillis = eventTime - latestTime;
            }
            anchorTime = eventTime;
            anchorNanos = clock.nanoTime();
            latestTime = eventTime;
            return Pace.RESTARTED;
        }
        if (eventTime <= latestTime) {
            return Pace.AT_ONCE;
        }
        latestTime = eventTime;
        double offsetNanos = (eventTime - anchorTime) * 1e6 / speed;
        long due = anchorNanos + (long) Math.min(offsetNanos, Long.MAX_VALUE / 4.0);
        // In slices, so that a stop is seen soon.
        for (long wait = due - clock.nanoTime();
                wait > 0 && !stopped;
                wait = due - clock.nanoTime()) {
            clock.sleepNanos(Math.min(wait, MAX_SLEEP_NANOS));
        }
        return Pace.ON_TIME;
    }

    /** Stops waiting, now and from now on: every line goes at once. Any thread may call it. */
    public void stop() {
        stopped = true;
    }

    /** The latest event time paced so far, or {@link PositionReport#UNKNOWN_TIME}. */
    public long latestTime() {
        return latestTime;
    }

    /** The length (ms) of the last forward jump that restarted the timing, or 0. */
    public long lastJumpMillis() {
        return lastJumpMillis;
    }
}
