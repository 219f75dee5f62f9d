package org.sealane.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many alerts of each type began in each hour (UTC), over every hour from the first alert's to
 * the last one's, quiet hours included, so the time axis is even.
 *
 * @param hours the start of each hour
 * @param countsByType for each alert type (by name), its count in each hour, by index in {@code
 *     hours}
 */
public record AlertsPerHour(List<Instant> hours, Map<String, int[]> countsByType) {

    /** Counts alerts as {@code alerts.jsonl} lists them. */
    public static AlertsPerHour of(List<JsonNode> alerts) {
        if (alerts.isEmpty()) {
            return new AlertsPerHour(List.of(), Map.of());
        }
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        for (JsonNode alert : alerts) {
            Instant hour = hourOf(alert);
            first = hour.isBefore(first) ? hour : first;
            last = hour.isAfter(last) ? hour : last;
        }
        List<Instant> hours = new ArrayList<>();
        for (Instant h = first; !h.isAfter(last); h = h.plus(1, ChronoUnit.HOURS)) {
            hours.add(h);
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (JsonNode alert : alerts) {
            int index = (int) ChronoUnit.HOURS.between(first, hourOf(alert));
            counts.computeIfAbsent(alert.get("type").asText(), t -> new int[hours.size()])[index]++;
        }
        return new AlertsPerHour(List.copyOf(hours), counts);
    }

    private static Instant hourOf(JsonNode alert) {
        return Instant.parse(alert.get("startTime").asText()).truncatedTo(ChronoUnit.HOURS);
    }
}
