package org.sealane.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealane.model.EncounterSighting;

/** One grid cell: close pairs among its vessels' latest slow fixes, in event order. */
class EncounterCellTest {

    private static final long BEGINNING = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long TANKER = 200_000_001L;
    private static final long TRAWLER = 300_000_002L;

    /** About 300 m of latitude. */
    private static final double NEAR = 0.0027;

    private EncounterCell cell;
    private final List<CloseObservation> close = new ArrayList<>();

    @BeforeEach
    void emptyCell() {
        cell = new EncounterCell();
        close.clear();
    }

    private void sight(long mmsi, long minutes, double lat, boolean slow, boolean home) {
        cell.observe(
                new CellSighting(
                        7L,
                        home,
                        new EncounterSighting(
                                mmsi, BEGINNING + minutes * MINUTE, lat, 60.0, slow, "open-sea")),
                zoneId -> 500,
                close::add);
    }

    private void slow(long mmsi, long minutes, double lat) {
        sight(mmsi, minutes, lat, true, true);
    }

    @Test
    void twoSlowVesselsWithinTheDistanceAreClose() {
        slow(TRAWLER, 0, 10.0);
        slow(TANKER, 1, 10.0 + NEAR);

        assertThat(close)
                .singleElement()
                .satisfies(
                        seen -> {
                            assertThat(seen.mmsi()).as("the lower MMSI").isEqualTo(TANKER);
                            assertThat(seen.otherMmsi()).isEqualTo(TRAWLER);
                            assertThat(seen.time()).isEqualTo(BEGINNING + MINUTE);
                            assertThat(seen.lat())
                                    .as("the lower MMSI's fix")
                                    .isEqualTo(10.0 + NEAR);
                            assertThat(seen.distanceMeters()).isBetween(290.0, 310.0);
                            assertThat(seen.pairKey()).isEqualTo(TANKER << 32 | TRAWLER);
                        });
    }

    @Test
    void vesselsFurtherApartAreNot() {
        slow(TRAWLER, 0, 10.0);
        slow(TANKER, 1, 10.0 + 2 * NEAR);

        assertThat(close).isEmpty();
    }

    @Test
    void aPairIsReportedAtMostOncePerObservationInterval() {
        slow(TANKER, 0, 10.0);
        slow(TRAWLER, 1, 10.0 + NEAR);
        slow(TANKER, 2, 10.0); // a minute after the pair was reported
        slow(TRAWLER, 3, 10.0 + NEAR);
        slow(TANKER, 4, 10.0); // 3 minutes after: reported again

        assertThat(close).extracting(c -> (c.time() - BEGINNING) / MINUTE).containsExactly(1L, 4L);
    }

    @Test
    void aFixOlderThanTenMinutesIsStale() {
        slow(TRAWLER, 0, 10.0);
        slow(TANKER, 11, 10.0 + NEAR);

        assertThat(close).isEmpty();
        assertThat(cell.getVessels()).extracting(CellVessel::getMmsi).containsExactly(TANKER);
    }

    @Test
    void aVesselNoLongerSlowIsRemoved() {
        slow(TRAWLER, 0, 10.0);
        slow(TANKER, 1, 10.0 + NEAR);
        sight(TRAWLER, 2, 10.0, false, true); // under way
        slow(TANKER, 5, 10.0 + NEAR);

        assertThat(close).extracting(CloseObservation::time).containsExactly(BEGINNING + MINUTE);
        assertThat(cell.getVessels()).extracting(CellVessel::getMmsi).containsExactly(TANKER);
    }

    @Test
    void twoVisitorsFromNeighbouringCellsAreComparedInTheirHomeCellNotHere() {
        sight(TRAWLER, 0, 10.0, true, false);
        sight(TANKER, 1, 10.0 + NEAR, true, false);
        assertThat(close).isEmpty();

        slow(TRAWLER, 4, 10.0); // now at home here
        assertThat(close)
                .extracting(CloseObservation::mmsi, CloseObservation::otherMmsi)
                .containsExactly(tuple(TANKER, TRAWLER));
    }

    @Test
    void theCellIsEmptyOnceItsFixesAreForgotten() {
        slow(TRAWLER, 0, 10.0);
        slow(TANKER, 1, 10.0 + NEAR);
        assertThat(cell.newestTime()).isEqualTo(BEGINNING + MINUTE);

        cell.forgetBefore(BEGINNING + MINUTE);
        assertThat(cell.isEmpty()).isFalse();
        cell.forgetBefore(BEGINNING + 2 * MINUTE);
        assertThat(cell.isEmpty()).isTrue();
        assertThat(cell.newestTime()).isEqualTo(Long.MIN_VALUE);
    }
}
