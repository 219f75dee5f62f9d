package org.sealane.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An alert a scenario must raise, as one line of {@code NAME.expected.jsonl}: the fields of the
 * alert contract (docs/detectors.md) that identify it, its final state, and how far its times may
 * be off.
 *
 * @param type alert type, as in {@code alerts.jsonl}
 * @param state final state: {@code CLOSED}, or {@code OPEN} if still open when the input ends
 * @param mmsi the vessel (the lower MMSI of a pair)
 * @param otherMmsi the other vessel of a pair, or null
 * @param zoneId the zone, or {@code open-sea}
 * @param direction a transit's {@code from->to}, or null
 * @param startTime when it starts
 * @param endTime when it ends, or null while open
 * @param toleranceSeconds how far the actual times may differ: one report interval of the vessel at
 *     that moment
 */
public record ExpectedAlert(
        String type,
        String state,
        long mmsi,
        Long otherMmsi,
        String zoneId,
        String direction,
        Instant startTime,
        Instant endTime,
        long toleranceSeconds) {

    /** The zone id of alerts outside every catalogue zone. */
    public static final String OPEN_SEA = "open-sea";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads an alert from a line of an expected file, or the same fields of a line of {@code
     * alerts.jsonl} (whose tolerance is then 0).
     */
    public static ExpectedAlert parse(String jsonLine) {
        JsonNode json;
        try {
            json = JSON.readTree(jsonLine);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON alert: " + jsonLine, e);
        }
        return new ExpectedAlert(
                json.get("type").asText(),
                json.get("state").asText(),
                json.get("mmsi").asLong(),
                json.get("otherMmsi").isNull() ? null : json.get("otherMmsi").asLong(),
                json.get("zoneId").asText(),
                json.get("direction").isNull() ? null : json.get("direction").asText(),
                Instant.parse(json.get("startTime").asText()),
                json.get("endTime").isNull() ? null : Instant.parse(json.get("endTime").asText()),
                json.has("toleranceSeconds") ? json.get("toleranceSeconds").asLong() : 0);
    }

    public String toJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", type);
        fields.put("state", state);
        fields.put("mmsi", mmsi);
        fields.put("otherMmsi", otherMmsi);
        fields.put("zoneId", zoneId);
        fields.put("direction", direction);
        fields.put("startTime", startTime.toString());
        fields.put("endTime", endTime == null ? null : endTime.toString());
        fields.put("toleranceSeconds", toleranceSeconds);
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
