package org.sealane.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.sealane.TestData;

/**
 * A later build of the job jar, as the next release of sealane would be: {@code
 * jobs/target/sealane-job.jar} with one of its classes compiled again from its source, changed. An
 * upgrade test restores a savepoint of the jar into it, so that Flink has to read the old state
 * with the new classes.
 */
final class NextJobJar {

    private NextJobJar() {}

    /**
     * Writes {@code jar}: the job jar with the class of {@code source} (under jobs/src/main/java)
     * compiled from the source as {@code change} rewrites it; fails if the change changes nothing.
     */
    static Path build(Path jar, String source, UnaryOperator<String> change) throws IOException {
        Path sources = TestData.repoRoot().resolve("jobs/src/main/java");
        String original = Files.readString(sources.resolve(source), StandardCharsets.UTF_8);
        String changed = change.apply(original);
        assertThat(changed).as("the change to %s", source).isNotEqualTo(original);

        Path work = Files.createTempDirectory(jar.getParent(), "next-build-");
        Path changedSource = work.resolve("src").resolve(source);
        Files.createDirectories(changedSource.getParent());
        Files.writeString(changedSource, changed, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled =
                javac.getTask(
                                errors,
                                null,
                                null,
                                List.of(
                                        "--release",
                                        "17",
                                        "-classpath",
                                        System.getProperty("java.class.path"),
                                        "-d",
                                        classes.toString()),
                                null,
                                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                        .getJavaFileObjects(changedSource))
                        .call();
        assertThat(compiled).as("compiling the changed %s: %s", source, errors).isTrue();

        Files.copy(
                TestData.repoRoot().resolve("jobs/target/sealane-job.jar"),
                jar,
                StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem entries =
                        FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of());
                Stream<Path> built = Files.walk(classes)) {
            for (Path file : built.filter(Files::isRegularFile).toList()) {
                Path entry = entries.getPath(classes.relativize(file).toString());
                assertThat(entry).as("a class of the job jar").exists();
                Files.copy(file, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return jar;
    }
}
