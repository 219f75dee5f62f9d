package org.sealane.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskForceRosterTest {

    @TempDir Path folder;

    @Test
    void theExampleRosterIsAMultinationalTaskForce() {
        TaskForceRoster roster =
                TaskForceRoster.load(Path.of("../replay-data/fleet/task-force.csv"));

        assertThat(roster.nations())
                .contains("USA", "JPN", "GBR", "AUS", "KOR", "NZL", "FRA", "CAN");
        assertThat(roster.size()).isGreaterThanOrEqualTo(20);
        assertThat(roster.vessel(431990001L).name()).isEqualTo("Example Destroyer Kaede");
        assertThat(roster.nationOf(219990001L)).isEqualTo("DNK");
        assertThat(roster.vessel(219990001L).name()).isEqualTo("Example Patrol Bøg");
        assertThat(roster.nationOf(244000000L)).isNull();
        assertThat(roster.shipsByNation()).containsEntry("USA", 3);
    }

    @Test
    void readsQuotedNamesAndColumnsInAnyOrder() throws IOException {
        Path file =
                write(
                        "nation,type,mmsi,name\n"
                                + "GBR,frigate,232990001,\"Thistle, HMS (example)\"\n"
                                + "\n");
        TaskForceRoster roster = TaskForceRoster.load(file);
        assertThat(roster.vessel(232990001L))
                .isEqualTo(
                        new RosterVessel(232990001L, "Thistle, HMS (example)", "GBR", "frigate"));
    }

    @Test
    void errorsNameTheFileLineAndProblem() throws IOException {
        assertThatThrownBy(() -> TaskForceRoster.load(write("mmsi,name,type\n1,a,b\n")))
                .hasMessageContaining("header must name the columns mmsi,name,nation,type");
        assertThatThrownBy(
                        () ->
                                TaskForceRoster.load(
                                        write("mmsi,name,nation,type\n369990001,A,US,destroyer\n")))
                .hasMessageContaining(":2: nation 'US' is not an ISO 3166-1 alpha-3 code");
        assertThatThrownBy(
                        () ->
                                TaskForceRoster.load(
                                        write("mmsi,name,nation,type\n36999x,A,USA,destroyer\n")))
                .hasMessageContaining(":2: mmsi '36999x' is not a number");
        assertThatThrownBy(
                        () ->
                                TaskForceRoster.load(
                                        write(
                                                "mmsi,name,nation,type\n"
                                                        + "369990001,A,USA,destroyer\n"
                                                        + "369990001,B,USA,frigate\n")))
                .hasMessageContaining(":3: MMSI 369990001 is already listed on line 2");
        assertThatThrownBy(() -> TaskForceRoster.load(folder.resolve("missing.csv")))
                .hasMessageContaining("cannot read task-force roster");
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(folder, "roster", ".csv");
        Files.writeString(file, text);
        return file;
    }
}
