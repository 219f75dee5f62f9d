package org.sealane.track;

/** What a new fix does to a vessel's track. */
public enum FixVerdict {
    /** A good fix: the track moves to it. */
    ACCEPTED,
    /**
     * A good fix that agrees with the suspect track, not with the old one: the track moves to it,
     * and the way there is from the suspect fix, not from the old track.
     */
    REANCHORED,
    /** The same time and place as the last good fix (heard twice, or a repeated row). */
    DUPLICATE,
    /** Implies an impossible speed from the last good fix: the track does not move. */
    JUMP,
    /**
     * Fits the suspect track while the main track is alive too: a second transmitter with the same
     * MMSI. The track does not move.
     */
    SECOND_TRACK
}
