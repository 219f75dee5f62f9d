package org.sealane.track;

import org.sealane.model.PositionReport;

/**
 * Which good fixes draw a vessel's track on a map: the first fix in each five minutes of event time
 * while it is under way, in each hour while it lies still. Five minutes at 20 knots is under two
 * nautical miles, finer than a strait shows on a screen, and a ship at anchor or alongside would
 * otherwise fill the track with one spot. It needs only the time of the fix before, which the track
 * keeps anyway, so thinning adds no state. A sparse track (satellite AIS) keeps every fix.
 */
public final class TrackThinning {

    static final long UNDER_WAY_STEP_MILLIS = 5 * 60_000L;
    static final long STILL_STEP_MILLIS = 60 * 60_000L;

    /** Below this a vessel lies still (at anchor, moored, drifting): its track hardly moves. */
    static final double STILL_BELOW_KN = 0.5;

    private TrackThinning() {}

    /**
     * Whether the track keeps this good fix.
     *
     * @param previousFixTime the time of the good fix before it, or {@link
     *     PositionReport#UNKNOWN_TIME} for the track's first
     */
    public static boolean keeps(PositionReport fix, long previousFixTime) {
        if (previousFixTime == PositionReport.UNKNOWN_TIME) {
            return true;
        }
        long step = fix.speedKn() < STILL_BELOW_KN ? STILL_STEP_MILLIS : UNDER_WAY_STEP_MILLIS;
        return Math.floorDiv(fix.time(), step) != Math.floorDiv(previousFixTime, step);
    }
}
