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
        if (Double.isNaN(limit) || Double.isNaN(speedKn)) {
            return;
        }
        if (speedKn <= limit) {
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

    /** Ends a speeding run at this fix (back under the limit, or out of the zone). */
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
                        zone.id(),
                        visit.getSpeedingSince(),
                        fix.time(),
                        fix.lat(),
                        fix.lon(),
                        null,
                        details(DetectorThresholds.speedLimitKn(zone), visit.getSpeedingMaxKn())));
        visit.setSpeedingSince(VesselTrack.NONE);
        visit.setSpeedingMaxKn(0);
    }

    private static Map<String, String> details(double limitKn, double maxKn) {
        Map<String, String> details = AlertFactory.details();
        details.put("limitKn", AlertFactory.decimal(limitKn));
        details.put("maxSpeedKn", AlertFactory.decimal(maxKn));
        return details;
    }
}
