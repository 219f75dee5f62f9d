package org.sealane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.CapturedConsole;
import org.sealane.TestData;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** The command line as a user meets it: help, usage errors and one-line failures. */
class SealaneCommandTest {

    @RegisterExtension final CapturedConsole console = new CapturedConsole();

    @Test
    void helpNamesTheCommandsEachWithItsSummaryOnOneLine() {
        assertThat(SealaneCommand.execute("--help")).isZero();
        assertThat(console.stdout())
                .contains(
                        "  replay    Replay AIS files into alerts, coverage and an analyst's"
                                + " report.\n",
                        "  decode    Decode NMEA AIS logs into JSON lines with gpsd's fields.\n",
                        "  zones     Check, list or publish a zone catalogue.\n");
        assertThat(console.stdout().lines().filter(line -> line.startsWith("              ")))
                .as("no summary runs on to a second line")
                .isEmpty();
    }

    @Test
    void everyCommandsDescriptionAndFooterFitTheHelpWidthAsWritten() {
        // picocli breaks a longer line at the help width and carries the rest to the next line's
        // start, out of the columns the text was laid out in.
        List<String> tooWide = new ArrayList<>();
        collectLinesWiderThanHelp(new CommandLine(new SealaneCommand()), tooWide);
        assertThat(tooWide).isEmpty();
    }

    @Test
    void everyCommandsHelpPrintsWithoutAFormattingWarning() {
        List<List<String>> commandPaths = new ArrayList<>();
        collectCommandPaths(new CommandLine(new SealaneCommand()), List.of(), commandPaths);
        assertThat(commandPaths).hasSizeGreaterThan(10);
        for (List<String> path : commandPaths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            assertThat(SealaneCommand.execute(args.toArray(String[]::new))).isZero();
        }
        // A stray % in a description makes picocli print its text raw, with a warning.
        assertThat(console.stderr()).doesNotContain("picocli WARN");
        assertThat(console.stdout()).doesNotContain("%n");
    }

    private static void collectCommandPaths(
            CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(path);
        command.getSubcommands()
                .forEach(
                        (name, sub) -> {
                            if (!name.equals("help") && sub.getCommandName().equals(name)) {
                                List<String> subPath = new ArrayList<>(path);
                                subPath.add(name);
                                collectCommandPaths(sub, subPath, paths);
                            }
                        });
    }

