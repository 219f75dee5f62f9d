package org.sealane.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sealane.zones.ZoneCatalogue;

/**
 * A simulated scenario as files: {@code NAME.nmea} (the AIS sentences) and {@code
 * NAME.expected.jsonl} (the alerts it must raise, one JSON object a line).
 *
 * @param name the scenario's name
 * @param nmeaLines the NMEA file's lines
 * @param expected the expected alerts
 */
public record ScenarioFiles(String name, List<String> nmeaLines, List<ExpectedAlert> expected) {

    public static final String NMEA_SUFFIX = ".nmea";
    public static final String EXPECTED_SUFFIX = ".expected.jsonl";

    /** Runs a scenario and works out its expected alerts against the catalogue. */
    public static ScenarioFiles generate(Scenario scenario, long seed, ZoneCatalogue catalogue) {
        Simulator.Simulation simulation = Simulator.run(scenario, seed);
        return new ScenarioFiles(
                scenario.name(), simulation.nmeaLines(), ExpectedAlerts.of(simulation, catalogue));
    }

    public List<String> expectedLines() {
        List<String> lines = new ArrayList<>(expected.size());
        for (ExpectedAlert alert : expected) {
            lines.add(alert.toJson());
        }
        return lines;
    }

    public Path nmeaFile(Path dir) {
        return dir.resolve(name + NMEA_SUFFIX);
    }

    public Path expectedFile(Path dir) {
        return dir.resolve(name + EXPECTED_SUFFIX);
    }

    /** Writes both files into {@code dir}, creating it if needed. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(nmeaFile(dir), nmeaLines, StandardCharsets.US_ASCII);
        Files.write(expectedFile(dir), expectedLines(), StandardCharsets.UTF_8);
    }
}
