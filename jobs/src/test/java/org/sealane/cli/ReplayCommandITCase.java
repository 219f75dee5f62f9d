package org.sealane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sealane.CapturedConsole;
import org.sealane.TestData;

/** What `sealane replay` tells its user beyond the files it writes. */
class ReplayCommandITCase {

    @RegisterExtension final CapturedConsole console = new CapturedConsole();

    @Test
    void filesOutOfTimeOrderAreReplayedWithAWarningThatSaysWhy(@TempDir Path out) {
        Path scenarios = TestData.repoRoot().resolve("replay-data/scenarios");
        // spoof is a day later than dark-and-meet: given first, it makes the other one late.
        String later = scenarios.resolve("spoof.nmea").toString();
        String earlier = scenarios.resolve("dark-and-meet.nmea").toString();

        int status =
                SealaneCommand.execute(
                        "replay", later, earlier, "--out", out.toString(), "--no-progress");

        assertThat(status).isZero();
        assertThat(console.stderr())
                .contains("positions were LATE")
                .contains("give them in time order");
    }
}
