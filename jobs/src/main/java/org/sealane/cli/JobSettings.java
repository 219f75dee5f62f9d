package org.sealane.cli;

import java.nio.file.Path;
import java.util.Map;
import org.sealane.config.SealaneConfig;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.input.InputFiles;
import org.sealane.zones.ZoneCatalogue;
import picocli.CommandLine.Option;

/**
 * The options every job command shares: its configuration, the zone catalogue and the task-force
 * roster, with the bundled ones as defaults. A missing file is a usage error naming the option.
 */
final class JobSettings {

    static final String BUNDLED_ZONES = "replay-data/zones/sealane-zones.geojson";

    @Option(
            names = "--zones",
            paramLabel = "FILE",
            description =
                    "Zone catalogue, GeoJSON (default: replay-data/zones/sealane-zones.geojson).")
    Path zones;

    @Option(
            names = "--fleet",
            paramLabel = "FILE",
            description =
                    "Task-force roster, CSV mmsi,name,nation,type: the ships that count for"
                            + " coverage (default: replay-data/fleet/task-force.csv).")
    Path fleet;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Job configuration (Java properties); see the keys below.")
    Path config;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Override one configuration key; repeatable.")
    Map<String, String> overrides = Map.of();

    /** The configuration file, if any, with the {@code --set} overrides applied. */
    SealaneConfig config() {
        requireFile(config, "--config");
        SealaneConfig jobConfig =
                config == null ? SealaneConfig.defaults() : SealaneConfig.load(config);
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            jobConfig = jobConfig.with(override.getKey(), override.getValue());
        }
        return jobConfig;
    }

    ZoneCatalogue catalogue() {
        return ZoneCatalogue.load(zonesFile());
    }

    /** The zone catalogue's file: the one given, or the bundled one. */
    Path zonesFile() {
        return zonesFile(zones);
    }

    /**
     * The zone catalogue's file for a command's {@code --zones}: the one given, or the bundled one.
     */
    static Path zonesFile(Path given) {
        return file(given, BUNDLED_ZONES, "--zones");
    }

    TaskForceRoster roster() {
        return TaskForceRoster.load(file(fleet, "replay-data/fleet/task-force.csv", "--fleet"));
    }

    private static Path file(Path given, String bundled, String option) {
        Path file = given != null ? given : SealaneHome.resolve(bundled);
        requireFile(file, option);
        return file;
    }

    /** A missing file named on the command line is a usage error (exit 2), said in one line. */
    static void requireFile(Path file, String option) {
        if (file != null) {
            InputFiles.requireReadableFile(file, option + " " + file);
        }
    }
}
