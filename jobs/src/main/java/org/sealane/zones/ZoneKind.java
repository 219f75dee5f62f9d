package org.sealane.zones;

import java.util.Locale;

/** What a zone is for; it decides which detectors run there (DESIGN 3.2). */
public enum ZoneKind {
    /** A strait or canal with two named gates; transits are counted gate to gate. */
    CHOKEPOINT,
    /** An area the task force patrols; its coverage is measured. */
    PATROL,
    /** An area watched for entries and exits only. */
    WATCH,
    /** An anchorage or harbour: no loitering or encounter alerts there. */
    PORT;

    /** The kind named in a catalogue ({@code "chokepoint"}, ...), or null if there is none. */
    public static ZoneKind fromCatalogueName(String name) {
        for (ZoneKind kind : values()) {
            if (kind.catalogueName().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    public String catalogueName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
