package org.sealane.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.sealane.config.SealaneConfig;
import org.sealane.encounter.CellSighting;
import org.sealane.encounter.CloseObservation;
import org.sealane.model.EncounterSighting;
import org.sealane.track.DetectorThresholds;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/** One encounter-grid cell in Flink's harness: close pairs in event order, then nothing left. */
class EncounterCellWatchTest {

    private static final long CELL = 42L << 32 | 7;
    private static final long BEGINNING = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long TANKER = 200_000_001L;
    private static final long TRAWLER = 300_000_002L;
    private static final long TUG = 400_000_003L;

    private KeyedBroadcastOperatorTestHarness<
                    Long, CellSighting, PublishedCatalogue, CloseObservation>
            harness;

    @BeforeEach
    void startHarness() throws Exception {
        Zone zone =
                new Zone(
                        "sea",
                        null,
                        ZoneKind.PATROL,
                        new WKTReader().read("POLYGON ((59 9, 61 9, 61 11, 59 11, 59 9))"),
                        List.of(),
                        Map.of());
        harness =
                ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                        new EncounterCellWatch(
                                ZoneCatalogue.of("test", List.of(zone)),
                                new DetectorThresholds(SealaneConfig.defaults()),
                                0),
                        CellSighting::cell,
                        Types.LONG,
                        ZonesInForce.STATE);
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    /** A slow fix, 0.001 degree (111 m) north per step of {@code place}. */
    private void slowAt(long mmsi, long minutes, int place) throws Exception {
        long time = BEGINNING + minutes * MINUTE;
        harness.processElement(
                new CellSighting(
                        CELL,
                        true,
                        new EncounterSighting(mmsi, time, 10 + place * 0.001, 60, true, "sea")),
                time);
    }

    @Test
    void closePairsComeOutInEventOrderAndTheStaleCellIsDropped() throws Exception {
        slowAt(TRAWLER, 1, 1);
        slowAt(TUG, 2, 2);
        slowAt(TANKER, 0, 0); // arrives late, within the watermark
        assertThat(harness.extractOutputValues()).isEmpty();

        harness.watermark(BEGINNING + 2 * MINUTE);

        assertThat(harness.extractOutputValues())
                .extracting(
                        CloseObservation::mmsi,
                        CloseObservation::otherMmsi,
                        c -> (c.time() - BEGINNING) / MINUTE)
                .containsExactly(
                        tuple(TANKER, TRAWLER, 1L),
                        tuple(TANKER, TUG, 2L),
                        tuple(TRAWLER, TUG, 2L));
        assertThat(KeyedStateEntries.of(harness)).isPositive();

        // Ten minutes after the newest fix, all of them are stale.
        harness.watermark(BEGINNING + 13 * MINUTE);

        assertThat(harness.extractOutputValues()).hasSize(3);
        assertThat(KeyedStateEntries.of(harness)).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aLoneVesselLeavesNothingBehindEither() throws Exception {
        slowAt(TANKER, 0, 0);
        harness.watermark(BEGINNING + 5 * MINUTE);
        assertThat(harness.numEventTimeTimers()).isOne();

        harness.watermark(BEGINNING + 11 * MINUTE);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(KeyedStateEntries.of(harness)).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
