package org.sealane.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sealane.TestData;
import org.sealane.config.SealaneConfig;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.replay.ReplayInput;
import org.sealane.replay.ReplayJob;
import org.sealane.simulate.Scenarios;
import org.sealane.simulate.Simulator;
import org.sealane.zones.ZoneCatalogue;

/**
 * Simulated bulk traffic (NMEA lines in a file) and the alerts a fault-free replay of it raises:
 * what a live job over the same lines must write, each alert once.
 */
record SimulatedTraffic(Path file, List<String> expectedAlerts) {

    /** Writes {@code vessels} vessels' traffic over {@code duration} and replays it. */
    static SimulatedTraffic bulk(Path work, int vessels, Duration duration, long seed)
            throws Exception {
        Path file = work.resolve("bulk.nmea");
        Files.write(
                file,
                Simulator.run(Scenarios.bulk(vessels, duration, seed), seed).nmeaLines(),
                StandardCharsets.UTF_8);
        Path replayed = work.resolve("replay");
        new ReplayJob(
                        List.of(ReplayInput.of(file, null)),
                        catalogue(),
                        roster(),
                        SealaneConfig.defaults(),
                        replayed,
                        2)
                .runOn(
                        StreamExecutionEnvironment.getExecutionEnvironment(
                                ReplayJob.loopbackCluster()),
                        (r, t, e) -> {});
        return new SimulatedTraffic(
                file, Files.readAllLines(replayed.resolve(ReplayJob.ALERTS_FILE)));
    }

    List<String> lines() throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    static Path catalogueFile() {
        return TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson");
    }

    static Path rosterFile() {
        return TestData.repoRoot().resolve("replay-data/fleet/task-force.csv");
    }

    static ZoneCatalogue catalogue() {
        return ZoneCatalogue.load(catalogueFile());
    }

    static TaskForceRoster roster() {
        return TaskForceRoster.load(rosterFile());
    }
}
