package org.sealane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.TestData;

/** What `sealane replay` tells its user beyond the files it writes. */
class ReplayCommandITCase {

    @Test
    void filesOutOfTimeOrderAreReplayedWithAWarningThatSaysWhy(@TempDir Path out) {
        Path scenarios = TestData.repoRoot().resolve("replay-data/scenarios");
        // spoof is a day later than dark-and-meet: given first, it makes the other one late.
        String later = scenarios.resolve("spoof.nmea").toString();
        String earlier = scenarios.resolve("dark-and-meet.nmea").toString();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status =
                    SealaneCommand.execute(
                            "replay", later, earlier, "--out", out.toString(), "--no-progress");
        } finally {
            System.setErr(savedErr);
        }

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("positions were LATE")
                .contains("give them in time order");
    }
}