    private static void collectLinesWiderThanHelp(CommandLine command, List<String> tooWide) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        Stream.of(usage.description(), usage.footer())
                .flatMap(Stream::of)
                .flatMap(String::lines)
                .filter(line -> line.length() > usage.width())
                .forEach(
                        line ->
                                tooWide.add(
                                        command.getCommandSpec().qualifiedName() + ": " + line));
        command.getSubcommands().values().forEach(sub -> collectLinesWiderThanHelp(sub, tooWide));
    }

    @Test
    void aCommandsHelpStartsWithItsUsageAndDescriptionNotItsSummary() {
        assertThat(SealaneCommand.execute("zones", "list", "--help")).isZero();
        assertThat(console.stdout())
                .startsWith("Usage: sealane zones list")
                .contains("List the zones of a catalogue: id, kind, gates, name.")
                .doesNotContain("List the zones of a catalogue.\n");
    }

    @Test
    void replayHelpExplainsOutputsAndConfigurationKeys() {
        assertThat(SealaneCommand.execute("replay", "--help")).isZero();
        assertThat(console.stdout())
                .contains("alerts.jsonl", "rejected.jsonl", "summary.json", "--parallelism")
                .contains("watermark.max-out-of-orderness", "track.max-speed-kn");
    }

    @Test
    void simulateHelpNamesTheScenariosAndTheFilesItWrites() {
        assertThat(SealaneCommand.execute("simulate", "--help")).isZero();
        assertThat(console.stdout())
                .contains("NAME.nmea", "NAME.expected.jsonl", "--seed", "--vessels")
                .contains("malacca-singapore", "dark-and-meet");
    }

    @Test
    void simulateNeedsEitherAScenarioOrBulkVessels(@TempDir Path dir) {
        assertThat(SealaneCommand.execute("simulate", "--out", dir.toString())).isEqualTo(2);
        assertThat(console.stderr()).contains("give either --scenario NAME or --vessels N");
    }

    @Test
    void simulateWritesTheScenarioAndItsExpectedAlerts(@TempDir Path dir) {
        assertThat(
                        SealaneCommand.execute(
                                "simulate", "--scenario", "spoof", "--out", dir.toString()))
                .isZero();
        assertThat(dir.resolve("spoof.nmea")).isNotEmptyFile();
        assertThat(dir.resolve("spoof.expected.jsonl")).content().contains("IDENTITY_CONFLICT");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(SealaneCommand.execute()).isEqualTo(2);
        assertThat(console.stderr()).contains("a command is required");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(SealaneCommand.execute("replay", "--speed", "3", "x.nmea")).isEqualTo(2);
        assertThat(console.stderr())
                .contains("Unknown option: '--speed'")
                .contains("sealane replay --help");
    }

    @Test
    void droppingStateWithoutASavepointToRestoreIsAUsageError() {
        assertThat(SealaneCommand.execute("run", "--allow-non-restored-state")).isEqualTo(2);
        assertThat(console.stderr().strip())
                .isEqualTo("sealane: error: --allow-non-restored-state needs --restore");
    }

    @Test
    void missingInputIsOneClearLineAndExit2(@TempDir Path dir) {
        int status =
                SealaneCommand.execute(
                        "replay", dir.resolve("nowhere.nmea").toString(), "--out", dir.toString());
        assertThat(status).isEqualTo(2);
        assertThat(console.stderr().strip())
                .isEqualTo("sealane: error: " + dir.resolve("nowhere.nmea") + ": no such file");
    }

    @Test
    void aDirectoryOrOnlyEmptyFilesAsInputAreOneClearLineAndExit2(@TempDir Path dir)
            throws Exception {
        assertThat(SealaneCommand.execute("replay", dir.toString(), "--out", dir.toString()))
                .isEqualTo(2);
        Path empty = Files.createFile(dir.resolve("quiet-hour.nmea"));
        assertThat(SealaneCommand.execute("replay", empty.toString(), "--out", dir.toString()))
                .isEqualTo(2);

        assertThat(console.stderr().lines())
                .containsExactly(
                        "sealane: error: "
                                + dir
                                + ": is a directory; name the files in it (for example "
                                + dir
                                + "/*.csv.gz)",
                        "sealane: error: " + empty + ": empty");
    }

    @Test
    void missingZonesOrConfigurationAndAFileForOutputAreUsageErrors(@TempDir Path dir)
            throws Exception {
        String input = TestData.file("nmea/pyais/sample.ais").toString();
        Path file = Files.writeString(dir.resolve("taken"), "");

        assertThat(
                        SealaneCommand.execute(
                                "replay", input, "--zones", dir.resolve("z.geojson").toString()))
                .isEqualTo(2);
        assertThat(
                        SealaneCommand.execute(
                                "replay",
                                input,
                                "--config",
                                dir.resolve("c.properties").toString()))
                .isEqualTo(2);
        assertThat(SealaneCommand.execute("replay", input, "--out", file.toString())).isEqualTo(2);
        assertThat(console.stderr().lines().filter(l -> l.startsWith("sealane: error:")))
                .containsExactly(
                        "sealane: error: --zones " + dir.resolve("z.geojson") + ": no such file",
                        "sealane: error: --config "
                                + dir.resolve("c.properties")
                                + ": no such file",
                        "sealane: error: --out " + file + ": exists and is not a directory");
    }

    @Test
    void badConfigurationValueNamesTheKey(@TempDir Path dir) {
        Path input = TestData.file("nmea/pyais/sample.ais");
        int status =
                SealaneCommand.execute(
                        "replay",
                        input.toString(),
                        "--set",
                        "track.max-speed-kn=fast",
                        "--out",
                        dir.toString());
        assertThat(status).isEqualTo(2);
        assertThat(console.stderr())
                .contains("track.max-speed-kn must be a positive number, not 'fast'");
    }

    /** A catalogue whose only zone has a kind sealane does not know. */
    private static final String BAD_KIND =
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                    + "{\"id\":\"sunda\",\"kind\":\"strait\"},\"geometry\":{\"type\":\"Polygon\","
                    + "\"coordinates\":[[[105,-6],[106,-6],[106,-5],[105,-6]]]}}]}";

    @Test
    void zonesValidateReportsTheBadFeatureAndExits1(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.geojson"), BAD_KIND);

        assertThat(SealaneCommand.execute("zones", "validate", bad.toString())).isEqualTo(1);
        assertThat(console.stderr()).contains("feature 0 (id 'sunda'): property 'kind' must be");
    }

    @Test
    void zonesValidateNamesTheThresholdsACatalogueSets(@TempDir Path dir) throws Exception {
        Path zones =
                Files.writeString(
                        dir.resolve("tighter.geojson"),
                        "{\"type\":\"FeatureCollection\",\"thresholds\":{\"gap.elsewhere\":\"3h\"},"
                                + "\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":"
                                + "\"gulf-of-aden\",\"kind\":\"patrol\"},\"geometry\":{\"type\":"
                                + "\"Polygon\",\"coordinates\":[[[43,11],[51,11],[51,15],[43,15],"
                                + "[43,11]]]}}]}");

        assertThat(SealaneCommand.execute("zones", "validate", zones.toString())).isZero();
        assertThat(console.stdout()).contains("1 zones, 0 gates, thresholds gap.elsewhere=3h: OK");
    }

    @Test
    void zonesPublishChecksTheCatalogueBeforeItReachesForKafka(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.geojson"), BAD_KIND);

        // No broker listens on port 1: a bad catalogue must fail before any connection.
        assertThat(
                        SealaneCommand.execute(
                                "zones",
                                "publish",
                                bad.toString(),
                                "--bootstrap-servers",
                                "127.0.0.1:1"))
                .isEqualTo(1);
        assertThat(console.stderr()).contains("feature 0 (id 'sunda'): property 'kind' must be");

        assertThat(
                        SealaneCommand.execute(
                                "zones",
                                "publish",
                                dir.resolve("none.geojson").toString(),
                                "--bootstrap-servers",
                                "127.0.0.1:1"))
                .isEqualTo(2);
        assertThat(console.stderr()).contains("none.geojson: no such file");

        assertThat(SealaneCommand.execute("zones", "publish", "--help")).isZero();
        assertThat(console.stdout()).contains("sealane.zones", "without a restart");
    }

    @Test
    void zonesValidateAndListTheBundledCatalogue() {
        String catalogue =
                TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson").toString();
        assertThat(SealaneCommand.execute("zones", "validate", catalogue)).isZero();
        assertThat(console.stdout()).contains("OK");
        assertThat(SealaneCommand.execute("zones", "list", catalogue)).isZero();
        assertThat(console.stdout()).contains("chokepoint", "patrol");
    }

    @Test
    void decodePrintsGpsdJsonAndNothingForLinesThatAreNotAis(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("two.nmea");
        Files.writeString(
                log,
                "# a comment\n"
                        + "$PGHP,1,2010,6,11,11,46,12,470,219,,2190064,1,5D*57\n"
                        + "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n"
                        + "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B\n");

        assertThat(SealaneCommand.execute("decode", log.toString())).isZero();
        assertThat(console.stdout().lines())
                .containsExactly(
                        "{\"class\":\"AIS\",\"device\":\""
                                + log
                                + "\",\"type\":1,\"repeat\":0,\"mmsi\":371798000,"
                                + "\"scaled\":true,\"status\":0,"
                                + "\"status_text\":\"Under way using engine\","
                                + "\"turn\":\"fastleft\",\"speed\":12.3,\"accuracy\":true,"
                                + "\"lon\":-123.3953833,\"lat\":48.3816333,\"course\":224.0,"
                                + "\"heading\":215,\"second\":33,\"maneuver\":0,"
                                + "\"raim\":false,\"radio\":34017}");
    }

    @Test
    void decodeRejectedPrintsEachBadLineWithItsReason(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("bad.nmea");
        Files.writeString(
                log,
                "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n"
                        + "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B\n");

        assertThat(SealaneCommand.execute("decode", "--rejected", log.toString())).isZero();
        assertThat(console.stdout().lines())
                .containsExactly(
                        "{\"source\":\""
                                + log
                                + ":2\",\"raw\":\"!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B\","
                                + "\"reason\":\"NMEA_CHECKSUM\","
                                + "\"detail\":\"checksum 4B, computed 4A\",\"time\":null,"
                                + "\"lines\":1}");
    }

    @Test
    void decodeOfAMissingFileIsOneLineAndExit2(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.nmea");
        assertThat(SealaneCommand.execute("decode", missing.toString())).isEqualTo(2);
        assertThat(console.stderr().strip())
                .isEqualTo("sealane: error: " + missing + ": no such file");
    }

    @Test
    void decodeOfACsvExportSaysItIsNotNmeaInsteadOfPrintingNothing(@TempDir Path dir)
            throws Exception {
        Path csv =
                Files.write(
                        dir.resolve("positions.csv"),
                        List.of(
                                "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading",
                                "235098765,2025-06-04T00:00:00,26.5,56.25,12.0,90.0,90"));

        assertThat(SealaneCommand.execute("decode", csv.toString())).isEqualTo(2);
        assertThat(console.stderr().strip())
                .isEqualTo(
                        "sealane: error: "
                                + csv
                                + ": a CSV export (csv-marinecadastre), not NMEA; sealane replay"
                                + " reads it");
        assertThat(console.stdout()).isEmpty();
    }
}
