package org.sealane.zones;

import java.io.Serializable;
import org.locationtech.jts.geom.Geometry;

/**
 * One named end of a chokepoint: a line drawn across the strait, coast to coast. A transit is a
 * crossing of one gate and then the other.
 *
 * @param zoneId the chokepoint this gate belongs to
 * @param end the end's name, for example {@code north}
 * @param line the gate line in lon/lat, normalised to [-180, 180] (two lines if it crosses the
 *     antimeridian)
 */
public record Gate(String zoneId, String end, Geometry line) implements Serializable {}
