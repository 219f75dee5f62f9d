package org.sealane.ais;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SixBitPayloadTest {

    private final SixBitPayload payload = new SixBitPayload();

    @Test
    void armouringAlphabetMapsToSixBitValues() {
        assertThat(SixBitPayload.sixBitValue('0')).isZero();
        assertThat(SixBitPayload.sixBitValue('W')).isEqualTo(39);
        assertThat(SixBitPayload.sixBitValue('`')).isEqualTo(40);
        assertThat(SixBitPayload.sixBitValue('w')).isEqualTo(63);
        assertThat(SixBitPayload.sixBitValue('X')).isEqualTo(-1);
        assertThat(SixBitPayload.sixBitValue('x')).isEqualTo(-1);
    }

    @Test
    void readsFieldsAcrossWordBoundaries() {
        // 12 characters of 'w' are 72 one-bits: a field straddling bit 64 reads as all ones.
        payload.append("wwwwwwwwwwww", 0, 12);

        assertThat(payload.bitLength()).isEqualTo(72);
        assertThat(payload.unsigned(60, 8)).isEqualTo(255);
        assertThat(payload.signed(56, 12)).isEqualTo(-1);
    }

    @Test
    void signedFieldsAreTwosComplement() {
        payload.append("w0", 0, 2); // 111111 000000

        assertThat(payload.signed(0, 6)).isEqualTo(-1);
        assertThat(payload.signed(4, 4)).isEqualTo(-4); // 1100
        assertThat(payload.unsigned(4, 4)).isEqualTo(12);
    }

    @Test
    void dropsFillBitsAndReadsPastTheEndAsZero() {
        payload.append("ww", 0, 2);
        payload.dropFillBits(4);

        assertThat(payload.bitLength()).isEqualTo(8);
        assertThat(payload.unsigned(0, 12)).isEqualTo(0b1111_1111_0000);
    }

    @Test
    void reportsTheFirstCharacterOutsideTheAlphabet() {
        assertThat(payload.append("15RX", 0, 4)).isEqualTo(3);
    }

    @Test
    void textStopsAtPaddingAndIsTrimmed() {
        // " EVER@" in six-bit: blank (32), E, V, E, R, then '@' padding and more text after it.
        payload.append("P5F5B0HP", 0, 8);

        assertThat(payload.text(0, 8)).isEqualTo("EVER");
        assertThat(payload.text(30, 3)).isNull();
    }

    @Test
    void isReusableAfterClear() {
        payload.append("wwwwwwwwwwwwwwww", 0, 16);
        payload.clear();
        payload.append("00", 0, 2);

        assertThat(payload.bitLength()).isEqualTo(12);
        assertThat(payload.unsigned(0, 12)).isZero();
    }
}
