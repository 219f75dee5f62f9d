package org.sealane.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.sealane.avro.AlertState;
import org.sealane.avro.AlertType;
import org.sealane.coverage.ZoneObservation;
import org.sealane.model.AlertEvent;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneIndex;
import org.sealane.zones.ZoneKind;

/**
 * Turns alerts into what coverage counts (docs/coverage.md): a transit for each patrol zone its
 * second gate crossing lies in, at its end; any other event once, for each patrol zone its position
 * lies in, at its start, by the zone catalogue in force ({@link ZonesInForce}). Entries, exits and
 * coverage gaps are not counted.
 */
public class PatrolZoneAlerts
        extends BroadcastProcessFunction<AlertEvent, PublishedCatalogue, ZoneObservation> {

    private static final long serialVersionUID = 1L;

    private final ZonesInForce catalogues;

    /** About 0.1 mm: rounding, not geography. */
    private static final double EDGE_DEGREES = 1e-9;

    private transient ZoneIndex zones;
    private transient List<Zone> patrolZones;
    private transient GeometryFactory points;

    public PatrolZoneAlerts(ZoneCatalogue catalogue) {
        this.catalogues = new ZonesInForce(catalogue);
    }

    @Override
    public void open(OpenContext openContext) {
        points = new GeometryFactory();
        judgeBy(catalogues.open(this::judgeBy));
    }

    private void judgeBy(ZoneCatalogue catalogue) {
        zones = new ZoneIndex(catalogue);
        patrolZones =
                catalogue.zones().stream().filter(zone -> zone.kind() == ZoneKind.PATROL).toList();
    }

    @Override
    public void processBroadcastElement(
            PublishedCatalogue catalogue, Context ctx, Collector<ZoneObservation> out)
            throws Exception {
        catalogues.adopt(ctx, catalogue);
    }

    /**
     * The patrol zones a transit's second crossing lies in or on: a chokepoint's gate is often a
     * patrol zone's edge (Bab-el-Mandeb's north gate is the southern Red Sea's south edge), and a
     * crossing computed on the gate lands a rounding error to either side of it.
     */
    private List<Zone> patrolZonesTouching(AlertEvent transit) {
        Point crossing = points.createPoint(new Coordinate(transit.lon(), transit.lat()));
        List<Zone> touching = new ArrayList<>();
        for (Zone zone : patrolZones) {
            if (zone.area().isWithinDistance(crossing, EDGE_DEGREES)) {
                touching.add(zone);
            }
        }
        return touching;
    }

    @Override
    public void processElement(
            AlertEvent alert, ReadOnlyContext ctx, Collector<ZoneObservation> out)
            throws Exception {
        AlertType type = alert.type();
        if (type == AlertType.ZONE_ENTRY
                || type == AlertType.ZONE_EXIT
                || type == AlertType.COVERAGE_GAP) {
            return;
        }
        boolean transit = type == AlertType.CHOKEPOINT_TRANSIT;
        // A duration alert counts where and when it opened; its CLOSED record repeats it.
        boolean counted =
                transit || alert.state() == AlertState.OPEN || alert.endTime() == alert.startTime();
        if (!counted) {
            return;
        }
        catalogues.restoreOnce(ctx);
        List<Zone> here =
                transit ? patrolZonesTouching(alert) : zones.zonesAt(alert.lat(), alert.lon());
        for (Zone zone : here) {
            if (zone.kind() != ZoneKind.PATROL) {
                continue;
            }
            if (transit) {
                out.collect(
                        new ZoneObservation(
                                zone.id(),
                                ZoneObservation.Kind.TRANSIT,
                                alert.mmsi(),
                                alert.endTime(),
                                alert.endTime(),
                                null));
            } else {
                String event =
                        type.name()
                                + '|'
                                + alert.mmsi()
                                + '|'
                                + alert.otherMmsi()
                                + '|'
                                + alert.startTime();
                out.collect(
                        new ZoneObservation(
                                zone.id(),
                                ZoneObservation.Kind.ALERT,
                                alert.mmsi(),
                                alert.startTime(),
                                alert.startTime(),
                                event));
            }
        }
    }
}
