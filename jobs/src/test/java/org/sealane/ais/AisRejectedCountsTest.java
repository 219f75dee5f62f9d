package org.sealane.ais;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sealane.TestData;

/**
 * What {@code sealane decode --rejected} reports for the real logs that have no decoding oracle:
 * the rejected input lines of each file by reason, as measured. A change here is a change in what
 * users are told about their data, to be explained in the commit that makes it.
 *
 * <p>Why the large counts are right: {@code BAD_POSITION} lines are position reports with the "not
 * available" position (lat 91°, lon 181°, ITU-R M.1371-5), mostly own-ship {@code VDO} and class A
 * sets without a fix; {@code INVALID_MMSI} in amsa/ais.txt are own-ship class B reports of an
 * unconfigured transponder (MMSI 0); {@code NMEA_SYNTAX} there are alarm sentences ({@code $BSALR})
 * without a checksum; every line of amsa/nmea-timestamped.txt has a tag block whose checksum is a
 * placeholder {@code *00}, so its time cannot be trusted; {@code BAD_LENGTH} in
 * pyais/nmea_data_sample.txt are sentences with an empty payload, and elsewhere messages outside
 * the lengths gpsd accepts for their type (type 6 under 88 bits, types 10, 20, 21, 23 longer than
 * ITU-R M.1371 defines them); {@code UNKNOWN_TYPE} are types above 27 and type 24 part numbers 2
 * and 3.
 */
class AisRejectedCountsTest {

    static Stream<Arguments> logs() {
        return Stream.of(
                log(
                        "amsa/ais.txt.gz",
                        "BAD_LENGTH=42 BAD_POSITION=320 INCOMPLETE_MULTIPART=4 INVALID_MMSI=378"
                                + " NMEA_CHECKSUM=11 NMEA_SYNTAX=101 UNKNOWN_TYPE=1"),
                log(
                        "amsa/exact-earth-augmented-2.txt",
                        "BAD_LENGTH=44 BAD_POSITION=12 UNKNOWN_TYPE=2"),
                log(
                        "amsa/exact-earth-augmented-3.txt",
                        "BAD_LENGTH=124 BAD_POSITION=13 INCOMPLETE_MULTIPART=4 UNKNOWN_TYPE=4"),
                log(
                        "amsa/exact-earth-augmented.txt",
                        "BAD_LENGTH=27 BAD_POSITION=4 INVALID_MMSI=4 UNKNOWN_TYPE=4"),
                log("amsa/exact-earth-with-tag-block.txt", ""),
                log("amsa/nmea-timestamped.txt", "NMEA_CHECKSUM=100"),
                log("dma-aislib/ais250.txt", "INCOMPLETE_MULTIPART=8"),
                log("dma-aislib/decode_encode_messages.txt", ""),
                log("dma-aislib/replay_dump.txt", ""),
                log("dma-aislib/stream_example.txt", "BAD_POSITION=23 INVALID_MMSI=3"),
                log("libais/test.aivdm", "BAD_LENGTH=25 BAD_POSITION=3 UNKNOWN_TYPE=17"),
                log("pyais/ais_test_messages", ""),
                log("pyais/gatehouse.nmea", "NMEA_CHECKSUM=1"),
                log("pyais/messages.ais", ""),
                log("pyais/mixed.txt", "NMEA_CHECKSUM=1 NMEA_SYNTAX=5"),
                log(
                        "pyais/nmea_data_sample.txt",
                        "BAD_LENGTH=100 BAD_POSITION=4 INCOMPLETE_MULTIPART=20"),
                log("pyais/sample.ais", "NMEA_CHECKSUM=2 NMEA_SYNTAX=4"),
                log("pyais/timestamped.ais", "NMEA_CHECKSUM=1"),
                log("signalk/nais300-merrimac.log", "BAD_POSITION=130"),
                log("signalk/nais400-merrimac.log", "BAD_POSITION=17"));
    }

    private static Arguments log(String file, String rejectedLinesByReason) {
        return Arguments.of(file, rejectedLinesByReason);
    }

    @ParameterizedTest
    @MethodSource("logs")
    void rejectedLinesByReasonAreAsMeasured(String file, String expected) {
        Map<String, Integer> byReason = new TreeMap<>();
        for (ObjectNode rejected : DecodedJson.rejected(TestData.file("nmea/" + file))) {
            byReason.merge(
                    rejected.get("reason").asText(), rejected.get("lines").asInt(), Integer::sum);
        }
        StringBuilder measured = new StringBuilder();
        byReason.forEach(
                (reason, lines) -> measured.append(' ').append(reason).append('=').append(lines));

        assertThat(measured.toString().strip()).as(file).isEqualTo(expected);
    }
}
