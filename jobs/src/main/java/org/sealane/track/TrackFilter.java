package org.sealane.track;

/**
 * Decides whether a fix moves a vessel's track (DESIGN 4, position jump). A fix implying more than
 * the speed limit from the last good fix is a jump and does not move the track. When two jumps in a
 * row agree with each other, the old track was the outlier (a bad first fix, a spoofed burst, or a
 * long silence), so the track moves to the new fixes. Thread-safe.
 */
public final class TrackFilter {

    /**
     * Position noise allowed on top of the speed limit. AIS fixes a few seconds apart, or one
     * message timed by two receivers a little differently, can differ by tens of metres without any
     * real movement; without this margin they would read as hundreds of knots.
     */
    static final double NOISE_METERS = 100;

    private final double maxSpeedKn;

    public TrackFilter(double maxSpeedKn) {
        this.maxSpeedKn = maxSpeedKn;
    }

    /** Judges the fix and updates the track's last good fix and suspect fix accordingly. */
    public FixVerdict apply(VesselTrack track, long time, double lat, double lon) {
        if (!track.isHasFix()) {
            moveTo(track, time, lat, lon);
            return FixVerdict.ACCEPTED;
        }
        if (time == track.getLastTime() && lat == track.getLastLat() && lon == track.getLastLon()) {
            return FixVerdict.DUPLICATE;
        }
        if (plausible(
                track.getLastTime(), track.getLastLat(), track.getLastLon(), time, lat, lon)) {
            moveTo(track, time, lat, lon);
            return FixVerdict.ACCEPTED;
        }
        if (track.isHasSuspect()
                && plausible(
                        track.getSuspectTime(),
                        track.getSuspectLat(),
                        track.getSuspectLon(),
                        time,
                        lat,
                        lon)) {
            moveTo(track, time, lat, lon);
            return FixVerdict.ACCEPTED;
        }
        track.setHasSuspect(true);
        track.setSuspectTime(time);
        track.setSuspectLat(lat);
        track.setSuspectLon(lon);
        return FixVerdict.JUMP;
    }

    /** The speed implied between the track's last good fix and this one, in knots. */
    public static double impliedSpeedKn(VesselTrack track, long time, double lat, double lon) {
        double meters = GeoMath.distanceMeters(track.getLastLat(), track.getLastLon(), lat, lon);
        return GeoMath.knots(meters, Math.abs(time - track.getLastTime()));
    }

    private boolean plausible(
            long fromTime, double fromLat, double fromLon, long time, double lat, double lon) {
        double meters = GeoMath.distanceMeters(fromLat, fromLon, lat, lon);
        double hours = Math.abs(time - fromTime) / 3_600_000.0;
        return meters - NOISE_METERS <= maxSpeedKn * GeoMath.METERS_PER_NAUTICAL_MILE * hours;
    }

    private static void moveTo(VesselTrack track, long time, double lat, double lon) {
        track.setHasFix(true);
        track.setLastTime(time);
        track.setLastLat(lat);
        track.setLastLon(lon);
        track.setHasSuspect(false);
    }
}
