package org.sealane.zones;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Brings geometries drawn across the antimeridian into [-180, 180]. A catalogue may draw such a
 * zone with longitudes beyond 180 (175 to 185) or below -180; the part beyond is cut off and moved
 * by 360 degrees, so that the zone becomes a MultiPolygon of its two sides and plain point queries
 * with longitudes in [-180, 180] work.
 */
final class Antimeridian {

    private Antimeridian() {}

    /** True when the geometry reaches beyond [-180, 180] and must be {@link #normalise}d. */
    static boolean crosses(Geometry geometry) {
        Envelope envelope = geometry.getEnvelopeInternal();
        return envelope.getMinX() < -180 || envelope.getMaxX() > 180;
    }

    /** The geometry cut into 360-degree-wide worlds and each piece moved into [-180, 180]. */
    static Geometry normalise(Geometry geometry) {
        if (!crosses(geometry)) {
            return geometry;
        }
        GeometryFactory factory = geometry.getFactory();
        Envelope envelope = geometry.getEnvelopeInternal();
        List<Geometry> pieces = new ArrayList<>();
        int firstWorld = (int) Math.floor((envelope.getMinX() + 180) / 360);
        int lastWorld = (int) Math.floor((envelope.getMaxX() + 180) / 360);
        for (int world = firstWorld; world <= lastWorld; world++) {
            double west = -180 + 360.0 * world;
            Polygon box = (Polygon) factory.toGeometry(new Envelope(west, west + 360, -90, 90));
            Geometry piece = geometry.intersection(box);
            if (!piece.isEmpty()) {
                pieces.add(
                        AffineTransformation.translationInstance(-360.0 * world, 0)
                                .transform(piece));
            }
        }
        return factory.buildGeometry(pieces).union();
    }
}
