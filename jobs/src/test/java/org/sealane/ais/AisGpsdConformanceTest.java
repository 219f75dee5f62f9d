package org.sealane.ais;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sealane.TestData;

/**
 * Conformance of {@code sealane decode} (the same code, {@link org.sealane.cli.DecodedAisPrinter})
 * with gpsd, whose own decodes of its regression corpus are the oracle: {@code sample.aivdm.js.chk}
 * ({@code gpsdecode -j}, scaled) and the daemon logs' {@code .chk} (gpsd's JSON reports, unscaled).
 * Every field gpsd prints is compared as printed, formatting included; the only fields left out are
 * gpsd's {@code device} (its input, "stdin") and the bodies of the types sealane prints as header
 * only.
 */
class AisGpsdConformanceTest {

    private static final Path GPSD = TestData.dataDir().resolve("nmea/gpsd");
    private static final Set<String> NOT_COMPARED = Set.of("device");
    private static final String AIS_REPORT = "{\"class\":\"AIS\"";

    @Test
    void sampleAgreesWithGpsdecodeScaled() throws IOException {
        List<ObjectNode> gpsd = oracle(GPSD.resolve("sample.aivdm.js.chk"));
        Conformance c =
                new Conformance(NOT_COMPARED, Objects::equals, true)
                        .compare(gpsd, DecodedJson.messages(GPSD.resolve("sample.aivdm"), true));

        System.out.println(c.summary("sample.aivdm"));
        assertThat(c.differences).isEmpty();
        assertThat(c.missing).isEmpty();
        assertThat(c.extra).isEmpty();
    }

    @Test
    void sampleAgreesWithGpsdecodeUnscaled() throws IOException {
        List<ObjectNode> gpsd = oracle(GPSD.resolve("sample.aivdm.ju.chk"));
        Conformance c =
                new Conformance(NOT_COMPARED, Objects::equals, true)
                        .compare(gpsd, DecodedJson.messages(GPSD.resolve("sample.aivdm"), false));

        System.out.println(c.summary("sample.aivdm unscaled"));
        assertThat(c.differences).isEmpty();
        assertThat(c.missing).isEmpty();
        assertThat(c.extra).isEmpty();
    }

    /**
     * The daemon logs, each with how many of gpsd's reports sealane rejects rather than prints:
     * class A and B position reports whose position is "not available" (lat 91°, lon 181°, ITU-R
     * M.1371-5 message 1). gpsd prints them; sealane rejects them as {@code BAD_POSITION}, since a
     * position report without a position places no vessel.
     */
    static Stream<Arguments> daemonLogs() {
        return Stream.of(
                Arguments.of("daemon_ais-18-27.log", 0),
                Arguments.of("daemon_ais-nmea-type6-fid55.log", 11),
                Arguments.of("daemon_ais-nmea.log", 3),
                Arguments.of("daemon_ais-raw-messages.log", 0),
                Arguments.of("daemon_ais_unpack_sixbit.log", 0));
    }

    @ParameterizedTest
    @MethodSource("daemonLogs")
    void daemonLogAgreesWithGpsdUnscaled(String log, int positionNotAvailable) throws IOException {
        Path file = GPSD.resolve(log);
        List<ObjectNode> gpsd = daemonDecodes(GPSD.resolve(log + ".chk"));
        Conformance c =
                new Conformance(NOT_COMPARED, Objects::equals, true)
                        .compare(gpsd, DecodedJson.messages(file, false));

        System.out.println(c.summary(log));
        assertThat(c.differences).isEmpty();
        assertThat(c.extra).isEmpty();
        assertThat(c.missing).hasSize(positionNotAvailable);
        assertThat(DecodedJson.rejected(file))
                .filteredOn(r -> r.get("reason").asText().equals("BAD_POSITION"))
                .extracting(r -> r.get("detail").asText())
                .hasSize(positionNotAvailable)
                .allMatch("lat 91.0 lon 181.0"::equals);
    }

    /**
     * gpsd's decodes in a daemon log's {@code .chk}, which echoes each input sentence before the
     * reports it caused: an AIS report right after an AIS sentence is that sentence's decode. The
     * daemon also re-sends its last AIS report along with later GPS fixes (after TPV or SKY
     * reports); those repeats decode nothing new and are left out.
     */
    static List<ObjectNode> daemonDecodes(Path chk) throws IOException {
        List<String> lines = Files.readAllLines(chk);
        List<ObjectNode> decodes = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith(AIS_REPORT) && lines.get(i - 1).startsWith("!")) {
                decodes.add(DecodedJson.parse(lines.get(i)));
            }
        }
        return decodes;
    }

    /** gpsd's AIS reports in a {@code .chk}: its JSON lines of class AIS. */
    static List<ObjectNode> oracle(Path chk) throws IOException {
        return Files.readAllLines(chk).stream()
                .filter(line -> line.startsWith(AIS_REPORT))
                .map(DecodedJson::parse)
                .toList();
    }
}
