package org.sealane.input;

import java.time.Duration;
import org.sealane.avro.RejectReason;

/**
 * Decides which positions may enter event-time processing (DESIGN 1): a position needs a time, a
 * believable one, not from the future, and not later than the watermark allows. It mirrors a
 * bounded-out-of-orderness watermark over the positions it lets through, so a position it passes is
 * never late downstream, and the decision depends only on input order: replays give the same result
 * at any parallelism. Not thread-safe: one per input stream.
 */
public final class EventTimeGate {

    /** AIS came into use around 2002; earlier times are a broken receiver clock. */
    static final long EARLIEST_BELIEVABLE = 946_684_800_000L; // 2000-01-01T00:00:00Z

    private final long outOfOrdernessMillis;
    private final long futureLimit;
    private long maxTime = Long.MIN_VALUE;

    /**
     * @param outOfOrderness how far behind the latest time a position may be and still count
     * @param futureLimit epoch ms beyond which a time is from the future (wall clock plus a
     *     tolerance for receiver clocks)
     */
    public EventTimeGate(Duration outOfOrderness, long futureLimit) {
        this.outOfOrdernessMillis = outOfOrderness.toMillis();
        this.futureLimit = futureLimit;
    }

    /**
     * Checks one position's time and, when it passes, advances the gate.
     *
     * @return null if the position passes, else why not
     */
    public RejectReason admit(long time, boolean known) {
        if (!known) {
            return RejectReason.NO_TIMESTAMP;
        }
        if (time < EARLIEST_BELIEVABLE) {
            return RejectReason.BAD_TIMESTAMP;
        }
        if (time > futureLimit) {
            return RejectReason.FUTURE_TIMESTAMP;
        }
        if (maxTime != Long.MIN_VALUE && time <= watermark()) {
            return RejectReason.LATE;
        }
        if (time > maxTime) {
            maxTime = time;
        }
        return null;
    }

    /** The watermark a bounded-out-of-orderness generator would emit now (Flink's formula). */
    public long watermark() {
        return maxTime == Long.MIN_VALUE ? Long.MIN_VALUE : maxTime - outOfOrdernessMillis - 1;
    }

    public long outOfOrdernessMillis() {
        return outOfOrdernessMillis;
    }
}
