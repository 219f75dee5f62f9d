package org.sealane.zones;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One zone of the catalogue. Immutable; its geometry is in lon/lat with longitudes normalised to
 * [-180, 180] (a zone that crosses the antimeridian is a MultiPolygon of its two sides).
 *
 * @param id unique slug, for example {@code malacca-strait}
 * @param name human-readable name, or null
 * @param kind what the zone is for
 * @param area the zone's area
 * @param gates the chokepoint's two gates; empty for other kinds
 * @param thresholds per-zone overrides of detector defaults, by property name ({@code
 *     loiterMinutes}, {@code maxSpeedKn}, ...)
 */
public record Zone(
        String id,
        String name,
        ZoneKind kind,
        Geometry area,
        List<Gate> gates,
        Map<String, Double> thresholds)
        implements Serializable {

    /** Threshold property names a catalogue may set on a zone (DESIGN 3.2). */
    public static final List<String> THRESHOLD_NAMES =
            List.of(
                    "loiterMinutes",
                    "loiterMaxSpeedKn",
                    "gapMinutes",
                    "maxSpeedKn",
                    "encounterMeters",
                    "encounterMinutes",
                    "coverageMaxGapMinutes");

    public Zone {
        gates = List.copyOf(gates);
        thresholds = Map.copyOf(thresholds);
    }

    /** The zone's override for a threshold, or the given default. */
    public double threshold(String name, double defaultValue) {
        Double value = thresholds.get(name);
        return value == null ? defaultValue : value;
    }
}
