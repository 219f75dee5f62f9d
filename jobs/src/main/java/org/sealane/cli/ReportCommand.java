package org.sealane.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sealane.report.ReportData;
import org.sealane.report.ReportPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sealane report}: the analyst's report of a replay, from its output directory alone. */
@Command(
        name = "report",
        header = "Write the report.html of a replay's output directory.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write report.html for a replay's output directory, as sealane replay does at its",
            "end: one HTML file that opens offline, from disk, with no tile server. It shows",
            "the zones over a land map with the alerts as markers coloured by type (click one",
            "for its vessel, zone, times and details, and to draw the vessel's track), alerts",
            "per hour by type, transits per chokepoint by direction, the coverage of each",
            "patrol zone hour by hour with its coverage gaps, each nation's share of the",
            "asset-minutes, and the run's summary. It reads summary.json, alerts.jsonl,",
            "coverage.jsonl, tracks.jsonl and zones.geojson from OUTDIR.",
            ""
        })
final class ReportCommand implements Callable<Integer> {

    static final String REPORT_FILE = "report.html";

    @Parameters(paramLabel = "OUTDIR", description = "The output directory of sealane replay.")
    Path outDirectory;

    @Option(
            names = "--zones",
            paramLabel = "FILE",
            description = "Zone catalogue, GeoJSON (default: OUTDIR/zones.geojson, the replay's).")
    Path zones;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Where to write the report (default: OUTDIR/report.html).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(outDirectory)) {
            throw new IllegalArgumentException(outDirectory + ": no such directory");
        }
        JobSettings.requireFile(zones, "--zones");
        writeReport(
                outDirectory, zones, output != null ? output : outDirectory.resolve(REPORT_FILE));
        return 0;
    }

    /** Writes the report and tells where, how large and how long it took. */
    static void writeReport(Path outDirectory, Path zones, Path target) throws IOException {
        long started = System.nanoTime();
        ReportPage.write(ReportData.read(outDirectory, zones), target);
        System.out.printf(
                Locale.ROOT,
                "Report: %s (%.1f MB, written in %.1f s)%n",
                target,
                Files.size(target) / (1024.0 * 1024),
                (System.nanoTime() - started) / 1e9);
    }
}
