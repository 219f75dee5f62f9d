package org.sealane.track;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.model.AlertEvent;
import org.sealane.zones.GateIndex;

/**
 * CHOKEPOINT_TRANSIT: a vessel crosses one gate of a chokepoint and later the other (DESIGN 3.2,
 * docs/detectors.md). Crossings are found on the segment between consecutive good fixes, so sparse
 * tracks count too; leaving by the gate one came in through is not a transit. Not thread-safe (it
 * owns a {@link GateIndex}): one per operator instance.
 */
public final class ChokepointTransitDetector {

    private final GateIndex gates;
    private final AlertFactory alerts;

    public ChokepointTransitDetector(GateIndex gates, AlertFactory alerts) {
        this.gates = gates;
        this.alerts = alerts;
    }

    /**
     * Follows the vessel along one segment of its track.
     *
     * @param odometerBefore the track's odometer at the segment's start
     * @param segmentMeters the segment's length
     */
    public void apply(
            VesselTrack track,
            long mmsi,
            long fromTime,
            double fromLat,
            double fromLon,
            long toTime,
            double toLat,
            double toLon,
            double odometerBefore,
            double segmentMeters,
            Consumer<AlertEvent> out) {
        List<GateIndex.Crossing> crossings = gates.crossings(fromLat, fromLon, toLat, toLon);
        for (int i = 0; i < crossings.size(); i++) {
            GateIndex.Crossing crossing = crossings.get(i);
            String zoneId = crossing.gate().zoneId();
            String end = crossing.gate().end();
            long time = fromTime + Math.round(crossing.fraction() * (toTime - fromTime));
            double odometer = odometerBefore + crossing.fraction() * segmentMeters;
            GateCrossing last = lastCrossing(track, zoneId);
            if (last == null) {
                track.getCrossings().add(GateCrossing.of(zoneId, end, time, odometer));
                continue;
            }
            if (!last.getEnd().equals(end)) {
                out.accept(transit(mmsi, last, end, time, odometer, crossing));
            }
            last.setEnd(end);
            last.setTime(time);
            last.setOdometerMeters(odometer);
        }
    }

    private AlertEvent transit(
            long mmsi,
            GateCrossing from,
            String toEnd,
            long time,
            double odometer,
            GateIndex.Crossing crossing) {
        long millis = time - from.getTime();
        double meters = odometer - from.getOdometerMeters();
        Map<String, String> details = AlertFactory.details();
        details.put("durationMinutes", AlertFactory.minutes(millis));
        details.put("distanceNm", AlertFactory.decimal(meters / GeoMath.METERS_PER_NAUTICAL_MILE));
        if (millis > 0) {
            details.put("meanSpeedKn", AlertFactory.decimal(GeoMath.knots(meters, millis)));
        }
        return alerts.closed(
                AlertType.CHOKEPOINT_TRANSIT,
                Severity.INFO,
                mmsi,
                AlertEvent.NO_OTHER_VESSEL,
                from.getZoneId(),
                from.getTime(),
                time,
                crossing.lat(),
                crossing.lon(),
                from.getEnd() + "->" + toEnd,
                details);
    }

    private static GateCrossing lastCrossing(VesselTrack track, String zoneId) {
        for (GateCrossing crossing : track.getCrossings()) {
            if (crossing.getZoneId().equals(zoneId)) {
                return crossing;
            }
        }
        return null;
    }
}
