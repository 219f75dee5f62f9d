package org.sealane.track;

import java.util.Map;
import java.util.function.Consumer;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneKind;

/**
 * LOITERING: a run of slow fixes inside a chokepoint or patrol zone, outside ports, lasting the
 * zone's loitering time (DESIGN 4: under 2 kn for 2 h). A silence does not end the run; a fast fix,
 * a fix in a port or leaving the zone does. Thread-safe.
 */
public final class LoiteringDetector {

    private final DetectorThresholds thresholds;
    private final AlertFactory alerts;

    public LoiteringDetector(DetectorThresholds thresholds, AlertFactory alerts) {
        this.thresholds = thresholds;
        this.alerts = alerts;
    }

    /** Whether loitering is watched in this kind of zone. */
    public static boolean watches(Zone zone) {
        return zone.kind() == ZoneKind.CHOKEPOINT || zone.kind() == ZoneKind.PATROL;
    }

    /**
     * Applies a good fix inside the zone.
     *
     * @param speedKn the fix's speed, or NaN when unknown (the run is left as it is)
     * @param inPort whether the fix also lies in a port zone
     */
    public void apply(
            ZoneVisit visit,
            Zone zone,
            PositionReport fix,
            double speedKn,
            boolean inPort,
            Consumer<AlertEvent> out) {
        if (Double.isNaN(speedKn)) {
            return;
        }
        if (inPort || speedKn >= thresholds.loiterMaxSpeedKn(zone)) {
            end(visit, fix, out);
            return;
        }
        if (visit.getSlowSince() == VesselTrack.NONE) {
            visit.setSlowSince(fix.time());
            visit.setSlowMaxKn(speedKn);
        } else {
            visit.setSlowMaxKn(Math.max(visit.getSlowMaxKn(), speedKn));
        }
        if (!visit.isLoitering()
                && fix.time() - visit.getSlowSince() >= thresholds.loiterMillis(zone)) {
            visit.setLoitering(true);
            out.accept(
                    alerts.open(
                            AlertType.LOITERING,
                            Severity.WARNING,
                            fix.mmsi(),
                            AlertEvent.NO_OTHER_VESSEL,
                            visit.getZoneId(),
                            visit.getSlowSince(),
                            fix.lat(),
                            fix.lon(),
                            details(visit, fix.time())));
        }
    }

    /** Ends the slow run at this fix (the vessel sped up, entered a port or left the zone). */
    public void end(ZoneVisit visit, PositionReport fix, Consumer<AlertEvent> out) {
        if (visit.isLoitering()) {
            out.accept(
                    alerts.closed(
                            AlertType.LOITERING,
                            Severity.WARNING,
                            fix.mmsi(),
                            AlertEvent.NO_OTHER_VESSEL,
                            visit.getZoneId(),
                            visit.getSlowSince(),
                            fix.time(),
                            fix.lat(),
                            fix.lon(),
                            null,
                            details(visit, fix.time())));
        }
        visit.setSlowSince(VesselTrack.NONE);
        visit.setLoitering(false);
        visit.setSlowMaxKn(0);
    }

    private static Map<String, String> details(ZoneVisit visit, long now) {
        Map<String, String> details = AlertFactory.details();
        details.put("maxSpeedKn", AlertFactory.decimal(visit.getSlowMaxKn()));
        details.put("minutes", AlertFactory.minutes(now - visit.getSlowSince()));
        return details;
    }
}
