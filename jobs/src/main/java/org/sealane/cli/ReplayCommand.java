package org.sealane.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sealane.avro.RejectReason;
import org.sealane.config.SealaneConfig;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.input.InputFormat;
import org.sealane.replay.ReplayInput;
import org.sealane.replay.ReplayJob;
import org.sealane.replay.ReplaySummary;
import org.sealane.report.ReportData;
import org.sealane.zones.ZoneCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sealane replay}: the whole pipeline over files, on an embedded Flink MiniCluster. */
@Command(
        name = "replay",
        header = "Replay AIS files into alerts, coverage and an analyst's report.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Replay AIS files through the sealane pipeline on an embedded Flink cluster and",
            "write what it finds into the output directory:",
            "  alerts.jsonl    one JSON alert per line, by time (docs/detectors.md): zone",
            "                  entries and exits, transits, loitering, AIS gaps, encounters,",
            "                  speeding, position jumps, identity conflicts, coverage gaps",
            "  coverage.jsonl  the task force's coverage of each patrol zone, per hour and",
            "                  per day (docs/coverage.md)",
            "  coverage.csv    the same, for a spreadsheet",
            "  rejected.jsonl  every input line that could not be used, with its reason",
            "  summary.json    counts that add up to the input lines, alerts by type, each",
            "                  nation's share of the patrol time, speed",
            "  tracks.jsonl    the name and thinned track of each vessel with an alert",
            "  zones.geojson   the zone catalogue of the replay",
            "  report.html     the analyst's report, one file that opens offline: the map of",
            "                  zones, alerts and tracks, charts, the summary (sealane report)",
            "",
            "Inputs may be raw NMEA (!AIVDM with tag blocks, $PGHP or receiver timestamps) or",
            "decoded CSV (NOAA MarineCadastre, Danish DMA, or any with a header naming MMSI,",
            "time, latitude and longitude columns), gzipped or not; the format is",
            "detected from each file's content. Files are replayed in the order given, as one",
            "stream: give them in time order, or positions further behind than",
            "watermark.max-out-of-orderness are rejected as LATE.",
            ""
        },
        footer = {
            "",
            "Configuration keys (--config FILE or --set KEY=VALUE):",
            "${sys:sealane.configHelp}"
        })
