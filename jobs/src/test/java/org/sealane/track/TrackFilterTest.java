package org.sealane.track;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackFilterTest {

    private static final long MINUTE = 60_000;
    private final TrackFilter filter = new TrackFilter(50, 60 * MINUTE);
    private final VesselTrack track = new VesselTrack();

    @Test
    void shipAtTwentyKnotsMovesTheTrack() {
        assertThat(filter.apply(track, 0, 1.0, 103.0)).isEqualTo(FixVerdict.ACCEPTED);
        // 20 kn for 6 minutes = 2 nm = 2/60 degree of latitude.
        assertThat(filter.apply(track, 6 * MINUTE, 1.0 + 2.0 / 60, 103.0))
                .isEqualTo(FixVerdict.ACCEPTED);
        assertThat(track.getLastLat()).isEqualTo(1.0 + 2.0 / 60);
    }

    @Test
    void sameTimeAndPlaceIsADuplicate() {
        filter.apply(track, 0, 1.0, 103.0);
        assertThat(filter.apply(track, 0, 1.0, 103.0)).isEqualTo(FixVerdict.DUPLICATE);
        assertThat(track.isHasSuspect()).isFalse();
    }

    @Test
    void fixImplyingOverFiftyKnotsIsAJumpAndDoesNotMoveTheTrack() {
        filter.apply(track, 0, 1.0, 103.0);
        // 60 nm in 1 hour = 60 kn.
        assertThat(filter.apply(track, 60 * MINUTE, 2.0, 103.0)).isEqualTo(FixVerdict.JUMP);
        assertThat(track.getLastLat()).isEqualTo(1.0);
        assertThat(GeoMath.knots(GeoMath.distanceMeters(1.0, 103.0, 2.0, 103.0), 60 * MINUTE))
                .isBetween(59.9, 60.1);
        // the real ship carries on from where it was
        assertThat(filter.apply(track, 66 * MINUTE, 1.0 + 2.0 / 60, 103.0))
                .isEqualTo(FixVerdict.ACCEPTED);
    }

    @Test
    void twoAgreeingJumpsMoveTheTrackToThem() {
        // A bad first fix: every later fix would otherwise be a jump.
        filter.apply(track, 0, 10.0, 103.0);
        assertThat(filter.apply(track, 6 * MINUTE, 1.0, 103.0)).isEqualTo(FixVerdict.JUMP);
        assertThat(filter.apply(track, 12 * MINUTE, 1.0 + 2.0 / 60, 103.0))
                .isEqualTo(FixVerdict.REANCHORED);
        assertThat(track.getLastLat()).isEqualTo(1.0 + 2.0 / 60);
        // The old track is now the suspect one.
        assertThat(track.getSuspectLat()).isEqualTo(10.0);
    }

    @Test
    void twoTransmittersWithOneMmsiGiveASecondTrack() {
        // One ship off Singapore, another with the same MMSI 200 nm north, both reporting.
        filter.apply(track, 0, 1.2, 104.0);
        assertThat(filter.apply(track, MINUTE, 4.5, 104.0)).isEqualTo(FixVerdict.JUMP);
        assertThat(filter.apply(track, 2 * MINUTE, 1.2, 104.005)).isEqualTo(FixVerdict.ACCEPTED);
        assertThat(filter.apply(track, 3 * MINUTE, 4.5, 104.005))
                .isEqualTo(FixVerdict.SECOND_TRACK);
        assertThat(filter.apply(track, 4 * MINUTE, 1.2, 104.01)).isEqualTo(FixVerdict.ACCEPTED);
        assertThat(track.getLastLat()).isEqualTo(1.2);
        assertThat(track.getSuspectFirstTime()).isEqualTo(MINUTE);
    }

    @Test
    void aGlitchNearTheShipIsNoSecondShip() {
        // Bad timestamps make fixes a few hundred metres off in seconds, now and then.
        filter.apply(track, 0, 1.2, 104.0);
        assertThat(filter.apply(track, 1000, 1.21, 104.0)).isEqualTo(FixVerdict.JUMP);
        assertThat(filter.apply(track, 2000, 1.2, 104.0001)).isEqualTo(FixVerdict.ACCEPTED);
        assertThat(filter.apply(track, 3000, 1.21, 104.0001)).isEqualTo(FixVerdict.JUMP);
    }

    @Test
    void aSuspectSilentForItsLifetimeIsForgotten() {
        filter.apply(track, 0, 1.2, 104.0);
        assertThat(filter.apply(track, MINUTE, 4.5, 104.0)).isEqualTo(FixVerdict.JUMP);
        assertThat(filter.apply(track, 2 * MINUTE, 1.2, 104.005)).isEqualTo(FixVerdict.ACCEPTED);
        assertThat(filter.apply(track, 90 * MINUTE, 4.5, 104.005)).isEqualTo(FixVerdict.JUMP);
    }

    @Test
    void smallJitterBetweenCloseFixesIsNotAJump() {
        filter.apply(track, 0, 1.0, 103.0);
        // 50 m apart within one second reads as ~97 kn, but it is receiver noise.
        assertThat(filter.apply(track, 1000, 1.00045, 103.0)).isEqualTo(FixVerdict.ACCEPTED);
    }
}
