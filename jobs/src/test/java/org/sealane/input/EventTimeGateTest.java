package org.sealane.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sealane.avro.RejectReason;

class EventTimeGateTest {

    private static final long T0 = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    private final EventTimeGate gate =
            new EventTimeGate(
                    Duration.ofMinutes(5), Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());

    @Test
    void outOfOrderWithinTheBoundPassesAndBeyondItIsLate() {
        assertThat(gate.admit(T0 + 10 * MINUTE, true)).isNull();
        assertThat(gate.admit(T0 + 6 * MINUTE, true)).as("4 minutes behind").isNull();
        assertThat(gate.admit(T0 + 5 * MINUTE, true)).as("exactly 5 minutes behind").isNull();
        assertThat(gate.admit(T0 + 5 * MINUTE - 1, true)).isEqualTo(RejectReason.LATE);
        assertThat(gate.admit(T0 + MINUTE, true)).isEqualTo(RejectReason.LATE);
        assertThat(gate.watermark()).isEqualTo(T0 + 5 * MINUTE - 1);
    }

    @Test
    void missingImpossibleAndFutureTimesAreRejectedWithoutMovingTheWatermark() {
        assertThat(gate.admit(0, false)).isEqualTo(RejectReason.NO_TIMESTAMP);
        assertThat(gate.admit(0, true)).isEqualTo(RejectReason.BAD_TIMESTAMP);
        assertThat(gate.admit(Instant.parse("2031-06-01T00:00:00Z").toEpochMilli(), true))
                .isEqualTo(RejectReason.FUTURE_TIMESTAMP);
        assertThat(gate.watermark()).isEqualTo(Long.MIN_VALUE);
        assertThat(gate.admit(T0, true)).isNull();
    }
}
