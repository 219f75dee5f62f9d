package org.sealane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.TestData;

/**
 * What {@code bin/sealane} does before its JVM starts: whether it builds the jar, which Java it
 * runs, and with which of its caches. It runs from a copy of the repository's layout with stand-ins
 * for the JDKs (a {@code release} file and a {@code bin/java} that writes down its arguments) and
 * for Maven, so any Java version can be checked on any machine, in a moment.
 */
class LauncherTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir Path dir;

    private Path home;
    private Path jar;
    private Path data;
    private Path mavenArguments;

    @BeforeEach
    void checkout() throws IOException {
        home = Files.createDirectories(dir.resolve("sealane"));
        Path launcher = Files.createDirectories(home.resolve("bin")).resolve("sealane");
        Files.copy(TestData.repoRoot().resolve("bin/sealane"), launcher);
        for (String source :
                List.of(
                        "pom.xml",
                        "schemas/pom.xml",
                        "schemas/src/main/avro/Alert.avsc",
                        "jobs/pom.xml",
                        "jobs/src/main/java/Job.java")) {
            Path file = home.resolve(source);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "");
            Files.setLastModifiedTime(file, LONG_AGO);
        }
        jar = Files.createDirectories(home.resolve("jobs/target")).resolve("sealane.jar");
        Files.writeString(jar, "");
        Path harbours =
                Files.createDirectories(home.resolve("jobs/target/classes/org/sealane/harbours"));
        Files.writeString(harbours.resolve("gfw_WPI_ports.csv"), "");
        data = dir.resolve("shared/data");
        Path ports = Files.createDirectories(data.resolve("geo/ports"));
        Files.writeString(ports.resolve("gfw_WPI_ports.csv"), "");
        mavenArguments = dir.resolve("maven-arguments");
        executable(
                Files.createDirectories(dir.resolve("maven/bin")).resolve("mvn"),
                "printf '%s\\n' \"$@\" > " + mavenArguments + "\n");
    }

    @Test
    void buildsTheJarOnFirstUseAndWhenASourceIsNewer() throws Exception {
        Map<String, String> environment = Map.of("JAVA_HOME", standInJdk("17.0.15").toString());
        assertThat(launch(environment, "--version").output()).doesNotContain("building");
        assertThat(mavenArguments).as("up to date: no build").doesNotExist();

        Files.setLastModifiedTime(
                home.resolve("jobs/src/main/java/Job.java"),
                FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(launch(environment, "--version").output())
                .contains("building " + jar + " (sources changed;");
        assertThat(Files.readAllLines(mavenArguments)).contains("package");

        Files.delete(jar);
        assertThat(launch(environment, "--version").output())
                .contains("building " + jar + " (first use;");
    }

    @Test
    void buildsAgainWhenTheHarbourListsItLackedAreInPlaceNow() throws Exception {
        Launch launch = versionOfABuildWithoutHarbourLists(data);

        assertThat(launch.output())
                .contains("building " + jar + " (to bundle the harbour lists of " + data + ";");
        assertThat(Files.readAllLines(mavenArguments))
                .contains("-Dsealane.data.dir=" + data, "package");
    }

    @Test
    void withoutTheSharedDataALeanBuildIsNotBuiltAgainAndAgain() throws Exception {
        Launch launch = versionOfABuildWithoutHarbourLists(dir.resolve("elsewhere"));

        assertThat(launch.exitCode()).isZero();
        assertThat(mavenArguments).doesNotExist();
    }

    private Launch versionOfABuildWithoutHarbourLists(Path dataDir) throws Exception {
        Files.delete(home.resolve("jobs/target/classes/org/sealane/harbours/gfw_WPI_ports.csv"));
        return launch(
                Map.of(
                        "JAVA_HOME",
                        standInJdk("17.0.15").toString(),
                        "SEALANE_DATA_DIR",
                        dataDir.toString()),
                "--version");
    }

    @Test
    void runsTheJavaOfJavaHome() throws Exception {
        Path jdk = standInJdk("21.0.5");

        Launch launch = launch(Map.of("JAVA_HOME", jdk.toString()), "--version");

        assertThat(launch.exitCode()).isZero();
        assertThat(launch.javaArguments()).contains("-jar").endsWith("--version");
        assertThat(launch.javaArguments()).doesNotContain("--sun-misc-unsafe-memory-access=allow");
    }

    @Test
    void aJavaHomeWithoutJavaIsACleanError() throws Exception {
        Launch launch = launch(Map.of("JAVA_HOME", dir.toString()), "--version");

        assertThat(launch.exitCode()).isEqualTo(1);
        assertThat(launch.output()).contains("JAVA_HOME=" + dir + " has no bin/java");
    }

    @Test
    void onJava25TheFirstReplayTrainsTheCacheAndTheNextOnesStartFromIt() throws Exception {
        Path jdk = standInJdk("25.0.3");
        Path cache = dir.resolve("caches/replay.aot");
        Map<String, String> environment =
                Map.of("JAVA_HOME", jdk.toString(), "SEALANE_AOT_CACHE", cache.toString());

        Launch training = launch(environment, "replay", "day.csv");
        assertThat(training.exitCode()).isZero();
        assertThat(training.output()).contains("this run trains the ahead-of-time cache " + cache);
        assertThat(training.javaArguments())
                .contains("-XX:AOTCacheOutput=" + cache, "--sun-misc-unsafe-memory-access=allow")
                .noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"));

        assertThat(cache.getParent()).as("made for the JVM to write the cache in").isDirectory();
        Files.writeString(cache, "trained");
        Launch trained = launch(environment, "replay", "day.csv");
        assertThat(trained.output()).doesNotContain("trains");
        assertThat(trained.javaArguments()).contains("-XX:AOTCache=" + cache);

        // A cache older than the jar was trained on an earlier build: the JVM would refuse it.
        Files.setLastModifiedTime(cache, LONG_AGO);
        Launch afterRebuild = launch(environment, "run", "--config", "live.yaml");
        assertThat(afterRebuild.javaArguments()).contains("-XX:AOTCacheOutput=" + cache);
        assertThat(cache).doesNotExist();
    }

    @Test
    void theCacheIsOnlyForReplayAndRun() throws Exception {
        // The JVM reports the cache's creation on standard output, where `decode` writes JSON.
        Path jdk = standInJdk("25.0.3");
        Path cache = dir.resolve("replay.aot");

        Launch launch =
                launch(
                        Map.of("JAVA_HOME", jdk.toString(), "SEALANE_AOT_CACHE", cache.toString()),
                        "decode",
                        "log.nmea");

        assertThat(launch.exitCode()).isZero();
        assertThat(launch.javaArguments()).noneMatch(argument -> argument.contains("AOTCache"));
    }

    @Test
    void aCacheOnAJavaBefore25IsACleanError() throws Exception {
        Path jdk = standInJdk("21.0.5");

        Launch launch =
                launch(
                        Map.of(
                                "JAVA_HOME",
                                jdk.toString(),
                                "SEALANE_AOT_CACHE",
                                dir.resolve("replay.aot").toString()),
                        "replay",
                        "day.csv");

        assertThat(launch.exitCode()).isEqualTo(1);
        assertThat(launch.output())
                .contains("SEALANE_AOT_CACHE needs Java 25 or later")
                .contains("is Java 21");
        assertThat(launch.javaArguments()).isEmpty();
    }

    private Path standInJdk(String version) throws IOException {
        Path jdk = Files.createDirectories(dir.resolve("jdk-" + version));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        executable(
                Files.createDirectories(jdk.resolve("bin")).resolve("java"),
                "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/../arguments\"\n");
        return jdk;
    }

    private Launch launch(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/sealane").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SEALANE_AOT_CACHE");
        builder.environment().remove("SEALANE_DATA_DIR");
        builder.environment().remove("SEALANE_JAVA_OPTS");
        builder.environment().put("PATH", dir.resolve("maven/bin") + ":" + System.getenv("PATH"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("bin/sealane ended").isTrue();
        Path recorded = Path.of(environment.get("JAVA_HOME")).resolve("arguments");
        List<String> javaArguments =
                Files.exists(recorded) ? Files.readAllLines(recorded) : List.of();
        Files.deleteIfExists(recorded);
        return new Launch(process.exitValue(), output, javaArguments);
    }

    private static void executable(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** What the launcher printed, and the arguments it started the stand-in java with. */
    private record Launch(int exitCode, String output, List<String> javaArguments) {}
}
