package org.sealane.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Live feed time between two instants, with closed and ongoing silences of the whole feed. */
class FeedSilencesTest {

    private static final long BEGINNING = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    private FeedSilences silences;

    private static long at(long minutes) {
        return BEGINNING + minutes * MINUTE;
    }

    @BeforeEach
    void noSilences() {
        silences = new FeedSilences();
    }

    @Test
    void withoutSilencesAllTimeIsLive() {
        assertThat(silences.liveMillis(at(0), at(90), false)).isEqualTo(90 * MINUTE);
        assertThat(silences.liveMillis(at(90), at(0), false)).isZero();
        assertThat(silences.liveReachedAt(at(0), 60 * MINUTE, at(10))).isEqualTo(at(60));
    }

    @Test
    void closedSilencesInsideAcrossTheStartOrAcrossTheEndAreTakenOut() {
        silences.put(at(10), at(30)); // inside
        silences.put(at(-20), at(5)); // began before
        silences.put(at(80), at(120)); // ends after

        assertThat(silences.liveMillis(at(0), at(100), false))
                .isEqualTo((100 - 5 - 20 - 20) * MINUTE);
        assertThat(silences.liveMillis(at(40), at(70), false)).isEqualTo(30 * MINUTE);
        assertThat(silences.size()).isEqualTo(3);
    }

    @Test
    void liveTimeIsReachedLaterBySilencesOnTheWay() {
        silences.put(at(-20), at(5));
        silences.put(at(10), at(30));
        silences.put(at(80), at(120));

        // 5 live minutes 5..10, 50 from 30..80, then the 5 that remain after 120.
        assertThat(silences.liveReachedAt(at(0), 60 * MINUTE, at(200))).isEqualTo(at(125));
        assertThat(silences.liveMillis(at(0), at(125), false)).isEqualTo(60 * MINUTE);
        assertThat(silences.liveReachedAt(at(0), 55 * MINUTE, at(200))).isEqualTo(at(80));
    }

    @Test
    void anOngoingSilenceCountsAsSilentUpToNowAndBeyond() {
        silences.put(at(30), FeedSilences.ONGOING);

        assertThat(silences.liveMillis(at(0), at(100), false)).isEqualTo(30 * MINUTE);
        // Known silent until minute 50: the vessel's hour can be reached at 50 + 30 at the soonest.
        assertThat(silences.liveReachedAt(at(0), 60 * MINUTE, at(50))).isEqualTo(at(80));
        // A vessel that started dark during it counts from now on.
        assertThat(silences.liveReachedAt(at(40), 60 * MINUTE, at(50))).isEqualTo(at(110));
    }

    @Test
    void aPositionAtTheEndMeansTheOngoingSilenceEndedInThatMinute() {
        silences.put(at(30), FeedSilences.ONGOING);

        assertThat(silences.liveMillis(at(0), at(100) + 20_000, true))
                .isEqualTo(30 * MINUTE + 20_000);
    }

    @Test
    void theEndOfASilenceReplacesItsOngoingRecord() {
        silences.put(at(30), FeedSilences.ONGOING);
        silences.put(at(30), at(60));

        assertThat(silences.size()).isOne();
        assertThat(silences.liveMillis(at(0), at(100), false)).isEqualTo(70 * MINUTE);
        assertThat(silences.liveReachedAt(at(0), 60 * MINUTE, at(100))).isEqualTo(at(90));
    }

    @Test
    void silencesThatEndedBeforeATimeAreForgotten() {
        silences.put(at(10), at(20));
        silences.put(at(30), at(40));
        silences.put(at(50), FeedSilences.ONGOING);

        silences.forgetBefore(at(35));

        assertThat(silences.size()).isEqualTo(2);
        silences.forgetBefore(at(1_000));
        assertThat(silences.size()).isOne();
        assertThat(silences.isEmpty()).isFalse();
    }
}
