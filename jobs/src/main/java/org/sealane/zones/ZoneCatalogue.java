package org.sealane.zones;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.sealane.config.SealaneConfig;

/**
 * The zones sealane watches, read from a GeoJSON FeatureCollection (DESIGN 3.2) and validated as a
 * whole at load: unique ids, known kinds, valid polygons, gates that name an existing chokepoint.
 * Every error names the file and the feature. Immutable and serialisable, so it can be shipped to
 * operators, which build their {@link ZoneIndex} from it in {@code open()}.
 */
public final class ZoneCatalogue implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    /**
     * The detector settings (configuration keys, DESIGN 4) a catalogue may set for all its zones
     * and the sea between them, in a {@code "thresholds"} member beside {@code "features"}:
     * published to a live job, they take effect without a restart. A zone's own thresholds still
     * come first. Settings that shape the job's timers and state (track expiry, feed silence,
     * coverage windows) and the harbour list's distance are not among them: they need a restart.
     */
    public static final List<String> THRESHOLD_SETTINGS =
            List.of(
                    "track.max-speed-kn",
                    "loitering.duration",
                    "loitering.max-speed-kn",
                    "gap.in-zone",
                    "gap.elsewhere",
                    "encounter.distance-m",
                    "encounter.duration",
                    "encounter.max-speed-kn",
                    "identity-conflict.quiet");

    private final String origin;
    private final List<Zone> zones;
    private final Map<String, String> thresholdSettings;

    private ZoneCatalogue(String origin, List<Zone> zones, Map<String, String> thresholdSettings) {
        this.origin = origin;
        this.zones = List.copyOf(zones);
        this.thresholdSettings = Collections.unmodifiableMap(new TreeMap<>(thresholdSettings));
    }

    public static ZoneCatalogue load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ZoneCatalogueException(file + ": cannot read zone catalogue: " + e, e);
        }
        return parse(text, file.toString());
    }

    /**
     * Reads a catalogue from GeoJSON text.
     *
     * @param geoJson a FeatureCollection
     * @param origin where it came from, for error messages
     */
    public static ZoneCatalogue parse(String geoJson, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(geoJson);
        } catch (JsonProcessingException e) {
            throw new ZoneCatalogueException(
                    origin + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null
                || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            throw new ZoneCatalogueException(
                    origin + ": expected a GeoJSON FeatureCollection with a \"features\" array");
        }
        Map<String, String> thresholdSettings = thresholdSettings(root.get("thresholds"), origin);
        Map<String, ZoneDraft> drafts = new LinkedHashMap<>();
        List<GateDraft> gates = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            FeatureReader reader = new FeatureReader(origin, index++, feature);
            if ("gate".equals(reader.kindName())) {
                gates.add(reader.gate());
            } else {
                ZoneDraft draft = reader.zone();
                ZoneDraft previous = drafts.putIfAbsent(draft.id, draft);
                if (previous != null) {
                    throw reader.error(
                            "duplicate id '"
                                    + draft.id
                                    + "' (first used by feature "
                                    + previous.featureIndex
                                    + ")");
                }
            }
        }
        for (GateDraft gate : gates) {
            ZoneDraft zone = drafts.get(gate.zoneId);
            if (zone == null || zone.kind != ZoneKind.CHOKEPOINT) {
                throw new ZoneCatalogueException(
                        origin
                                + ": "
                                + gate.label
                                + ": gate names zone '"
                                + gate.zoneId
                                + "', which is not a chokepoint of this catalogue");
            }
            for (Gate existing : zone.gates) {
                if (existing.end().equals(gate.end)) {
                    throw new ZoneCatalogueException(
                            origin
                                    + ": "
                                    + gate.label
                                    + ": chokepoint '"
                                    + gate.zoneId
                                    + "' already has a gate named '"
                                    + gate.end
                                    + "'");
                }
            }
            zone.gates.add(new Gate(gate.zoneId, gate.end, gate.line));
        }
        List<Zone> zones = new ArrayList<>();
        for (ZoneDraft draft : drafts.values()) {
            if (draft.kind == ZoneKind.CHOKEPOINT
                    && !draft.gates.isEmpty()
                    && draft.gates.size() != 2) {
                throw new ZoneCatalogueException(
                        origin
                                + ": feature "
                                + draft.featureIndex
                                + " (id '"
                                + draft.id
                                + "'): a chokepoint needs exactly two gates, found "
                                + draft.gates.size());
            }
            zones.add(
                    new Zone(
                            draft.id,
                            draft.name,
                            draft.kind,
                            draft.area,
                            draft.gates,
                            draft.thresholds));
        }
        if (zones.isEmpty()) {
            throw new ZoneCatalogueException(origin + ": the catalogue has no zones");
        }
        return new ZoneCatalogue(origin, zones, thresholdSettings);
    }

    /**
     * The catalogue's {@code "thresholds"} member, each setting checked as the configuration does.
     */
    private static Map<String, String> thresholdSettings(JsonNode thresholds, String origin) {
        Map<String, String> settings = new TreeMap<>();
        if (thresholds == null || thresholds.isNull()) {
            return settings;
        }
        if (!thresholds.isObject()) {
            throw new ZoneCatalogueException(
                    origin + ": \"thresholds\" must be an object of settings, not " + thresholds);
        }
        SealaneConfig check = SealaneConfig.defaults();
        for (Map.Entry<String, JsonNode> setting : thresholds.properties()) {
            String name = setting.getKey();
            if (!THRESHOLD_SETTINGS.contains(name)) {
                throw new ZoneCatalogueException(
                        origin
                                + ": thresholds: a catalogue cannot set '"
                                + name
                                + "'; it can set "
                                + String.join(", ", THRESHOLD_SETTINGS));
            }
            JsonNode value = setting.getValue();
            if (!value.isTextual() && !value.isNumber()) {
                throw new ZoneCatalogueException(
                        origin
                                + ": thresholds: '"
                                + name
                                + "' must be a number or a duration such as \"90m\", not "
                                + value);
            }
            try {
                check = check.with(name, value.asText());
            } catch (IllegalArgumentException e) {
                throw new ZoneCatalogueException(origin + ": thresholds: " + e.getMessage(), e);
            }
            settings.put(name, value.asText().trim());
        }
        return settings;
    }

    /** A catalogue of zones built in code (tests, generated scenarios); ids must be unique. */
    public static ZoneCatalogue of(String origin, List<Zone> zones) {
        Set<String> ids = new HashSet<>();
        for (Zone zone : zones) {
            if (!ids.add(zone.id())) {
                throw new ZoneCatalogueException(origin + ": duplicate id '" + zone.id() + "'");
            }
        }
        return new ZoneCatalogue(origin, zones, Map.of());
    }

    public String origin() {
        return origin;
    }

    /**
     * The catalogue's settings of {@link #THRESHOLD_SETTINGS}, sorted by key; they replace the
     * job's configured values while the catalogue is in force.
     */
    public Map<String, String> thresholdSettings() {
        return thresholdSettings;
    }

    /** The zones in catalogue order. */
    public List<Zone> zones() {
        return zones;
    }

    private static final class ZoneDraft {
        final int featureIndex;
        final String id;
        final String name;
        final ZoneKind kind;
        final Geometry area;
        final Map<String, Double> thresholds;
        final List<Gate> gates = new ArrayList<>();

        ZoneDraft(
                int featureIndex,
                String id,
                String name,
                ZoneKind kind,
                Geometry area,
                Map<String, Double> thresholds) {
            this.featureIndex = featureIndex;
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.area = area;
            this.thresholds = thresholds;
        }
    }

    private record GateDraft(String label, String zoneId, String end, Geometry line) {}

    /** Reads one feature, with errors that name it. */
    private static final class FeatureReader {
        private final String origin;
        private final int index;
        private final JsonNode feature;
        private final JsonNode properties;

        FeatureReader(String origin, int index, JsonNode feature) {
            this.origin = origin;
            this.index = index;
            this.feature = feature;
            this.properties = feature.path("properties");
        }

        String kindName() {
            return properties.path("kind").asText("");
        }

        String label() {
            String id = properties.path("id").asText("");
            return id.isEmpty() ? "feature " + index : "feature " + index + " (id '" + id + "')";
        }

        ZoneCatalogueException error(String message) {
            return new ZoneCatalogueException(origin + ": " + label() + ": " + message);
        }

        ZoneDraft zone() {
            String id = properties.path("id").asText("").trim();
            if (id.isEmpty()) {
                throw error("property 'id' is required");
            }
            ZoneKind kind = ZoneKind.fromCatalogueName(kindName());
            if (kind == null) {
                throw error(
                        "property 'kind' must be chokepoint, patrol, watch, port or gate, not '"
                                + kindName()
                                + "'");
            }
            String name = properties.hasNonNull("name") ? properties.get("name").asText() : null;
            Geometry area = Antimeridian.normalise(polygonal(feature.path("geometry")));
            Map<String, Double> thresholds = new HashMap<>();
            for (String threshold : Zone.THRESHOLD_NAMES) {
                JsonNode value = properties.get(threshold);
                if (value == null || value.isNull()) {
                    continue;
                }
                if (!value.isNumber() || value.asDouble() <= 0) {
                    throw error(
                            "property '" + threshold + "' must be a positive number, not " + value);
                }
                thresholds.put(threshold, value.asDouble());
            }
            return new ZoneDraft(index, id, name, kind, area, thresholds);
        }

        GateDraft gate() {
            String zoneId = properties.path("zone").asText("").trim();
            String end = properties.path("end").asText("").trim();
            if (zoneId.isEmpty() || end.isEmpty()) {
                throw error("a gate needs properties 'zone' (chokepoint id) and 'end' (its name)");
            }
            JsonNode geometry = feature.path("geometry");
            if (!"LineString".equals(geometry.path("type").asText())) {
                throw error("a gate must be a LineString");
            }
            Coordinate[] points = coordinates(geometry.path("coordinates"), "gate");
            if (points.length < 2) {
                throw error("a gate needs at least two points");
            }
            Geometry line = Antimeridian.normalise(GEOMETRY.createLineString(points));
            return new GateDraft(
                    "gate '" + end + "' of '" + zoneId + "' (" + label() + ")", zoneId, end, line);
        }

        private Geometry polygonal(JsonNode geometry) {
            String type = geometry.path("type").asText("");
            Geometry result;
            switch (type) {
                case "Polygon" -> result = polygon(geometry.path("coordinates"));
                case "MultiPolygon" -> {
                    List<Polygon> parts = new ArrayList<>();
                    for (JsonNode part : geometry.path("coordinates")) {
                        parts.add(polygon(part));
                    }
                    if (parts.isEmpty()) {
                        throw error("MultiPolygon has no polygons");
                    }
                    result = GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
                }
                default ->
                        throw error(
                                "geometry must be a Polygon or MultiPolygon, not '" + type + "'");
            }
            TopologyValidationError invalid = new IsValidOp(result).getValidationError();
            if (invalid != null) {
                throw error(
                        "invalid polygon: "
                                + invalid.getMessage()
                                + " at "
                                + invalid.getCoordinate().x
                                + ", "
                                + invalid.getCoordinate().y);
            }
            if (result.getEnvelopeInternal().getWidth() > 180) {
                throw error(
                        "polygon spans more than 180 degrees of longitude; a zone that crosses"
                                + " the antimeridian must use longitudes beyond 180 (for example"
                                + " 175 to 185) or be split into two parts");
            }
            return result;
        }

        private Polygon polygon(JsonNode rings) {
            if (!rings.isArray() || rings.isEmpty()) {
                throw error("polygon has no rings");
            }
            LinearRing shell = ring(rings.get(0));
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int i = 1; i < rings.size(); i++) {
                holes[i - 1] = ring(rings.get(i));
            }
            return GEOMETRY.createPolygon(shell, holes);
        }

        private LinearRing ring(JsonNode points) {
            Coordinate[] coordinates = coordinates(points, "ring");
            if (coordinates.length < 4
                    || !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
                throw error(
                        "a polygon ring needs at least 4 positions and must end where it starts");
            }
            return GEOMETRY.createLinearRing(coordinates);
        }

        private Coordinate[] coordinates(JsonNode points, String what) {
            if (!points.isArray()) {
                throw error(what + " coordinates must be an array of [lon, lat] positions");
            }
            Coordinate[] result = new Coordinate[points.size()];
            for (int i = 0; i < points.size(); i++) {
                JsonNode point = points.get(i);
                if (!point.isArray()
                        || point.size() < 2
                        || !point.get(0).isNumber()
                        || !point.get(1).isNumber()) {
                    throw error(what + " position " + i + " is not [lon, lat]: " + point);
                }
                double lon = point.get(0).asDouble();
                double lat = point.get(1).asDouble();
                if (lat < -90 || lat > 90 || lon < -540 || lon > 540) {
                    throw error(what + " position " + i + " is out of range: " + point);
                }
                result[i] = new Coordinate(lon, lat);
            }
            return result;
        }
    }
}
