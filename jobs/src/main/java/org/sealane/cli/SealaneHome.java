package org.sealane.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the sealane installation (the repository root) for default files such as the zone
 * catalogue: the {@code sealane.home} system property (set by {@code bin/sealane}), else two
 * folders up from the jar ({@code jobs/target/sealane.jar}), else the working directory.
 */
final class SealaneHome {

    private SealaneHome() {}

    static Path resolve(String relative) {
        String home = System.getProperty("sealane.home");
        if (home != null) {
            return Paths.get(home).resolve(relative);
        }
        try {
            Path jar =
                    Paths.get(
                            SealaneHome.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            if (root != null) {
                root = root.getParent();
            }
            if (root != null && Files.exists(root.resolve(relative))) {
                return root.resolve(relative);
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        return Paths.get(relative);
    }
}
