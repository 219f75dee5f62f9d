package org.sealane.track;

/**
 * Decides whether a fix moves a vessel's track (DESIGN 4, position jump), and notices when one MMSI
 * is reported from two places at once. A fix implying more than the speed limit from the last good
 * fix is a jump and does not move the track; it is remembered as a suspect second track. What
 * happens next tells the cases apart:
 *
 * <ul>
 *   <li>the next fix fits the main track again: the jump was a glitch;
 *   <li>the next fix fits the suspect and not the main track: the main track was the outlier (a bad
 *       first fix, or a vessel back after a long silence), so the track moves to the suspect and
 *       the old track becomes the suspect;
 *   <li>fixes keep fitting both, alternately: two transmitters share the MMSI ({@link
 *       FixVerdict#SECOND_TRACK}).
 * </ul>
 *
 * A suspect silent for longer than the quiet time is dropped. Thread-safe.
 */
public final class TrackFilter {

    /**
     * Position noise allowed on top of the speed limit. AIS fixes a few seconds apart, or one
     * message timed by two receivers a little differently, can differ by tens of metres without any
     * real movement; without this margin they would read as hundreds of knots.
     */
    static final double NOISE_METERS = 100;

    /**
     * How far apart two tracks of one MMSI must be to count as two transmitters. Closer than this,
     * a fix that fits neither the main track's speed nor its time is far more likely a bad
     * timestamp or a GPS glitch near the real ship than a second ship.
     */
    static final double SECOND_TRACK_MIN_METERS = 10_000;

    private final double maxSpeedKn;
    private final long suspectLifetimeMillis;

    public TrackFilter(double maxSpeedKn, long suspectLifetimeMillis) {
        this.maxSpeedKn = maxSpeedKn;
        this.suspectLifetimeMillis = suspectLifetimeMillis;
    }

    /** Judges the fix and updates the track's last good fix and suspect track accordingly. */
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
        if (hasLiveSuspect(track, time)
                && plausible(
                        track.getSuspectTime(),
                        track.getSuspectLat(),
                        track.getSuspectLon(),
                        time,
                        lat,
                        lon)) {
            if (track.getLastTime() < track.getSuspectTime()) {
                // Two fixes in a row on the suspect track, none on the main one in between.
                long oldTime = track.getLastTime();
                double oldLat = track.getLastLat();
                double oldLon = track.getLastLon();
                moveTo(track, time, lat, lon);
                track.setHasSuspect(true);
                track.setSuspectFirstTime(oldTime);
                suspect(track, oldTime, oldLat, oldLon);
                return FixVerdict.REANCHORED;
            }
            if (GeoMath.distanceMeters(track.getLastLat(), track.getLastLon(), lat, lon)
                    >= SECOND_TRACK_MIN_METERS) {
                suspect(track, time, lat, lon);
                return FixVerdict.SECOND_TRACK;
            }
        }
        track.setHasSuspect(true);
        track.setSuspectFirstTime(time);
        suspect(track, time, lat, lon);
        return FixVerdict.JUMP;
    }

    /** Whether the track has a suspect second track heard from recently enough to matter. */
    public boolean hasLiveSuspect(VesselTrack track, long now) {
        return track.isHasSuspect() && now - track.getSuspectTime() <= suspectLifetimeMillis;
    }

    private boolean plausible(
            long fromTime, double fromLat, double fromLon, long time, double lat, double lon) {
        double meters = GeoMath.distanceMeters(fromLat, fromLon, lat, lon);
        double hours = Math.abs(time - fromTime) / 3_600_000.0;
        return meters - NOISE_METERS <= maxSpeedKn * GeoMath.METERS_PER_NAUTICAL_MILE * hours;
    }

    private static void suspect(VesselTrack track, long time, double lat, double lon) {
        track.setSuspectTime(time);
        track.setSuspectLat(lat);
        track.setSuspectLon(lon);
    }

    private static void moveTo(VesselTrack track, long time, double lat, double lon) {
        track.setHasFix(true);
        track.setLastTime(time);
        track.setLastLat(lat);
        track.setLastLon(lon);
    }
}
