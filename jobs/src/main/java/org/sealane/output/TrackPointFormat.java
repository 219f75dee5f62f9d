package org.sealane.output;

import org.sealane.model.PositionReport;

/**
 * A track point as a compact JSON array {@code [epochSeconds, lat, lon]}, to 5 decimals (about a
 * metre), under its vessel's MMSI as the key; {@link VesselTracks} gathers them per vessel.
 */
public final class TrackPointFormat implements JsonLineFormat<PositionReport> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJson(PositionReport fix) {
        return "["
                + Math.floorDiv(fix.time(), 1000)
                + ","
                + fiveDecimals(fix.lat())
                + ","
                + fiveDecimals(fix.lon())
                + "]";
    }

    @Override
    public String sortKey(PositionReport fix) {
        return Long.toString(fix.mmsi());
    }

    private static String fiveDecimals(double degrees) {
        return Double.toString(Math.round(degrees * 1e5) / 1e5);
    }
}
