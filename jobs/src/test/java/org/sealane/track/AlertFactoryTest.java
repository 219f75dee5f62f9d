package org.sealane.track;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one-decimal numbers of alert details, whatever the locale. */
class AlertFactoryTest {

    @Test
    void roundsToOneDecimalHalfAwayFromZero() {
        assertThat(AlertFactory.decimal(0)).isEqualTo("0.0");
        assertThat(AlertFactory.decimal(12)).isEqualTo("12.0");
        assertThat(AlertFactory.decimal(3.14159)).isEqualTo("3.1");
        assertThat(AlertFactory.decimal(2.25)).isEqualTo("2.3");
        assertThat(AlertFactory.decimal(0.05)).isEqualTo("0.1");
        assertThat(AlertFactory.decimal(9.96)).isEqualTo("10.0");
        assertThat(AlertFactory.decimal(627.0775)).isEqualTo("627.1");
    }

    @Test
    void negativesKeepTheirSignUnlessTheyRoundToZero() {
        assertThat(AlertFactory.decimal(-3.14)).isEqualTo("-3.1");
        assertThat(AlertFactory.decimal(-2.25)).isEqualTo("-2.3");
        assertThat(AlertFactory.decimal(-0.04)).isEqualTo("0.0");
        assertThat(AlertFactory.decimal(-0.0)).isEqualTo("0.0");
        assertThat(AlertFactory.decimal(-0.05)).isEqualTo("-0.1");
    }

    @Test
    void notANumberAndHugeValuesAreWrittenPlainly() {
        assertThat(AlertFactory.decimal(Double.NaN)).isEqualTo("NaN");
        assertThat(AlertFactory.decimal(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(AlertFactory.decimal(2e15)).isEqualTo("2000000000000000.0");
        assertThat(AlertFactory.decimal(-2e15)).isEqualTo("-2000000000000000.0");
    }

    @Test
    void minutesAreOneDecimalOfTheMillis() {
        assertThat(AlertFactory.minutes(90_000)).isEqualTo("1.5");
        assertThat(AlertFactory.minutes(3_600_000)).isEqualTo("60.0");
        assertThat(AlertFactory.minutes(-30_000)).isEqualTo("-0.5");
    }
}
