package org.sealane.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checkpoints a live job retains in {@code checkpoint.directory}, as Flink lays them out:
 * {@code DIRECTORY/JOB-ID/chk-N/_metadata}, the metadata written last, once the checkpoint is
 * complete. Finds the one to resume from after the job's process died.
 */
public final class RetainedCheckpoints {

    private static final Pattern CHECKPOINT = Pattern.compile("chk-(\\d+)");
    private static final String METADATA = "_metadata";
    private static final Pattern WITH_SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:/");

    private RetainedCheckpoints() {}

    /**
     * The checkpoint directory as a URI for Flink: a plain path is taken as a local directory, made
     * absolute.
     */
    public static URI storageUri(String directory) {
        if (WITH_SCHEME.matcher(directory).lookingAt()) {
            try {
                return new URI(directory);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(
                        "checkpoint.directory is not a valid URI: " + directory, e);
            }
        }
        return Path.of(directory).toAbsolutePath().normalize().toUri();
    }

    /**
     * The directory as a local path, or empty for a remote file system (s3://, hdfs://) this
     * process cannot list.
     */
    public static Optional<Path> localDirectory(String directory) {
        URI uri = storageUri(directory);
        return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
    }

    /**
     * The newest complete checkpoint of any job under {@code directory}: the one whose metadata was
     * written last, the higher number on a tie. A running job deletes the checkpoints its newer
     * ones subsume, so one listed may be gone a moment later: it is passed over.
     */
    public static Optional<Path> latest(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> jobs = Files.list(directory)) {
            return jobs.filter(Files::isDirectory)
                    .flatMap(RetainedCheckpoints::completeCheckpoints)
                    .max(
                            Comparator.comparing(Complete::writtenAt)
                                    .thenComparingLong(complete -> number(complete.path())))
                    .map(Complete::path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list checkpoints in " + directory, e);
        }
    }

    private record Complete(Path path, FileTime writtenAt) {}

    private static Stream<Complete> completeCheckpoints(Path jobDirectory) {
        try (Stream<Path> entries = Files.list(jobDirectory)) {
            return entries
                    .filter(entry -> CHECKPOINT.matcher(name(entry)).matches())
                    .flatMap(
                            entry ->
                                    writtenAt(entry.resolve(METADATA))
                                            .map(time -> new Complete(entry, time))
                                            .stream())
                    .toList()
                    .stream();
        } catch (NoSuchFileException e) {
            return Stream.empty(); // the job's directory went with its last checkpoint
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list checkpoints in " + jobDirectory, e);
        }
    }

    /** When the metadata was written; empty while it is not there, or no longer there. */
    private static Optional<FileTime> writtenAt(Path metadata) {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(metadata, BasicFileAttributes.class);
            return attributes.isRegularFile()
                    ? Optional.of(attributes.lastModifiedTime())
                    : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + metadata, e);
        }
    }

    private static long number(Path checkpoint) {
        Matcher matcher = CHECKPOINT.matcher(name(checkpoint));
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }
}
