package org.sealane.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;

/**
 * The zone entry and exit state machine of one vessel: given the zones its new good fix is in,
 * emits ZONE_EXIT for each zone it was in and is no longer, then ZONE_ENTRY for each new zone, each
 * in catalogue order, at the time and place of that fix. Plain logic, no Flink types; thread-safe.
 */
public final class ZoneMembershipTracker {

    private final Map<String, String> zoneNames = new HashMap<>();

    public ZoneMembershipTracker(ZoneCatalogue catalogue) {
        for (Zone zone : catalogue.zones()) {
            zoneNames.put(zone.id(), zone.name());
        }
    }

    /**
     * Applies a good fix to the track's zone memberships.
     *
     * @param track the vessel's state; its zones are updated
     * @param fix the fix, already accepted by the {@link TrackFilter}
     * @param previousFixTime time of the good fix before this one, or {@link
     *     PositionReport#UNKNOWN_TIME} if this is the track's first
     * @param zonesNow the zones containing the fix, in catalogue order
     * @param alerts receives the alerts
     */
    public void apply(
            VesselTrack track,
            PositionReport fix,
            long previousFixTime,
            List<Zone> zonesNow,
            Consumer<AlertEvent> alerts) {
        String[] before = track.getZoneIds();
        long[] enteredAt = track.getZoneEnteredAt();
        if (before.length == 0 && zonesNow.isEmpty()) {
            return;
        }
        for (int i = 0; i < before.length; i++) {
            if (!contains(zonesNow, before[i])) {
                alerts.accept(exit(fix, before[i], enteredAt[i], previousFixTime));
            }
        }
        List<String> ids = new ArrayList<>(zonesNow.size());
        long[] since = new long[zonesNow.size()];
        for (Zone zone : zonesNow) {
            int was = indexOf(before, zone.id());
            if (was >= 0) {
                since[ids.size()] = enteredAt[was];
            } else {
                since[ids.size()] = fix.time();
                alerts.accept(entry(fix, zone, previousFixTime));
            }
            ids.add(zone.id());
        }
        track.setZoneIds(ids.toArray(String[]::new));
        track.setZoneEnteredAt(since);
    }

    private static AlertEvent entry(PositionReport fix, Zone zone, long previousFixTime) {
        Map<String, String> details = fixDetails(fix);
        if (previousFixTime == PositionReport.UNKNOWN_TIME) {
            // Nothing is known of the vessel before this fix: it may have been inside already.
            details.put("firstFixOfTrack", "true");
        } else {
            details.put("previousFixTime", isoTime(previousFixTime));
        }
        return alert(AlertType.ZONE_ENTRY, fix, zone.id(), zone.name(), details);
    }

    private AlertEvent exit(PositionReport fix, String zoneId, long enteredAt, long lastInside) {
        Map<String, String> details = fixDetails(fix);
        details.put("enteredTime", isoTime(enteredAt));
        details.put("lastFixInsideTime", isoTime(lastInside));
        details.put("minutesInside", decimal((lastInside - enteredAt) / 60_000.0));
        return alert(AlertType.ZONE_EXIT, fix, zoneId, zoneNames.get(zoneId), details);
    }

    private static AlertEvent alert(
            AlertType type,
            PositionReport fix,
            String zoneId,
            String zoneName,
            Map<String, String> details) {
        return new AlertEvent(
                AlertEvent.idFor(type, fix.mmsi(), zoneId, fix.time()),
                type,
                AlertState.CLOSED,
                Severity.INFO,
                fix.mmsi(),
                AlertEvent.NO_OTHER_VESSEL,
                zoneId,
                zoneName,
                fix.time(),
                fix.time(),
                fix.lat(),
                fix.lon(),
                null,
                details);
    }

    private static Map<String, String> fixDetails(PositionReport fix) {
        Map<String, String> details = new TreeMap<>();
        if (!Double.isNaN(fix.speedKn())) {
            details.put("speedKn", decimal(fix.speedKn()));
        }
        if (!Double.isNaN(fix.courseDeg())) {
            details.put("courseDeg", decimal(fix.courseDeg()));
        }
        return details;
    }

    private static String isoTime(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static boolean contains(List<Zone> zones, String id) {
        for (Zone zone : zones) {
            if (zone.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(String[] ids, String id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
