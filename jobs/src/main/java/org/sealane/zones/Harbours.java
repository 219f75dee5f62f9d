package org.sealane.zones;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sealane.track.GeoMath;

/**
 * Where ships berth and anchor (the World Port Index and Global Fishing Watch's anchorages, bundled
 * with sealane): answers whether a position lies within a distance of one, through a grid of
 * 0.1-degree buckets, with the answer remembered for small cells that lie wholly near or wholly
 * far. Not thread-safe: one per operator instance.
 */
public final class Harbours implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The lists, put on the classpath by the build from the shared data folder (they are public
     * data, not the project's code): the World Port Index, and Global Fishing Watch's anchorages.
     */
    private static final List<String> BUNDLED =
            List.of(
                    "/org/sealane/harbours/gfw_WPI_ports.csv",
                    "/org/sealane/harbours/gfw_anchorage_overrides.csv");

    private static final double BUCKET_DEGREES = 0.1;
    private static final double METERS_PER_DEGREE = GeoMath.EARTH_RADIUS_M * Math.PI / 180;

    /** Remembered answers are for cells this size: about 550 m. */
    private static final double CELL_DEGREES = 0.005;

    /** Bounds the remembered cells: slow ships gather in few places, but a job runs for months. */
    private static final int MAX_REMEMBERED = 1 << 20;

    private static final byte NEAR = 1;
    private static final byte FAR = 2;

    private static Map<Long, double[]> bundledBuckets;

    private final Map<Long, double[]> buckets;
    private transient Map<Long, Byte> cells;
    private final double radiusMeters;

    private Harbours(Map<Long, double[]> buckets, double radiusMeters) {
        this.buckets = buckets;
        this.radiusMeters = radiusMeters;
    }

    /** The bundled harbours, near within the given distance; none when it is 0. */
    public static Harbours bundled(double radiusMeters) {
        return new Harbours(radiusMeters <= 0 ? Map.of() : bundledBuckets(), radiusMeters);
    }

    /**
     * The bundled lists by bucket, read once per JVM: every operator instance of a job shares them,
     * read-only, instead of parsing 64,000 points each as it opens.
     */
    private static synchronized Map<Long, double[]> bundledBuckets() {
        if (bundledBuckets == null) {
            bundledBuckets = byBucket(bundledPoints());
        }
        return bundledBuckets;
    }

    /** Harbours at the given points ({lat, lon}), near within the given distance. */
    public static Harbours of(List<double[]> points, double radiusMeters) {
        return new Harbours(byBucket(points), radiusMeters);
    }

    private static Map<Long, double[]> byBucket(List<double[]> points) {
        Map<Long, List<double[]>> byBucket = new HashMap<>();
        for (double[] point : points) {
            byBucket.computeIfAbsent(
                            bucket(row(point[0]), column(point[1])), b -> new ArrayList<>())
                    .add(point);
        }
        Map<Long, double[]> buckets = new HashMap<>();
        byBucket.forEach(
                (bucket, inBucket) -> {
                    double[] flat = new double[2 * inBucket.size()];
                    for (int i = 0; i < inBucket.size(); i++) {
                        flat[2 * i] = inBucket.get(i)[0];
                        flat[2 * i + 1] = inBucket.get(i)[1];
                    }
                    buckets.put(bucket, flat);
                });
        return buckets;
    }

    /** Every point ({lat, lon}) of the bundled lists, read by their columns' names. */
    public static List<double[]> bundledPoints() {
        List<double[]> points = new ArrayList<>();
        for (String list : BUNDLED) {
            try (InputStream in = Harbours.class.getResourceAsStream(list)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the harbour list "
                                    + list
                                    + " is not in this build of sealane: with the shared data"
                                    + " folder in place (../shared/data beside the repository,"
                                    + " or SEALANE_DATA_DIR=DIR), bin/sealane builds it again;"
                                    + " or run mvn package -Dsealane.data.dir=DIR; or set"
                                    + " harbour.distance-m=0");
                }
                readPoints(in, list, points);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + list, e);
            }
        }
        return points;
    }

    private static void readPoints(InputStream csv, String name, List<double[]> points)
            throws IOException {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        List<String> header = List.of(reader.readLine().split(","));
        int lat = header.indexOf("latitude");
        int lon = header.indexOf("longitude");
        if (lat < 0 || lon < 0) {
            throw new IllegalStateException(name + ": no latitude and longitude columns");
        }
        // Labels never hold commas before the coordinates in these lists; a plain split will do.
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] fields = line.split(",", Math.max(lat, lon) + 2);
            points.add(
                    new double[] {
                        Double.parseDouble(fields[lat]), Double.parseDouble(fields[lon])
                    });
        }
    }

    /** Whether a harbour or anchorage lies within the distance of the position. */
    public boolean near(double lat, double lon) {
        if (buckets.isEmpty()) {
            return false;
        }
        if (cells == null || cells.size() > MAX_REMEMBERED) {
            cells = new HashMap<>();
        }
        long cellRow = (long) Math.floor((lat + 90) / CELL_DEGREES);
        long cellColumn = (long) Math.floor((lon + 180) / CELL_DEGREES);
        long cell = cellRow << 32 | cellColumn;
        Byte known = cells.get(cell);
        if (known == null) {
            // The whole cell is near when its centre is near by more than its half-diagonal,
            // far when its centre is far by more than that; otherwise each position is measured.
            // The half-diagonal is to the corners towards the equator, the farther ones.
            double centreLat = -90 + (cellRow + 0.5) * CELL_DEGREES;
            double centreLon = -180 + (cellColumn + 0.5) * CELL_DEGREES;
            double halfDiagonal =
                    Math.max(
                            GeoMath.distanceMeters(
                                    centreLat,
                                    centreLon,
                                    centreLat + CELL_DEGREES / 2,
                                    centreLon + CELL_DEGREES / 2),
                            GeoMath.distanceMeters(
                                    centreLat,
                                    centreLon,
                                    centreLat - CELL_DEGREES / 2,
                                    centreLon + CELL_DEGREES / 2));
            double nearest = nearestWithin(centreLat, centreLon, radiusMeters + halfDiagonal);
            known =
                    nearest <= radiusMeters - halfDiagonal
                            ? NEAR
                            : nearest > radiusMeters + halfDiagonal ? FAR : 0;
            cells.put(cell, known);
        }
        if (known != 0) {
            return known == NEAR;
        }
        return nearestWithin(lat, lon, radiusMeters) <= radiusMeters;
    }

    /** The distance to the nearest point, if one lies within {@code limit}; else infinity. */
    private double nearestWithin(double lat, double lon, double limit) {
        int reach = (int) Math.ceil(limit / METERS_PER_DEGREE / BUCKET_DEGREES);
        int row = row(lat);
        int column = column(lon);
        // Buckets narrow towards the poles: look further east and west there.
        double cos = Math.max(0.05, Math.cos(Math.toRadians(lat)));
        int reachColumns = (int) Math.ceil(reach / cos);
        double nearest = Double.POSITIVE_INFINITY;
        for (int r = row - reach; r <= row + reach; r++) {
            for (int c = column - reachColumns; c <= column + reachColumns; c++) {
                double[] points = buckets.get(bucket(r, Math.floorMod(c, 3600)));
                if (points == null) {
                    continue;
                }
                for (int i = 0; i < points.length; i += 2) {
                    double meters = GeoMath.distanceMeters(lat, lon, points[i], points[i + 1]);
                    if (meters < nearest) {
                        nearest = meters;
                    }
                }
            }
        }
        return nearest <= limit ? nearest : Double.POSITIVE_INFINITY;
    }

    private static int row(double lat) {
        return (int) Math.floor((lat + 90) / BUCKET_DEGREES);
    }

    private static int column(double lon) {
        return Math.floorMod((int) Math.floor((lon + 180) / BUCKET_DEGREES), 3600);
    }

    private static long bucket(int row, int column) {
        return (long) row << 32 | column;
    }
}
