package org.sealane.live;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransactionTimeoutCheckTest {

    private static final long FIFTEEN_MINUTES = 900_000;

    @Test
    void aTimeoutAboveTheBrokersMaximumIsRefusedWithTheRemedy() {
        assertThatThrownBy(() -> TransactionTimeoutCheck.check(3_600_000, FIFTEEN_MINUTES))
                .hasMessage(
                        "kafka.transaction-timeout is 3600 s but the broker allows at most 900 s"
                                + " (transaction.max.timeout.ms): lower kafka.transaction-timeout,"
                                + " or raise the broker's transaction.max.timeout.ms");
    }

    @Test
    void aTimeoutUpToTheMaximumIsAccepted() {
        assertThatCode(() -> TransactionTimeoutCheck.check(600_000, FIFTEEN_MINUTES))
                .doesNotThrowAnyException();
        assertThatCode(() -> TransactionTimeoutCheck.check(FIFTEEN_MINUTES, FIFTEEN_MINUTES))
                .doesNotThrowAnyException();
    }
}
