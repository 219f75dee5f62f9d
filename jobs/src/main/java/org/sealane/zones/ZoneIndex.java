package org.sealane.zones;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Answers "which zones is this position in?" fast: an STRtree over the zones' envelopes, then an
 * exact point-in-area test with a prebuilt {@link IndexedPointInAreaLocator} (an unprepared {@code
 * Geometry.contains} per position is hundreds of times slower). A position on a zone's boundary
 * counts as inside. Build once (in {@code open()}); not thread-safe: one per operator instance.
 */
public final class ZoneIndex {

    private final STRtree tree = new STRtree();
    private final Coordinate probe = new Coordinate();
    private final Envelope probeEnvelope = new Envelope();
    private final List<Entry> hits = new ArrayList<>();
    private final ItemVisitor collectHits =
            item -> {
                Entry entry = (Entry) item;
                if (entry.locator.locate(probe) != Location.EXTERIOR) {
                    hits.add(entry);
                }
            };

    private record Entry(int ordinal, Zone zone, IndexedPointInAreaLocator locator) {}

    public ZoneIndex(ZoneCatalogue catalogue) {
        List<Zone> zones = catalogue.zones();
        for (int ordinal = 0; ordinal < zones.size(); ordinal++) {
            Zone zone = zones.get(ordinal);
            // Each part on its own, so that the two sides of an antimeridian zone do not get one
            // envelope spanning the whole globe.
            for (int part = 0; part < zone.area().getNumGeometries(); part++) {
                Geometry polygon = zone.area().getGeometryN(part);
                tree.insert(
                        polygon.getEnvelopeInternal(),
                        new Entry(ordinal, zone, new IndexedPointInAreaLocator(polygon)));
            }
        }
        tree.build();
    }

    /**
     * The zones containing the position, in catalogue order; empty for most of the ocean.
     *
     * @param lat latitude in degrees
     * @param lon longitude in degrees; values outside [-180, 180] are wrapped
     */
    public List<Zone> zonesAt(double lat, double lon) {
        probe.x = wrapLongitude(lon);
        probe.y = lat;
        probeEnvelope.init(probe.x, probe.x, probe.y, probe.y);
        hits.clear();
        tree.query(probeEnvelope, collectHits);
        if (hits.isEmpty()) {
            return List.of();
        }
        hits.sort((a, b) -> Integer.compare(a.ordinal, b.ordinal));
        List<Zone> result = new ArrayList<>(hits.size());
        for (Entry hit : hits) {
            if (result.isEmpty() || result.get(result.size() - 1) != hit.zone) {
                result.add(hit.zone);
            }
        }
        return result;
    }

    static double wrapLongitude(double lon) {
        if (lon >= -180 && lon <= 180) {
            return lon;
        }
        double wrapped = ((lon + 180) % 360 + 360) % 360 - 180;
        return wrapped;
    }
}
