package org.sealane.track;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;

/**
 * Builds the alerts of the detectors, with the zone's name from the catalogue and deterministic ids
 * (docs/detectors.md). Thread-safe.
 */
public final class AlertFactory implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The zone id of an alert outside every catalogue zone. */
    public static final String OPEN_SEA = "open-sea";

    private final Map<String, String> zoneNames = new HashMap<>();

    public AlertFactory(ZoneCatalogue catalogue) {
        for (Zone zone : catalogue.zones()) {
            zoneNames.put(zone.id(), zone.name());
        }
    }

    /** An alert that happened at one instant, CLOSED at once. */
    public AlertEvent instant(
            AlertType type,
            Severity severity,
            long mmsi,
            String zoneId,
            long time,
            double lat,
            double lon,
            Map<String, String> details) {
        return closed(
                type,
                severity,
                mmsi,
                AlertEvent.NO_OTHER_VESSEL,
                zoneId,
                time,
                time,
                lat,
                lon,
                null,
                details);
    }

    /** A duration alert that has begun and is going on. */
    public AlertEvent open(
            AlertType type,
            Severity severity,
            long mmsi,
            long otherMmsi,
            String zoneId,
            long startTime,
            double lat,
            double lon,
            Map<String, String> details) {
        return alert(
                type,
                AlertState.OPEN,
                severity,
                mmsi,
                otherMmsi,
                zoneId,
                startTime,
                PositionReport.UNKNOWN_TIME,
                lat,
                lon,
                null,
                details);
    }

    /** An alert that has ended; a duration alert's CLOSED shares its OPEN's id. */
    public AlertEvent closed(
            AlertType type,
            Severity severity,
            long mmsi,
            long otherMmsi,
            String zoneId,
            long startTime,
            long endTime,
            double lat,
            double lon,
            String direction,
            Map<String, String> details) {
        return alert(
                type,
                AlertState.CLOSED,
                severity,
                mmsi,
                otherMmsi,
                zoneId,
                startTime,
                endTime,
                lat,
                lon,
                direction,
                details);
    }

    private AlertEvent alert(
            AlertType type,
            AlertState state,
            Severity severity,
            long mmsi,
            long otherMmsi,
            String zoneId,
            long startTime,
            long endTime,
            double lat,
            double lon,
            String direction,
            Map<String, String> details) {
        return new AlertEvent(
                AlertEvent.idFor(type, mmsi, otherMmsi, zoneId, startTime),
                type,
                state,
                severity,
                mmsi,
                otherMmsi,
                zoneId,
                zoneNames.get(zoneId),
                startTime,
                endTime,
                lat,
                lon,
                direction,
                details);
    }

    /** Details in a stable (sorted) order. */
    public static Map<String, String> details() {
        return new TreeMap<>();
    }

    public static String isoTime(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** One decimal place, half up, whatever the locale. */
    public static String decimal(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e15) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        long tenths = Math.round(Math.abs(value) * 10);
        String sign = value < 0 && tenths != 0 ? "-" : "";
        return sign + tenths / 10 + "." + tenths % 10;
    }

    public static String minutes(long millis) {
        return decimal(millis / 60_000.0);
    }
}
