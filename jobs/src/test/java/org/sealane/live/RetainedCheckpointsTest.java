package org.sealane.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetainedCheckpointsTest {

    @TempDir Path checkpoints;

    @Test
    void theLatestIsTheCompleteCheckpointWrittenLastOfAnyJob() throws IOException {
        complete("1b1d7e2e2c4d49b85a61a6297e577cd6", 5, "2026-11-22T08:00:00Z");
        complete("9738a8998fd855a45e4cabbb0e9b20f7", 2, "2026-11-22T09:00:00Z");
        // a checkpoint the job died writing: no metadata yet
        Files.createDirectories(checkpoints.resolve("9738a8998fd855a45e4cabbb0e9b20f7/chk-3"));
        Files.createDirectories(checkpoints.resolve("9738a8998fd855a45e4cabbb0e9b20f7/shared"));

        assertThat(RetainedCheckpoints.latest(checkpoints))
                .contains(checkpoints.resolve("9738a8998fd855a45e4cabbb0e9b20f7/chk-2"));
    }

    @Test
    void checkpointsWrittenInTheSameInstantGoByNumber() throws IOException {
        complete("job", 9, "2026-11-22T08:00:00Z");
        complete("job", 10, "2026-11-22T08:00:00Z");

        assertThat(RetainedCheckpoints.latest(checkpoints))
                .contains(checkpoints.resolve("job/chk-10"));
    }

    @Test
    void checkpointsDeletedWhileListedArePassedOver() throws Exception {
        // As a running job does with one checkpoint retained: write the next, delete the one it
        // subsumes, while someone looks for the latest.
        Path job = checkpoints.resolve("running-job");
        AtomicBoolean looking = new AtomicBoolean(true);
        Thread subsuming =
                new Thread(
                        () -> {
                            try {
                                for (int n = 1; looking.get(); n++) {
                                    complete("running-job", n, "2026-11-22T08:00:00Z");
                                    Path subsumed = job.resolve("chk-" + (n - 1));
                                    Files.deleteIfExists(subsumed.resolve("_metadata"));
                                    Files.deleteIfExists(subsumed);
                                }
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
        subsuming.start();
        try {
            int found = 0;
            for (int look = 0; look < 3_000; look++) {
                Optional<Path> latest = RetainedCheckpoints.latest(checkpoints);
                if (latest.isPresent()) {
                    assertThat(latest.get().getParent()).isEqualTo(job);
                    found++;
                }
            }
            assertThat(found).as("looks that found a checkpoint").isGreaterThan(0);
        } finally {
            looking.set(false);
            subsuming.join();
        }
    }

    @Test
    void noCheckpointInAnEmptyOrMissingDirectory() {
        assertThat(RetainedCheckpoints.latest(checkpoints)).isEmpty();
        assertThat(RetainedCheckpoints.latest(checkpoints.resolve("never-made"))).isEmpty();
    }

    @Test
    void aPlainPathIsALocalDirectoryAndARemoteUriIsLeftAsItIs() {
        assertThat(RetainedCheckpoints.storageUri("/var/lib/sealane/checkpoints").toString())
                .isEqualTo("file:///var/lib/sealane/checkpoints");
        assertThat(RetainedCheckpoints.localDirectory("file:///var/lib/sealane/checkpoints"))
                .contains(Path.of("/var/lib/sealane/checkpoints"));
        assertThat(RetainedCheckpoints.storageUri("s3://task-force/sealane/checkpoints").toString())
                .isEqualTo("s3://task-force/sealane/checkpoints");
        assertThat(RetainedCheckpoints.localDirectory("s3://task-force/sealane/checkpoints"))
                .isEmpty();
    }

    private void complete(String job, int number, String writtenAt) throws IOException {
        Path checkpoint = checkpoints.resolve(job).resolve("chk-" + number);
        Files.createDirectories(checkpoint);
        Path metadata = Files.write(checkpoint.resolve("_metadata"), new byte[] {1});
        Files.setLastModifiedTime(metadata, FileTime.from(Instant.parse(writtenAt)));
    }
}
