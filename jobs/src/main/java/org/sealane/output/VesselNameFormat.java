package org.sealane.output;

import org.sealane.model.StaticReport;

/**
 * A vessel's name from a static report (AIS types 5 and 24, a CSV row's name column) as JSON, under
 * its MMSI as the key, with the report's time and input sequence so that {@link VesselTracks} can
 * take each vessel's latest name.
 */
public final class VesselNameFormat implements JsonLineFormat<StaticReport> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJson(StaticReport report) {
        return Json.object(
                json -> {
                    json.writeNumberField("time", report.time());
                    json.writeNumberField("sequence", report.sequence());
                    json.writeStringField("name", report.shipName());
                });
    }

    @Override
    public String sortKey(StaticReport report) {
        return Long.toString(report.mmsi());
    }
}
