package org.sealane.output;

import java.util.Map;
import java.util.TreeMap;
import org.sealane.avro.AlertState;
import org.sealane.model.AlertEvent;
import org.sealane.model.PositionReport;

/**
 * Alerts as JSON lines with the fields of the Avro {@code Alert} record (DESIGN 3.4), listed by
 * start time, then vessel, type and zone, a duration alert's OPEN record before its CLOSED one.
 */
public final class AlertJsonFormat implements JsonLineFormat<AlertEvent> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJson(AlertEvent alert) {
        return Json.object(
                json -> {
                    json.writeStringField("alertId", alert.alertId());
                    json.writeStringField("type", alert.type().name());
                    json.writeStringField("state", alert.state().name());
                    json.writeStringField("severity", alert.severity().name());
                    json.writeNumberField("mmsi", alert.mmsi());
                    if (alert.otherMmsi() == AlertEvent.NO_OTHER_VESSEL) {
                        json.writeNullField("otherMmsi");
                    } else {
                        json.writeNumberField("otherMmsi", alert.otherMmsi());
                    }
                    json.writeStringField("zoneId", alert.zoneId());
                    json.writeStringField("zoneName", alert.zoneName());
                    Json.time(json, "startTime", alert.startTime(), true);
                    Json.time(
                            json,
                            "endTime",
                            alert.endTime(),
                            alert.endTime() != PositionReport.UNKNOWN_TIME);
                    json.writeNumberField("lat", alert.lat());
                    json.writeNumberField("lon", alert.lon());
                    json.writeStringField("direction", alert.direction());
                    json.writeObjectFieldStart("details");
                    Map<String, String> details = new TreeMap<>(alert.details());
                    for (Map.Entry<String, String> detail : details.entrySet()) {
                        json.writeStringField(detail.getKey(), detail.getValue());
                    }
                    json.writeEndObject();
                });
    }

    @Override
    public String sortKey(AlertEvent alert) {
        return String.format(
                "%020d|%09d|%02d|%s|%d|%s",
                alert.startTime() - Long.MIN_VALUE / 2,
                alert.mmsi(),
                alert.type().ordinal(),
                alert.zoneId(),
                alert.state() == AlertState.OPEN ? 0 : 1,
                alert.alertId());
    }
}
