package org.sealane.model;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;

/**
 * An alert as it travels between operators; the Avro {@code Alert} record and the JSON line in
 * {@code alerts.jsonl} carry the same fields (DESIGN 3.4).
 *
 * @param alertId deterministic id: see {@link #idFor}
 * @param type what happened
 * @param state OPEN while going on, CLOSED when ended or instantaneous
 * @param severity how urgently to look
 * @param mmsi the vessel
 * @param otherMmsi the other vessel of a pair, or {@link #NO_OTHER_VESSEL}
 * @param zoneId the zone's id
 * @param zoneName the zone's name, or null
 * @param startTime event time it began (epoch ms)
 * @param endTime event time it ended (epoch ms), or {@link PositionReport#UNKNOWN_TIME} while open
 * @param lat latitude where it was observed
 * @param lon longitude where it was observed
 * @param direction transit direction {@code from->to}, or null
 * @param details type-specific figures as text
 */
public record AlertEvent(
        String alertId,
        AlertType type,
        AlertState state,
        Severity severity,
        long mmsi,
        long otherMmsi,
        String zoneId,
        String zoneName,
        long startTime,
        long endTime,
        double lat,
        double lon,
        String direction,
        Map<String, String> details) {

    public static final long NO_OTHER_VESSEL = 0;

    /**
     * The id of an event: the same type, vessel, zone and start time always give the same id, so a
     * replay of the same input gives the same ids and OPEN and CLOSED of one event share it.
     */
    public static String idFor(AlertType type, long mmsi, String zoneId, long startTime) {
        return idFor(type, mmsi, NO_OTHER_VESSEL, zoneId, startTime);
    }

    /** The id of an event of a vessel, or of a pair of vessels (encounters). */
    public static String idFor(
            AlertType type, long mmsi, long otherMmsi, String zoneId, long startTime) {
        String vessels =
                otherMmsi == NO_OTHER_VESSEL ? Long.toString(mmsi) : mmsi + "+" + otherMmsi;
        String key = type.name() + '|' + vessels + '|' + zoneId + '|' + startTime;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
