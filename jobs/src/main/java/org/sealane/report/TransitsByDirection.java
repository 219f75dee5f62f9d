package org.sealane.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Chokepoint transits counted per chokepoint and direction ({@code south->north}).
 *
 * @param chokepoints the chokepoints with at least one transit, by id
 * @param directions every direction seen, in order
 * @param counts for each direction, its transits through each chokepoint, by index in {@code
 *     chokepoints}
 */
public record TransitsByDirection(
        List<Chokepoint> chokepoints, List<String> directions, Map<String, int[]> counts) {

    /** A chokepoint as the alerts name it. */
    public record Chokepoint(String id, String name) {}

    /** Counts the {@code CHOKEPOINT_TRANSIT} alerts among those of {@code alerts.jsonl}. */
    public static TransitsByDirection of(List<JsonNode> alerts) {
        Map<String, String> names = new TreeMap<>();
        TreeSet<String> directions = new TreeSet<>();
        for (JsonNode alert : alerts) {
            if (isTransit(alert)) {
                String id = alert.get("zoneId").asText();
                JsonNode name = alert.get("zoneName");
                names.put(id, name == null || name.isNull() ? id : name.asText());
                directions.add(direction(alert));
            }
        }
        List<String> ids = new ArrayList<>(names.keySet());
        Map<String, int[]> counts = new TreeMap<>();
        for (String direction : directions) {
            counts.put(direction, new int[ids.size()]);
        }
        for (JsonNode alert : alerts) {
            if (isTransit(alert)) {
                counts.get(direction(alert))[ids.indexOf(alert.get("zoneId").asText())]++;
            }
        }
        List<Chokepoint> chokepoints =
                ids.stream().map(id -> new Chokepoint(id, names.get(id))).toList();
        return new TransitsByDirection(chokepoints, List.copyOf(directions), counts);
    }

    private static boolean isTransit(JsonNode alert) {
        return "CHOKEPOINT_TRANSIT".equals(alert.get("type").asText());
    }

    private static String direction(JsonNode alert) {
        JsonNode direction = alert.get("direction");
        return direction == null || direction.isNull() ? "unknown" : direction.asText();
    }
}
