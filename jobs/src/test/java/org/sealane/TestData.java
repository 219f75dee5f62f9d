package org.sealane;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The shared real public data (DESIGN 7), found through the system property {@code
 * sealane.data.dir}; by default {@code ../shared/data} beside the repository root.
 */
public final class TestData {

    private TestData() {}

    public static Path dataDir() {
        String configured = System.getProperty("sealane.data.dir");
        Path dir;
        if (configured != null) {
            dir = Paths.get(configured);
        } else {
            dir = repoRoot().resolve("../shared/data");
        }
        assertThat(dir).as("real data folder (set -Dsealane.data.dir)").isDirectory();
        return dir.normalize();
    }

    public static Path file(String relative) {
        Path file = dataDir().resolve(relative);
        assertThat(file).as("real data file").isRegularFile();
        return file;
    }

    /** The repository root: {@code sealane.repo.dir}, else the parent of the module folder. */
    public static Path repoRoot() {
        String configured = System.getProperty("sealane.repo.dir");
        if (configured != null) {
            return Paths.get(configured);
        }
        Path here = Paths.get("").toAbsolutePath();
        return Files.exists(here.resolve("jobs")) ? here : here.getParent();
    }
}
