package org.sealane.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sealane.TestData;

/**
 * The bundled sample is exactly what {@link TaskForceSample} generates. To change it, edit the
 * voyages and run {@code mvn test -pl jobs -Dtest=TaskForceSampleTest
 * -Dsealane.regenerate-samples=true}.
 */
class TaskForceSampleTest {

    static Path sampleFile() {
        return TestData.repoRoot().resolve("replay-data/samples/task-force-sample.csv");
    }

    @Test
    void committedSampleIsWhatTheGeneratorWrites() throws IOException {
        if (Boolean.getBoolean("sealane.regenerate-samples")) {
            Files.write(sampleFile(), TaskForceSample.csvLines(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readAllLines(sampleFile(), StandardCharsets.UTF_8))
                .isEqualTo(TaskForceSample.csvLines());
    }
}
