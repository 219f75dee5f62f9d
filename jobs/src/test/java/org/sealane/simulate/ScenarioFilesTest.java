package org.sealane.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.sealane.TestData;
import org.sealane.zones.ZoneCatalogue;

/**
 * The scenario files in replay-data/scenarios are exactly what the simulator writes for the seed
 * they were made with. To change them, edit {@link Scenarios} and run {@code mvn test -pl jobs
 * -Dtest=ScenarioFilesTest -Dsealane.regenerate-samples=true}.
 */
class ScenarioFilesTest {

    /** The seed of the committed scenarios (the CLI's default). */
    static final long SEED = 1;

    static Path scenarioDir() {
        return TestData.repoRoot().resolve("replay-data/scenarios");
    }

    static ZoneCatalogue catalogue() {
        return ZoneCatalogue.load(
                TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson"));
    }

    @ParameterizedTest
    @FieldSource("org.sealane.simulate.Scenarios#NAMES")
    void committedScenarioIsWhatTheSimulatorWrites(String name) throws IOException {
        ZoneCatalogue catalogue = catalogue();
        ScenarioFiles files =
                ScenarioFiles.generate(Scenarios.named(name, catalogue), SEED, catalogue);
        if (Boolean.getBoolean("sealane.regenerate-samples")) {
            files.write(scenarioDir());
        }
        assertThat(Files.readAllLines(files.nmeaFile(scenarioDir()), StandardCharsets.US_ASCII))
                .isEqualTo(files.nmeaLines());
        assertThat(Files.readAllLines(files.expectedFile(scenarioDir()), StandardCharsets.UTF_8))
                .isEqualTo(files.expectedLines());
    }

    @Test
    void sameSeedGivesTheSameLinesAndAnotherSeedOtherTimes() {
        Scenario traffic = Scenarios.bulk(20, Duration.ofHours(1), 7);
        ZoneCatalogue catalogue = catalogue();
        ScenarioFiles once = ScenarioFiles.generate(traffic, 7, catalogue);
        ScenarioFiles again =
                ScenarioFiles.generate(Scenarios.bulk(20, Duration.ofHours(1), 7), 7, catalogue);
        ScenarioFiles other = ScenarioFiles.generate(traffic, 8, catalogue);

        assertThat(again.nmeaLines()).isEqualTo(once.nmeaLines());
        assertThat(other.nmeaLines()).isNotEqualTo(once.nmeaLines());
    }
}
