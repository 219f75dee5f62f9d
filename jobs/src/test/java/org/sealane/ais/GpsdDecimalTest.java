package org.sealane.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast decimal formatting prints exactly what the exact (BigDecimal) rounding prints. */
class GpsdDecimalTest {

    private static String exact(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Test
    void agreesWithExactRoundingOnAisScaledValues() {
        SplittableRandom random = new SplittableRandom(20261122);
        for (int i = 0; i < 200_000; i++) {
            // Positions in 1/10000 minute, speeds and courses in tenths, as AIS carries them.
            int rawLat = random.nextInt(-54_600_000, 54_600_001);
            int rawTenths = random.nextInt(0, 3_601);
            assertThat(GpsdJsonWriter.decimal(rawLat / 600_000.0, 7))
                    .isEqualTo(exact(rawLat / 600_000.0, 7));
            assertThat(GpsdJsonWriter.decimal(rawLat / 600.0, 4))
                    .isEqualTo(exact(rawLat / 600.0, 4));
            assertThat(GpsdJsonWriter.decimal(rawTenths / 10.0, 1))
                    .isEqualTo(exact(rawTenths / 10.0, 1));
        }
    }

    @Test
    void tiesSmallValuesAndZeroPrintAsPrintfDoes() {
        for (double value :
                new double[] {0.0, -0.0, 0.05, 0.15, 0.25, 2.5, -2.5, 1e-9, -1e-9, 179.99999995}) {
            for (int decimals : new int[] {0, 1, 2, 4, 7}) {
                assertThat(GpsdJsonWriter.decimal(value, decimals))
                        .as("%s to %d decimals", value, decimals)
                        .isEqualTo(exact(value, decimals));
            }
        }
    }
}
