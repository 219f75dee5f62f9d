package org.sealane.ais;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sealane.TestData;

/**
 * Conformance of {@code sealane decode} with libais, a second, independent decoder: its JSON for
 * its own test logs ({@code typeexamples}: one message of each type with USCG receiver fields;
 * {@code tagblock}: tag blocks and a two-part message grouped by {@code g:}).
 *
 * <p>libais names its fields as gpsd does but prints floats as 32-bit values, the IMO number as a
 * string, the rate of turn as a number, its own legends, and fields gpsd does not have (spare bits,
 * radio status details, tag-block fields). The fields both decoders print are compared: numbers
 * within float32 precision, texts exactly.
 */
class AisLibaisConformanceTest {

    private static final Path LIBAIS = TestData.dataDir().resolve("nmea/libais");

    /** Fields printed by both; legends ({@code *_text}) are worded differently and left out. */
    private static final Set<String> COMPARED =
            Set.of(
                    "type",
                    "repeat",
                    "mmsi",
                    "status",
                    "turn",
                    "speed",
                    "accuracy",
                    "lon",
                    "lat",
                    "course",
                    "heading",
                    "second",
                    "maneuver",
                    "raim",
                    "timestamp",
                    "epfd",
                    "ais_version",
                    "imo",
                    "callsign",
                    "shipname",
                    "shiptype",
                    "to_bow",
                    "to_stern",
                    "to_port",
                    "to_starboard",
                    "draught",
                    "destination",
                    "dte",
                    "alt",
                    "cs",
                    "display",
                    "dsc",
                    "band",
                    "msg22",
                    "aid_type",
                    "name",
                    "off_position",
                    "virtual_aid",
                    "assigned",
                    "gnss",
                    "vendorid",
                    "model",
                    "serial",
                    "dest_mmsi",
                    "seqno",
                    "retransmit",
                    "text",
                    "mmsi1",
                    "mmsi2",
                    "mmsi3",
                    "mmsi4",
                    "offset1",
                    "increment1",
                    "offset2",
                    "increment2");

    /** Float32 carries about 7 significant digits; positions are printed to 1e-7 degree. */
    private static final double FLOAT32_TOLERANCE = 1e-4;

    /**
     * The logs, each with the libais messages sealane does not print and the fields where the two
     * differ, each for a reason:
     *
     * <ul>
     *   <li>position reports of types 2, 9 and 27 whose position is "not available" (lat 91°, lon
     *       181°, ITU-R M.1371-5): libais prints them, sealane rejects them as {@code BAD_POSITION}
     *       because they place no vessel;
     *   <li>a type 24 part A on its own: libais prints each part, sealane's decode (like gpsd)
     *       prints part A only joined to the vessel's part B;
     *   <li>a type 21 name whose six-bit characters 31 and 39 libais prints as '-' and '`'; ITU-R
     *       M.1371-5 table 47 (and gpsd) read them as '_' and '\'', and '`' is not in that table.
     * </ul>
     */
    static Stream<Arguments> logs() {
        return Stream.of(
                Arguments.of(
                        "typeexamples",
                        List.of(
                                "type 24 mmsi 366764000",
                                "type 27 mmsi 974291422",
                                "type 2 mmsi 277315048",
                                "type 9 mmsi 400214919"),
                        List.of(
                                "type 21 mmsi 852992994 name: oracle \"9%&//3*37-+P][`<RD^6\","
                                        + " sealane \"9%&//3*37_+P]['<RD^6\"")),
                Arguments.of("tagblock", List.of(), List.of()));
    }

    @ParameterizedTest
    @MethodSource("logs")
    void agreesWithLibais(String log, List<String> notPrinted, List<String> knownDifferences)
            throws IOException {
        List<ObjectNode> libais =
                Files.readAllLines(LIBAIS.resolve(log + ".json")).stream()
                        .map(DecodedJson::parse)
                        .map(AisLibaisConformanceTest::project)
                        .toList();
        List<ObjectNode> ours =
                DecodedJson.messages(LIBAIS.resolve(log + ".nmea"), true).stream()
                        .map(AisLibaisConformanceTest::project)
                        .toList();
        Conformance c =
                new Conformance(Set.of(), AisLibaisConformanceTest::agree, false)
                        .compare(libais, ours);

        System.out.println(c.summary("libais " + log));
        assertThat(c.differences).containsExactlyElementsOf(knownDifferences);
        assertThat(c.extra).isEmpty();
        assertThat(c.missing).containsExactlyInAnyOrderElementsOf(notPrinted);
    }

    /** The fields both decoders print, the IMO number as a number. */
    private static ObjectNode project(ObjectNode message) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        message.fields()
                .forEachRemaining(
                        f -> {
                            if (COMPARED.contains(f.getKey())) {
                                kept.set(f.getKey(), f.getValue());
                            }
                        });
        int type = kept.get("type").asInt();
        if (type != 4 && type != 11) {
            // libais puts the tag block's receive time there; only types 4 and 11 carry one.
            kept.remove("timestamp");
        }
        if (type == 21) {
            // gpsd prints no assigned-mode flag for aids to navigation; sealane follows gpsd.
            kept.remove("assigned");
        }
        if (kept.path("imo").isTextual()) {
            kept.put("imo", Long.parseLong(kept.get("imo").asText()));
        }
        return kept;
    }

    private static boolean agree(JsonNode libais, JsonNode sealane) {
        if (libais.isNull() && sealane.isTextual()) {
            // libais's null rate of turn is gpsd's "n/a" (ITU-R M.1371: -128, not available).
            return sealane.asText().equals("n/a");
        }
        if (libais.isNumber() && sealane.isTextual()) {
            // gpsd prints the rate of turn as text; it drops the sign, libais keeps it.
            return Math.abs(Math.abs(libais.asDouble()) - Double.parseDouble(sealane.asText()))
                    <= FLOAT32_TOLERANCE;
        }
        if (libais.isNumber() && sealane.isNumber()) {
            return Math.abs(libais.asDouble() - sealane.asDouble()) <= FLOAT32_TOLERANCE;
        }
        return libais.equals(sealane);
    }
}
