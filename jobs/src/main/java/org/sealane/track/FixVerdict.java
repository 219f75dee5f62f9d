package org.sealane.track;

/** What a new fix does to a vessel's track. */
public enum FixVerdict {
    /** A good fix: the track moves to it. */
    ACCEPTED,
    /** The same time and place as the last good fix (heard twice, or a repeated row). */
    DUPLICATE,
    /** Implies an impossible speed from the last good fix: the track does not move. */
    JUMP
}
