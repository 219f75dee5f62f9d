package org.sealane.input;

import java.nio.file.Files;
import java.nio.file.Path;

/** The one-line errors for a file named on the command line that cannot be read. */
public final class InputFiles {

    private InputFiles() {}

    /**
     * Checks that a file named on the command line is a readable regular file.
     *
     * @param label how the message names it: the path, or the option and the path
     * @throws IllegalArgumentException saying what is wrong, in one line starting with the label
     */
    public static void requireReadableFile(Path file, String label) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(
                    label
                            + ": is a directory; name the files in it (for example "
                            + file
                            + "/*.csv.gz)");
        }
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(label + ": no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(label + ": not readable");
        }
    }
}
