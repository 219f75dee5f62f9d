package org.sealane.coverage;

import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * One thing a patrol zone's coverage is made of, keyed by the zone: a vessel's presence, a transit
 * or another alert in the zone, or the feed reaching a new window.
 *
 * @param zoneId the patrol zone
 * @param kind what was observed
 * @param mmsi the vessel present (presence only)
 * @param from presence start; the transit's end; the alert's start; the window's start (feed); the
 *     end of the feed's last minute (feed end)
 * @param to presence end; otherwise {@code from}
 * @param event for alerts, what makes two records one event (type, vessels and start), so that an
 *     event a chokepoint and a patrol zone both report counts once; otherwise null
 */
public record ZoneObservation(
        String zoneId, Kind kind, long mmsi, long from, long to, String event) {

    public static final TypeInformation<ZoneObservation> TYPE =
            TypeInformation.of(ZoneObservation.class);

    public enum Kind {
        PRESENCE,
        TRANSIT,
        ALERT,
        /** The feed has reached a new window. */
        FEED,
        /** The input has ended: a replay's bounded files are all read. */
        FEED_END
    }

    /** The vessel was present in the zone from one good fix to the next, or at one fix. */
    public static ZoneObservation presence(String zoneId, long mmsi, long from, long to) {
        return new ZoneObservation(zoneId, Kind.PRESENCE, mmsi, from, to, null);
    }

    /** The input has ended; the feed's last position was in the minute before {@code end}. */
    public static ZoneObservation feedEnd(String zoneId, long end) {
        return new ZoneObservation(zoneId, Kind.FEED_END, 0, end, end, null);
    }

    /** The feed has delivered positions in the window starting then. */
    public static ZoneObservation feed(String zoneId, long windowStart) {
        return new ZoneObservation(zoneId, Kind.FEED, 0, windowStart, windowStart, null);
    }
}
