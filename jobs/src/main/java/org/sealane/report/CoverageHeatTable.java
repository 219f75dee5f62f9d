package org.sealane.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The covered share of each patrol zone in each hour, as a table of zones by hours, and the cells
 * that fall in a {@code COVERAGE_GAP} (from its start to its end, or to the last hour while it is
 * still open).
 *
 * @param zones patrol zone ids, in order
 * @param hours the start of each hour, every hour from the first metric's to the last one's
 * @param cells one per hourly metric: hour index, zone index, covered percent (one decimal)
 * @param gaps hour index and zone index of each cell inside a coverage gap
 */
public record CoverageHeatTable(
        List<String> zones, List<Instant> hours, List<Cell> cells, List<GapCell> gaps) {

    /** One hour of one zone. */
    public record Cell(int hour, int zone, double coveredPercent) {}

    /** One hour of one zone inside a coverage gap. */
    public record GapCell(int hour, int zone) {}

    private static final Duration HOUR = Duration.ofHours(1);

    /**
     * @param coverage the rows of {@code coverage.jsonl}; the day rows are left out
     * @param alerts the rows of {@code alerts.jsonl}; only {@code COVERAGE_GAP} counts
     */
    public static CoverageHeatTable of(List<JsonNode> coverage, List<JsonNode> alerts) {
        List<JsonNode> hourly = new ArrayList<>();
        TreeSet<String> zoneIds = new TreeSet<>();
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        for (JsonNode metric : coverage) {
            Instant start = Instant.parse(metric.get("windowStart").asText());
            Instant end = Instant.parse(metric.get("windowEnd").asText());
            if (Duration.between(start, end).equals(HOUR)) {
                hourly.add(metric);
                zoneIds.add(metric.get("zoneId").asText());
                first = start.isBefore(first) ? start : first;
                last = start.isAfter(last) ? start : last;
            }
        }
        if (hourly.isEmpty()) {
            return new CoverageHeatTable(List.of(), List.of(), List.of(), List.of());
        }
        List<String> zones = List.copyOf(zoneIds);
        List<Instant> hours = new ArrayList<>();
        for (Instant h = first; !h.isAfter(last); h = h.plus(HOUR)) {
            hours.add(h);
        }
        List<Cell> cells = new ArrayList<>();
        for (JsonNode metric : hourly) {
            Instant start = Instant.parse(metric.get("windowStart").asText());
            double percent = Math.round(metric.get("coveredFraction").asDouble() * 1000) / 10.0;
            cells.add(
                    new Cell(
                            (int) ChronoUnit.HOURS.between(first, start),
                            zones.indexOf(metric.get("zoneId").asText()),
                            percent));
        }
        Set<GapCell> gaps = new LinkedHashSet<>();
        Instant tableEnd = last.plus(HOUR);
        for (JsonNode alert : alerts) {
            int zone = zones.indexOf(alert.get("zoneId").asText());
            if (!"COVERAGE_GAP".equals(alert.get("type").asText()) || zone < 0) {
                continue;
            }
            Instant from = Instant.parse(alert.get("startTime").asText());
            JsonNode endTime = alert.get("endTime");
            boolean open = "OPEN".equals(alert.get("state").asText());
            Instant to =
                    open || endTime == null || endTime.isNull()
                            ? tableEnd
                            : Instant.parse(endTime.asText());
            for (int h = 0; h < hours.size(); h++) {
                Instant hourStart = hours.get(h);
                if (hourStart.isBefore(to) && hourStart.plus(HOUR).isAfter(from)) {
                    gaps.add(new GapCell(h, zone));
                }
            }
        }
        return new CoverageHeatTable(zones, List.copyOf(hours), cells, List.copyOf(gaps));
    }
}
