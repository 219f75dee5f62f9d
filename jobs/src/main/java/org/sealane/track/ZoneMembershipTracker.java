package org.sealane.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.zones.Zone;

/**
 * The zone entry and exit state machine of one vessel: given the zones its new good fix is in,
 * emits ZONE_EXIT for each zone it was in and is no longer, then ZONE_ENTRY for each new zone, each
 * in catalogue order, at the time and place of that fix. Plain logic, no Flink types; thread-safe.
 */
public final class ZoneMembershipTracker {

    /**
     * Where the vessel's previous good fix lies as the catalogue in force draws the zones, asked
     * after a catalogue change.
     */
    public interface PreviousFix {
        boolean inside(String zoneId);
    }

    private final AlertFactory alerts;

    public ZoneMembershipTracker(AlertFactory alerts) {
        this.alerts = alerts;
    }

    /**
     * Applies a good fix to the track's zone visits.
     *
     * @param track the vessel's state; its visits are updated
     * @param fix the fix, already accepted by the {@link TrackFilter}
     * @param previousFixTime time of the good fix before this one, or {@link
     *     PositionReport#UNKNOWN_TIME} if this is the track's first
     * @param zonesNow the zones containing the fix, in catalogue order
     * @param previousFix the previous good fix, when the catalogue has changed since it was judged:
     *     an entry or exit that the vessel's way did not make (the boundary moved past it) is
     *     marked {@code zoneRedrawn}; null otherwise
     * @param leaving told of each visit that ends, before its exit alert
     * @param out receives the alerts
     */
    public void apply(
            VesselTrack track,
            PositionReport fix,
            long previousFixTime,
            List<Zone> zonesNow,
            PreviousFix previousFix,
            Consumer<ZoneVisit> leaving,
            Consumer<AlertEvent> out) {
        List<ZoneVisit> before = track.getVisits();
        if (before.isEmpty() && zonesNow.isEmpty()) {
            return;
        }
        for (ZoneVisit visit : before) {
            if (!contains(zonesNow, visit.getZoneId())) {
                leaving.accept(visit);
                AlertEvent exit = exit(fix, visit, previousFixTime);
                if (previousFix != null && !previousFix.inside(visit.getZoneId())) {
                    exit.details().put("zoneRedrawn", "true");
                }
                out.accept(exit);
            }
        }
        List<ZoneVisit> now = new ArrayList<>(zonesNow.size());
        for (Zone zone : zonesNow) {
            ZoneVisit visit = track.visit(zone.id());
            if (visit == null) {
                visit = ZoneVisit.entered(zone.id(), fix.time());
                AlertEvent entry = entry(fix, zone, previousFixTime);
                if (previousFix != null && previousFix.inside(zone.id())) {
                    entry.details().put("zoneRedrawn", "true");
                }
                out.accept(entry);
            }
            now.add(visit);
        }
        track.setVisits(now);
    }

    private AlertEvent entry(PositionReport fix, Zone zone, long previousFixTime) {
        Map<String, String> details = fixDetails(fix);
        if (previousFixTime == PositionReport.UNKNOWN_TIME) {
            // Nothing is known of the vessel before this fix: it may have been inside already.
            details.put("firstFixOfTrack", "true");
        } else {
            details.put("previousFixTime", AlertFactory.isoTime(previousFixTime));
        }
        return alerts.instant(
                AlertType.ZONE_ENTRY,
                Severity.INFO,
                fix.mmsi(),
                zone.id(),
                fix.time(),
                fix.lat(),
                fix.lon(),
                details);
    }

    private AlertEvent exit(PositionReport fix, ZoneVisit visit, long lastInside) {
        Map<String, String> details = fixDetails(fix);
        details.put("enteredTime", AlertFactory.isoTime(visit.getEnteredAt()));
        details.put("lastFixInsideTime", AlertFactory.isoTime(lastInside));
        details.put("minutesInside", AlertFactory.minutes(lastInside - visit.getEnteredAt()));
        return alerts.instant(
                AlertType.ZONE_EXIT,
                Severity.INFO,
                fix.mmsi(),
                visit.getZoneId(),
                fix.time(),
                fix.lat(),
                fix.lon(),
                details);
    }

    private static Map<String, String> fixDetails(PositionReport fix) {
        Map<String, String> details = AlertFactory.details();
        if (!Double.isNaN(fix.speedKn())) {
            details.put("speedKn", AlertFactory.decimal(fix.speedKn()));
        }
        if (!Double.isNaN(fix.courseDeg())) {
            details.put("courseDeg", AlertFactory.decimal(fix.courseDeg()));
        }
        return details;
    }

    private static boolean contains(List<Zone> zones, String id) {
        for (Zone zone : zones) {
            if (zone.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
