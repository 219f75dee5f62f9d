package org.sealane.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sealane zones validate|list FILE}: check or list a zone catalogue. */
@Command(
        name = "zones",
        mixinStandardHelpOptions = true,
        description = "Check or list a zone catalogue (GeoJSON, DESIGN 3.2).",
        subcommands = {ZonesCommand.Validate.class, ZonesCommand.ListZones.class})
final class ZonesCommand {

    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = {
                "Load a zone catalogue and check it: unique ids, known kinds, valid polygons,",
                "two gates per chokepoint. Prints the first error, naming the feature, and",
                "exits 1; prints a one-line summary and exits 0 when the catalogue is good."
            })
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The catalogue (GeoJSON FeatureCollection).")
        Path file;

        @Override
        public Integer call() {
            ZoneCatalogue catalogue = ZoneCatalogue.load(file);
            long gates = catalogue.zones().stream().mapToLong(z -> z.gates().size()).sum();
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d zones, %d gates: OK%n",
                    file,
                    catalogue.zones().size(),
                    gates);
            return 0;
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the zones of a catalogue: id, kind, gates, name.")
    static final class ListZones implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The catalogue (GeoJSON FeatureCollection).")
        Path file;

        @Override
        public Integer call() {
            ZoneCatalogue catalogue = ZoneCatalogue.load(file);
            for (Zone zone : catalogue.zones()) {
                String gates =
                        zone.gates().isEmpty()
                                ? "-"
                                : String.join(
                                        "/", zone.gates().stream().map(g -> g.end()).toList());
                System.out.printf(
                        Locale.ROOT,
                        "%-28s %-10s %-22s %s%n",
                        zone.id(),
                        zone.kind().catalogueName(),
                        gates,
                        zone.name() == null ? "" : zone.name());
            }
            return 0;
        }
    }
}
