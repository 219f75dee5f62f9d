package org.sealane.encounter;

import java.io.Serializable;
import org.sealane.track.DetectorThresholds;
import org.sealane.track.GeoMath;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;

/**
 * The grid that finds vessels near each other without comparing every pair (DESIGN 1: pairs in the
 * same grid cell). Cells are bands of latitude cut into pieces of equal width in metres, at least
 * twice the largest encounter distance, so everything within that distance of a position lies in
 * its own cell or in one of the eight around it. A position is sent to its home cell and to each
 * neighbouring cell that comes within the encounter distance. Thread-safe.
 */
public final class EncounterGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Cells are at least this wide: fewer, busier cells beyond it cost more comparisons. */
    private static final double MIN_CELL_METERS = 2_000;

    private static final double METERS_PER_DEGREE = GeoMath.EARTH_RADIUS_M * Math.PI / 180;

    /** Receives a cell key and whether it is the position's home cell. */
    public interface CellConsumer {
        void accept(long cell, boolean home);
    }

    private final double reachMeters;
    private final double cellDegreesLat;
    private final int bands;

    public EncounterGrid(ZoneCatalogue catalogue, DetectorThresholds thresholds) {
        double reach = thresholds.encounterMeters(null);
        for (Zone zone : catalogue.zones()) {
            reach = Math.max(reach, thresholds.encounterMeters(zone));
        }
        reachMeters = reach;
        double cellMeters = Math.max(MIN_CELL_METERS, 2 * reach);
        bands = (int) Math.floor(180 / (cellMeters / METERS_PER_DEGREE));
        cellDegreesLat = 180.0 / bands;
    }

    /** Hands the home cell of the position, then the neighbouring cells within reach. */
    public void forEachCell(double lat, double lon, CellConsumer cells) {
        int band = band(lat);
        int columns = columns(band);
        int column = column(lon, columns);
        cells.accept(key(band, column), true);
        double columnWidthDegrees = 360.0 / columns;
        double south = -90 + band * cellDegreesLat;
        double west = -180 + column * columnWidthDegrees;
        double metersPerDegreeLon = METERS_PER_DEGREE * Math.cos(Math.toRadians(lat));
        boolean nearSouth = (lat - south) * METERS_PER_DEGREE <= reachMeters && band > 0;
        boolean nearNorth =
                (south + cellDegreesLat - lat) * METERS_PER_DEGREE <= reachMeters
                        && band < bands - 1;
        double fromWest = ((lon - west) % 360 + 360) % 360;
        boolean nearWest = fromWest * metersPerDegreeLon <= reachMeters;
        boolean nearEast = (columnWidthDegrees - fromWest) * metersPerDegreeLon <= reachMeters;
        if (nearWest) {
            cells.accept(key(band, Math.floorMod(column - 1, columns)), false);
        }
        if (nearEast) {
            cells.accept(key(band, Math.floorMod(column + 1, columns)), false);
        }
        // Bands above and below have their own column widths: take every column the reach
        // overlaps there.
        if (nearSouth) {
            neighbourBand(band - 1, lon, metersPerDegreeLon, cells);
        }
        if (nearNorth) {
            neighbourBand(band + 1, lon, metersPerDegreeLon, cells);
        }
    }

    private void neighbourBand(
            int band, double lon, double metersPerDegreeLon, CellConsumer cells) {
        int columns = columns(band);
        double reachDegrees =
                metersPerDegreeLon <= 0 ? 180 : Math.min(180, reachMeters / metersPerDegreeLon);
        int first = column(lon - reachDegrees, columns);
        int last = column(lon + reachDegrees, columns);
        int count = Math.floorMod(last - first, columns) + 1;
        for (int i = 0; i < count && i < columns; i++) {
            cells.accept(key(band, Math.floorMod(first + i, columns)), false);
        }
    }

    private int band(double lat) {
        return Math.min(bands - 1, Math.max(0, (int) Math.floor((lat + 90) / cellDegreesLat)));
    }

    /**
     * Columns in a band: as many as fit at its poleward edge, so that no cell is narrower there
     * than it is tall.
     */
    private int columns(int band) {
        double south = -90 + band * cellDegreesLat;
        double poleward = Math.max(Math.abs(south), Math.abs(south + cellDegreesLat));
        double widthDegrees = 360 * Math.cos(Math.toRadians(Math.min(90, poleward)));
        return Math.max(1, (int) Math.floor(widthDegrees / cellDegreesLat));
    }

    private static int column(double lon, int columns) {
        double wrapped = ((lon + 180) % 360 + 360) % 360;
        return Math.min(columns - 1, (int) Math.floor(wrapped / (360.0 / columns)));
    }

    private static long key(int band, int column) {
        return ((long) band << 32) | column;
    }
}
