package org.sealane.zones;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds where a vessel's way between two fixes crosses the gates of the catalogue's chokepoints: an
 * STRtree over the gates' line segments, queried with the envelope of the vessel's segment, then an
 * exact segment intersection. Works in lon/lat, which is accurate enough for gates a few tens of
 * miles long, and unwraps a segment that crosses the antimeridian. Build once (in {@code open()});
 * not thread-safe: one per operator instance.
 */
public final class GateIndex {

    /** One crossing of a gate by a vessel's segment. */
    public record Crossing(Gate gate, double fraction, double lat, double lon) {}

    private record GateSegment(Gate gate, double x1, double y1, double x2, double y2) {}

    private final STRtree tree = new STRtree();
    private final boolean empty;
    private final Envelope query = new Envelope();
    private final List<Crossing> found = new ArrayList<>();
    private double ax;
    private double ay;
    private double bx;
    private double by;
    private double shift;

    private final ItemVisitor intersect =
            item -> {
                GateSegment g = (GateSegment) item;
                double rx = bx - ax;
                double ry = by - ay;
                double sx = g.x2 - g.x1;
                double sy = g.y2 - g.y1;
                double denominator = rx * sy - ry * sx;
                if (denominator == 0) {
                    return; // parallel: sliding along a gate is not crossing it
                }
                double qx = g.x1 - ax;
                double qy = g.y1 - ay;
                double s = (qx * sy - qy * sx) / denominator;
                double u = (qx * ry - qy * rx) / denominator;
                // A fix exactly on a gate ends one segment and starts the next: count it once, on
                // the segment that arrives there.
                if (s > 0 && s <= 1 && u >= 0 && u <= 1) {
                    double lon = ZoneIndex.wrapLongitude(ax + s * rx - shift);
                    found.add(new Crossing(g.gate, s, ay + s * ry, lon));
                }
            };

    public GateIndex(ZoneCatalogue catalogue) {
        int segments = 0;
        for (Zone zone : catalogue.zones()) {
            for (Gate gate : zone.gates()) {
                for (int part = 0; part < gate.line().getNumGeometries(); part++) {
                    Geometry line = gate.line().getGeometryN(part);
                    Coordinate[] points = line.getCoordinates();
                    for (int i = 1; i < points.length; i++) {
                        Coordinate p = points[i - 1];
                        Coordinate q = points[i];
                        tree.insert(new Envelope(p, q), new GateSegment(gate, p.x, p.y, q.x, q.y));
                        segments++;
                    }
                }
            }
        }
        empty = segments == 0;
        tree.build();
    }

    /**
     * The gate crossings on the way from one fix to the next, in the order the vessel meets them.
     * The returned list is reused by the next call.
     */
    public List<Crossing> crossings(double lat1, double lon1, double lat2, double lon2) {
        found.clear();
        if (empty) {
            return found;
        }
        ax = ZoneIndex.wrapLongitude(lon1);
        ay = lat1;
        bx = ZoneIndex.wrapLongitude(lon2);
        by = lat2;
        // Take the short way round: across the antimeridian if that is shorter.
        if (bx - ax > 180) {
            bx -= 360;
        } else if (ax - bx > 180) {
            bx += 360;
        }
        search(0);
        if (Math.min(ax, bx) < -180) {
            search(360);
        } else if (Math.max(ax, bx) > 180) {
            search(-360);
        }
        if (found.size() > 1) {
            found.sort((a, b) -> Double.compare(a.fraction(), b.fraction()));
        }
        return found;
    }

    private void search(double by360) {
        ax += by360;
        bx += by360;
        shift = by360;
        query.init(ax, bx, ay, by);
        tree.query(query, intersect);
        ax -= by360;
        bx -= by360;
        shift = 0;
    }
}
