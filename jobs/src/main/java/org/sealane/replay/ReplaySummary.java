package org.sealane.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sealane.avro.AlertType;
import org.sealane.avro.RejectReason;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.flink.LineTally;
import org.sealane.flink.PipelineCounters;

/**
 * What a replay read and made of it ({@code summary.json}). Every input line is accounted for:
 * {@code inputLines = positions + staticReports + rejected + duplicates + ignored + blank}, where a
 * multipart message counts all its lines.
 */
public final class ReplaySummary {

    private final Map<String, Object> fields;

    private ReplaySummary(Map<String, Object> fields) {
        this.fields = fields;
    }

    static ReplaySummary from(
            List<ReplayInput> inputs,
            Map<String, Object> accumulators,
            long alertsWritten,
            long coverageMetrics,
            TaskForceRoster roster,
            int parallelism,
            Duration wallTime) {
        LineTally lines = LineTally.from(accumulators);
        Map<String, Long> ignored = new LinkedHashMap<>();
        lines.ignored().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> ignored.put(entry.getKey().name(), entry.getValue()));
        Map<String, Long> rejectedByReason = new TreeMap<>();
        for (RejectReason reason : RejectReason.values()) {
            long n = PipelineCounters.count(accumulators, PipelineCounters.rejected(reason));
            if (n > 0) {
                rejectedByReason.put(reason.name(), n);
            }
        }
        Map<String, Long> alertsByType = new TreeMap<>();
        for (AlertType type : AlertType.values()) {
            long n = PipelineCounters.count(accumulators, PipelineCounters.alerts(type));
            if (n > 0) {
                alertsByType.put(type.name(), n);
            }
        }

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(
                "inputs",
                inputs.stream()
                        .map(
                                input -> {
                                    Map<String, Object> entry = new LinkedHashMap<>();
                                    entry.put("path", input.path());
                                    entry.put("format", input.format().cliName());
                                    entry.put("bytes", input.sizeBytes());
                                    return entry;
                                })
                        .toList());
        fields.put("inputLines", lines.inputLines());
        fields.put("positions", lines.positions());
        fields.put("staticReports", lines.staticReports());
        fields.put("rejected", lines.rejected());
        fields.put("duplicates", lines.duplicates());
        fields.put("ignored", ignored);
        fields.put("blank", lines.blank());
        fields.put("linesAccountedFor", lines.accountedFor());
        fields.put("rejectedByReason", rejectedByReason);
        fields.put(
                "positionJumps",
                PipelineCounters.count(
                        accumulators, PipelineCounters.alerts(AlertType.POSITION_JUMP)));
        fields.put("alerts", alertsWritten);
        fields.put("alertsByType", alertsByType);
        fields.put("coverage", coverage(accumulators, coverageMetrics, roster));
        fields.put("parallelism", parallelism);
        double seconds = wallTime.toNanos() / 1e9;
        fields.put("wallTimeSeconds", Math.round(seconds * 1000) / 1000.0);
        fields.put(
                "positionsPerSecond",
                seconds > 0 ? Math.round((lines.positions() + lines.duplicates()) / seconds) : 0);
        return new ReplaySummary(fields);
    }

    /**
     * Each nation's contribution: its ships' asset-minutes in patrol zones over the hourly windows,
     * and its share of all of them (docs/coverage.md).
     */
    private static Map<String, Object> coverage(
            Map<String, Object> accumulators, long metrics, TaskForceRoster roster) {
        Map<String, Long> millisByNation = new TreeMap<>();
        for (String nation : roster.nations()) {
            millisByNation.put(nation, 0L);
        }
        for (Map.Entry<String, Object> accumulator : accumulators.entrySet()) {
            if (accumulator.getKey().startsWith(PipelineCounters.NATION_ASSET_MILLIS)
                    && accumulator.getValue() instanceof Number ms) {
                millisByNation.merge(
                        accumulator
                                .getKey()
                                .substring(PipelineCounters.NATION_ASSET_MILLIS.length()),
                        ms.longValue(),
                        Long::sum);
            }
        }
        long totalMillis = millisByNation.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Integer> ships = roster.shipsByNation();
        Map<String, Object> nations = new LinkedHashMap<>();
        for (Map.Entry<String, Long> nation : millisByNation.entrySet()) {
            Map<String, Object> contribution = new LinkedHashMap<>();
            contribution.put("rosterShips", ships.getOrDefault(nation.getKey(), 0));
            contribution.put("assetMinutes", Math.round(nation.getValue() / 600.0) / 100.0);
            contribution.put(
                    "share",
                    totalMillis == 0
                            ? 0.0
                            : Math.round(nation.getValue() * 10_000.0 / totalMillis) / 10_000.0);
            nations.put(nation.getKey(), contribution);
        }
        Map<String, Object> coverage = new LinkedHashMap<>();
        coverage.put("metrics", metrics);
        coverage.put("assetMinutes", Math.round(totalMillis / 600.0) / 100.0);
        coverage.put("nations", nations);
        coverage.put(
                "lateObservations",
                PipelineCounters.count(accumulators, PipelineCounters.COVERAGE_LATE));
        return coverage;
    }

    public long inputLines() {
        return (Long) fields.get("inputLines");
    }

    public long positions() {
        return (Long) fields.get("positions");
    }

    public long rejected() {
        return (Long) fields.get("rejected");
    }

    /** Input lines rejected for this reason. */
    public long rejectedBecause(RejectReason reason) {
        Object byReason = fields.get("rejectedByReason");
        if (byReason instanceof Map<?, ?> counts && counts.get(reason.name()) instanceof Long n) {
            return n;
        }
        return 0;
    }

    public long alerts() {
        return (Long) fields.get("alerts");
    }

    public boolean linesAccountedFor() {
        return (Boolean) fields.get("linesAccountedFor");
    }

    public double wallTimeSeconds() {
        return (Double) fields.get("wallTimeSeconds");
    }

    public long positionsPerSecond() {
        return (Long) fields.get("positionsPerSecond");
    }

    /** The summary as a map, in the order it is written. */
    public Map<String, Object> asMap() {
        return fields;
    }

    void write(Path file) throws IOException {
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(file.toFile(), fields);
    }
}
