package org.sealane.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.sealane.avro.CoverageMetric;
import org.sealane.coverage.ZoneCoverageMetric;

class CoverageFormatsTest {

    private static final long HOUR = 3_600_000L;
    private static final long START = Instant.parse("2025-06-01T06:00:00Z").toEpochMilli();

    private final ZoneCoverageMetric handover =
            new ZoneCoverageMetric(
                    "red-sea-south",
                    START,
                    START + HOUR,
                    1.0,
                    96.0,
                    Map.of("GBR", 60.0, "FRA", 36.0),
                    2,
                    3,
                    1,
                    0,
                    12.5);

    @Test
    void aJsonLineHasTheFieldsOfTheAvroRecordInItsOrder() throws Exception {
        JsonNode line = new ObjectMapper().readTree(new CoverageJsonFormat().toJson(handover));

        List<String> names = new ArrayList<>();
        line.fieldNames().forEachRemaining(names::add);
        assertThat(names)
                .containsExactlyElementsOf(
                        CoverageMetric.getClassSchema().getFields().stream()
                                .map(Schema.Field::name)
                                .toList());
        assertThat(line.get("windowStart").asText()).isEqualTo("2025-06-01T06:00:00Z");
        assertThat(line.get("windowEnd").asText()).isEqualTo("2025-06-01T07:00:00Z");
        assertThat(line.get("assetMinutesByNation").toString())
                .isEqualTo("{\"FRA\":36.0,\"GBR\":60.0}");
        assertThat(line.get("uncoveredTrafficMinutes").asDouble()).isEqualTo(12.5);
    }

    @Test
    void aCsvRowHasAColumnPerRosterNationAndTimesASpreadsheetReads() {
        CoverageCsvFormat csv = new CoverageCsvFormat(List.of("FRA", "GBR", "USA"));

        assertThat(csv.header())
                .isEqualTo(
                        "zone_id,window_start_utc,window_end_utc,window_hours,covered_fraction,"
                                + "asset_minutes,distinct_assets,traffic_vessels,transits,alerts,"
                                + "uncovered_traffic_minutes,asset_minutes_FRA,asset_minutes_GBR,"
                                + "asset_minutes_USA");
        assertThat(csv.toJson(handover))
                .isEqualTo(
                        "red-sea-south,2025-06-01 06:00,2025-06-01 07:00,1.00,1.0000,96.00,2,3,1,0,"
                                + "12.50,36.00,60.00,0.00");
    }

    @Test
    void hoursComeBeforeTheDaySummaryOfTheSameStart() {
        ZoneCoverageMetric day =
                new ZoneCoverageMetric(
                        "red-sea-south", START, START + 24 * HOUR, 0, 0, Map.of(), 0, 0, 0, 0, 0);
        CoverageJsonFormat json = new CoverageJsonFormat();

        assertThat(json.sortKey(handover)).isLessThan(json.sortKey(day));
        assertThat(new CoverageCsvFormat(List.of()).sortKey(day)).isEqualTo(json.sortKey(day));
    }
}
