package org.sealane.coverage;

import java.io.Serializable;
import org.sealane.config.SealaneConfig;
import org.sealane.zones.Zone;

/**
 * The coverage settings (docs/coverage.md): window length, the longest interval between fixes that
 * still counts as presence, the coverage-gap threshold with each zone's override, and how long a
 * window waits for late presence and alerts. Immutable and serialisable.
 */
public final class CoverageRules implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MINUTE = 60_000L;
    static final long DAY = 86_400_000L;

    private final long windowMillis;
    private final long maxFixIntervalMillis;
    private final long gapMillis;
    private final long latenessMillis;

    public CoverageRules(
            long windowMillis, long maxFixIntervalMillis, long gapMillis, long latenessMillis) {
        if (windowMillis <= 0 || DAY % windowMillis != 0) {
            throw new IllegalArgumentException("a coverage window must divide a day");
        }
        this.windowMillis = windowMillis;
        this.maxFixIntervalMillis = maxFixIntervalMillis;
        this.gapMillis = gapMillis;
        this.latenessMillis = latenessMillis;
    }

    public static CoverageRules of(SealaneConfig config) {
        return new CoverageRules(
                config.coverageWindow().toMillis(),
                config.coverageMaxFixInterval().toMillis(),
                config.coverageGap().toMillis(),
                config.coverageLateness().toMillis());
    }

    public long windowMillis() {
        return windowMillis;
    }

    /** Two fixes inside a zone at most this far apart make presence between them. */
    public long maxFixIntervalMillis() {
        return maxFixIntervalMillis;
    }

    /** How long a zone may go uncovered before COVERAGE_GAP opens. */
    public long gapMillis(Zone zone) {
        double minutes = zone.threshold("coverageMaxGapMinutes", Double.NaN);
        return Double.isNaN(minutes) ? gapMillis : Math.round(minutes * MINUTE);
    }

    /** How long after its end a window's metric waits for late presence and alerts. */
    public long latenessMillis() {
        return latenessMillis;
    }

    /** The start of the window holding this time. */
    public long windowStart(long time) {
        return Math.floorDiv(time, windowMillis) * windowMillis;
    }
}
