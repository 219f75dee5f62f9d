package org.sealane.track;

import java.util.Map;
import java.util.function.Consumer;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;
import org.sealane.zones.Zone;

/**
 * SPEED_ANOMALY: faster than a zone's speed limit ({@code maxSpeedKn} in the catalogue, for example
 * a canal's), from the first fast fix to the first fix back under the limit or outside the zone.
 * Zones without a limit are not watched. Thread-safe.
 */
public final class SpeedLimitDetector {

    private final AlertFactory alerts;

    public SpeedLimitDetector(AlertFactory alerts) {
        this.alerts = alerts;
    }

    /**
     * Applies a good fix inside the zone.
     *
     * @param speedKn the fix's speed, or NaN when unknown (nothing changes)
     */
    public void apply(
            ZoneVisit visit,
            Zone zone,
            PositionReport fix,
            double speedKn,
            Consumer<AlertEvent> out) {
        double limit = DetectorThresholds.speedLimitKn(zone);
        if (Double.isNaN(speedKn)) {
            return;
        }
        // No limit: none ever set, or one lifted by a new catalogue while the vessel sped.
        if (Double.isNaN(limit) || speedKn <= limit) {
            end(visit, zone, fix, out);
            return;
        }
        if (visit.getSpeedingSince() == VesselTrack.NONE) {
            visit.setSpeedingSince(fix.time());
            visit.setSpeedingMaxKn(speedKn);
            out.accept(
                    alerts.open(
                            AlertType.SPEED_ANOMALY,
                            Severity.WARNING,
                            fix.mmsi(),
                            AlertEvent.NO_OTHER_VESSEL,
                            zone.id(),
                            fix.time(),
                            fix.lat(),
                            fix.lon(),
                            details(limit, speedKn)));
        } else {
            visit.setSpeedingMaxKn(Math.max(visit.getSpeedingMaxKn(), speedKn));
        }
    }

    /**
     * Ends a speeding run at this fix (back under the limit, out of the zone, or the zone removed).
     *
     * @param zone the visit's zone, or null when no catalogue this job has seen knows it any more
     *     (the limit is then left out of the details, as is one the zone no longer sets)
     */
    public void end(ZoneVisit visit, Zone zone, PositionReport fix, Consumer<AlertEvent> out) {
        if (visit.getSpeedingSince() == VesselTrack.NONE) {
            return;
        }
        out.accept(
                alerts.closed(
                        AlertType.SPEED_ANOMALY,
                        Severity.WARNING,
                        fix.mmsi(),
                        AlertEvent.NO_OTHER_VESSEL,
                        visit.getZoneId(),
                        visit.getSpeedingSince(),
                        fix.time(),
                        fix.lat(),
                        fix.lon(),
                        null,
                        details(
                                zone == null ? Double.NaN : DetectorThresholds.speedLimitKn(zone),
                                visit.getSpeedingMaxKn())));
        visit.setSpeedingSince(VesselTrack.NONE);
        visit.setSpeedingMaxKn(0);
    }

    private static Map<String, String> details(double limitKn, double maxKn) {
        Map<String, String> details = AlertFactory.details();
        if (!Double.isNaN(limitKn)) {
            details.put("limitKn", AlertFactory.decimal(limitKn));
        }
        details.put("maxSpeedKn", AlertFactory.decimal(maxKn));
        return details;
    }
}
