package org.sealane.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sealane.input.InputFiles;
import org.sealane.simulate.ExpectedAlert;
import org.sealane.simulate.ScenarioFiles;
import org.sealane.simulate.Scenarios;
import org.sealane.zones.ZoneCatalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sealane simulate}: scenario tracks with known events, and bulk traffic. */
@Command(
        name = "simulate",
        header = "Generate AIS scenarios and the alerts they must raise.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Generate AIS tracks (NMEA with tag-block times) of fictitious vessels on real",
            "shipping lanes, and the alerts sealane must raise on them. Writes into --out:",
            "  NAME.nmea            the sentences, in time order",
            "  NAME.expected.jsonl  the expected alerts: type, state, mmsi, otherMmsi,",
            "                       zoneId, direction, startTime, endTime,",
            "                       toleranceSeconds",
            "",
            "Either a named scenario (--scenario; --list names them) or bulk traffic for",
            "benchmarks (--vessels and --hours). The same options and seed give the same",
            "files, byte for byte. Zones, gates and speed limits come from --zones.",
            ""
        })
final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--scenario",
            paramLabel = "NAME",
            description = "A named scenario: ${sys:sealane.scenarioNames}.")
    String scenario;

    @Option(
            names = "--vessels",
            paramLabel = "N",
            description = "Bulk mode: this many vessels sailing the lanes.")
    Integer vessels;

    @Option(
            names = "--hours",
            paramLabel = "H",
            description = "Bulk mode: hours of traffic (default: ${DEFAULT-VALUE}).",
            defaultValue = "24")
    int hours;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Random seed (default: ${DEFAULT-VALUE}, that of replay-data/scenarios).",
            defaultValue = "1")
    long seed;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "sealane-scenarios")
    Path out;

    @Option(
            names = "--zones",
            paramLabel = "FILE",
            description =
                    "Zone catalogue, GeoJSON (default: replay-data/zones/sealane-zones.geojson).")
    Path zones;

    @Option(names = "--list", description = "List the named scenarios and exit.")
    boolean list;

    static {
        System.setProperty("sealane.scenarioNames", String.join(", ", Scenarios.NAMES));
    }

    @Override
    public Integer call() throws Exception {
        if (list) {
            Scenarios.NAMES.forEach(System.out::println);
            return 0;
        }
        if ((scenario == null) == (vessels == null)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "give either --scenario NAME or --vessels N");
        }
        if (vessels != null && (vessels < 1 || hours < 1)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--vessels and --hours must be at least 1");
        }
        Path zoneFile =
                zones != null
                        ? zones
                        : SealaneHome.resolve("replay-data/zones/sealane-zones.geojson");
        InputFiles.requireReadableFile(zoneFile, "--zones " + zoneFile);
        ZoneCatalogue catalogue = ZoneCatalogue.load(zoneFile);
        ScenarioFiles files =
                ScenarioFiles.generate(
                        scenario != null
                                ? Scenarios.named(scenario, catalogue)
                                : Scenarios.bulk(vessels, Duration.ofHours(hours), seed),
                        seed,
                        catalogue);
        files.write(out);
        Map<String, Integer> byType = new TreeMap<>();
        for (ExpectedAlert alert : files.expected()) {
            byType.merge(alert.type(), 1, Integer::sum);
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %,d lines -> %s; %d expected alerts %s -> %s%n",
                files.name(),
                files.nmeaLines().size(),
                files.nmeaFile(out),
                files.expected().size(),
                byType,
                files.expectedFile(out));
        return 0;
    }
}