final class ReplayCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "INPUT",
            arity = "1..*",
            description = "AIS files to replay (NMEA or CSV, optionally .gz).")
    List<Path> inputs;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "sealane-out")
    Path out;

    @Mixin JobSettings settings;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Force the input format: nmea, csv-marinecadastre, csv-dma or csv.")
    String format;

    @Option(
            names = "--parallelism",
            paramLabel = "N",
            description = "Parallel vessel trackers (default: number of cores, ${DEFAULT-VALUE}).",
            defaultValue = "${sys:sealane.cores}")
    int parallelism;

    @Option(
            names = "--progress",
            negatable = true,
            description = "Show progress on standard error (default: when it is a terminal).")
    Boolean progress;

    static {
        System.setProperty(
                "sealane.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        System.setProperty("sealane.configHelp", configurationHelp());
    }

    @Override
    public Integer call() throws Exception {
        if (parallelism < 1 || parallelism > ReplayJob.MAX_PARALLELISM) {
            throw new IllegalArgumentException(
                    "--parallelism must be from 1 to " + ReplayJob.MAX_PARALLELISM);
        }
        InputFormat forced = format == null ? null : InputFormat.fromCliName(format);
        List<ReplayInput> replayInputs =
                ReplayInput.ofAll(
                        inputs, forced, note -> System.err.println("sealane: note: " + note));
        SealaneConfig jobConfig = settings.config().batchedForRecordedTraffic();
        ZoneCatalogue catalogue = settings.catalogue();
        TaskForceRoster roster = settings.roster();
        // Checked now, so that a bad combination is a usage error and not a failed job.
        jobConfig.coverageLateness();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + ": exists and is not a directory");
        }

        boolean showProgress = progress != null ? progress : System.console() != null;
        PrintStream err = System.err;
        for (ReplayInput input : replayInputs) {
            err.printf(
                    Locale.ROOT,
                    "sealane: %s (%s, %s)%n",
                    input.path(),
                    input.format().cliName(),
                    bytes(input.sizeBytes()));
        }
        ReplayJob job = new ReplayJob(replayInputs, catalogue, roster, jobConfig, out, parallelism);
        ReplaySummary summary =
                job.run(showProgress ? ReplayCommand::showProgress : (read, total, elapsed) -> {});
        if (showProgress) {
            err.print("\r\033[K");
        }
        Files.copy(
                settings.zonesFile(),
                out.resolve(ReportData.ZONES_FILE),
                StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(
                Locale.ROOT,
                "Replayed %,d lines in %.1f s (%,d positions/s): %,d positions, %,d rejected;"
                        + " %,d alerts -> %s%n",
                summary.inputLines(),
                summary.wallTimeSeconds(),
                summary.positionsPerSecond(),
                summary.positions(),
                summary.rejected(),
                summary.alerts(),
                out);
        ReportCommand.writeReport(out, null, out.resolve(ReportCommand.REPORT_FILE));
        long late = summary.rejectedBecause(RejectReason.LATE);
        if (late > summary.positions() / 10) {
            // Files given out of time order, or a feed more out of order than the bound (a
            // satellite feed's passes are downlinked hours apart).
            err.printf(
                    Locale.ROOT,
                    "sealane: warning: %,d positions were LATE; inputs are replayed as one stream"
                            + " in the order given: give them in time order, and for a feed out"
                            + " of order by more than %d minutes (satellite AIS) raise"
                            + " watermark.max-out-of-orderness, e.g. --set"
                            + " watermark.max-out-of-orderness=2h%n",
                    late,
                    jobConfig.maxOutOfOrderness().toMinutes());
        }
        if (!summary.linesAccountedFor()) {
            err.println(
                    "sealane: error: input lines do not add up; see "
                            + out.resolve(ReplayJob.SUMMARY_FILE));
            return 1;
        }
        return 0;
    }

    private static void showProgress(long read, long total, Duration elapsed) {
        double fraction = total > 0 ? Math.min(1.0, (double) read / total) : 0;
        long seconds = elapsed.toSeconds();
        String left = "";
        if (fraction > 0.02) {
            long remaining = Math.round(seconds / fraction - seconds);
            left =
                    String.format(
                            Locale.ROOT, ", about %d:%02d left", remaining / 60, remaining % 60);
        }
        System.err.printf(
                Locale.ROOT,
                "\r\033[K%3.0f%%  %s of %s read, %d:%02d elapsed%s",
                fraction * 100,
                bytes(read),
                bytes(total),
                seconds / 60,
                seconds % 60,
                left);
        System.err.flush();
    }

    private static String bytes(long n) {
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f kB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }

    /** The configuration table for the help footer. */
    static String configurationHelp() {
        StringBuilder table = new StringBuilder();
        for (SealaneConfig.Key key : SealaneConfig.Key.values()) {
            String keyLine =
                    String.format(
                            Locale.ROOT,
                            "  %-32s default %s",
                            key.propertyName(),
                            key.defaultValue());
            if (keyLine.length() > UsageMessageSpec.DEFAULT_USAGE_WIDTH) {
                keyLine =
                        "  "
                                + key.propertyName()
                                + System.lineSeparator()
                                + "      default "
                                + key.defaultValue();
            }
            table.append(keyLine).append(System.lineSeparator());
            indentedLines(key.description(), "      ", UsageMessageSpec.DEFAULT_USAGE_WIDTH)
                    .forEach(line -> table.append(line).append(System.lineSeparator()));
        }
        return table.toString();
    }

    /**
     * Words of {@code text} in lines of at most {@code width} columns, each led by {@code indent}:
     * picocli would break a longer footer line at the width and carry the rest to column 0.
     */
    static List<String> indentedLines(String text, String indent, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
