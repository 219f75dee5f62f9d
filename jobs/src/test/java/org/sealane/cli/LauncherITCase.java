package org.sealane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.TestData;

/**
 * Which Java {@code bin/sealane} starts, and with which of its caches. The JDKs here are stand-ins
 * (a {@code release} file and a {@code bin/java} that writes down its arguments), so the launcher's
 * choices are checked for a Java 25 on any machine.
 */
class LauncherITCase {

    @TempDir Path dir;

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
        Path cache = dir.resolve("replay.aot");
        Map<String, String> environment =
                Map.of("JAVA_HOME", jdk.toString(), "SEALANE_AOT_CACHE", cache.toString());

        Launch training = launch(environment, "replay", "day.csv");
        assertThat(training.exitCode()).isZero();
        assertThat(training.output()).contains("this run trains the ahead-of-time cache " + cache);
        assertThat(training.javaArguments())
                .contains("-XX:AOTCacheOutput=" + cache, "--sun-misc-unsafe-memory-access=allow")
                .noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"));

        Files.writeString(cache, "trained");
        Launch trained = launch(environment, "replay", "day.csv");
        assertThat(trained.output()).doesNotContain("trains");
        assertThat(trained.javaArguments()).contains("-XX:AOTCache=" + cache);

        // A cache older than the jar was trained on an earlier build: the JVM would refuse it.
        Files.setLastModifiedTime(cache, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
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
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(
                java,
                "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/../arguments\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return jdk;
    }

    private Launch launch(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(
                                concat(
                                        TestData.repoRoot().resolve("bin/sealane").toString(),
                                        arguments))
                        .redirectErrorStream(true);
        builder.environment().remove("SEALANE_AOT_CACHE");
        builder.environment().remove("SEALANE_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("bin/sealane ended").isTrue();
        Path jdk = Path.of(environment.get("JAVA_HOME"));
        Path recorded = jdk.resolve("arguments");
        List<String> javaArguments =
                Files.exists(recorded) ? Files.readAllLines(recorded) : List.of();
        Files.deleteIfExists(recorded);
        return new Launch(process.exitValue(), output, javaArguments);
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** What the launcher printed, and the arguments it started the stand-in java with. */
    private record Launch(int exitCode, String output, List<String> javaArguments) {}
}
