package org.sealane.replay;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes read so far by each running replay, for the progress line. A replay's source runs on the
 * embedded cluster inside the same JVM as the command that shows progress, so a shared counter is
 * all it takes; a run on a remote cluster simply shows none.
 */
public final class ReplayProgress {

    private static final ConcurrentHashMap<String, AtomicLong> BYTES_READ =
            new ConcurrentHashMap<>();

    private ReplayProgress() {}

    static ReplayInput.ByteCounter counter(String runId) {
        AtomicLong bytes = BYTES_READ.computeIfAbsent(runId, id -> new AtomicLong());
        return bytes::addAndGet;
    }

    public static long bytesRead(String runId) {
        AtomicLong bytes = BYTES_READ.get(runId);
        return bytes == null ? 0 : bytes.get();
    }

    public static void forget(String runId) {
        BYTES_READ.remove(runId);
    }
}
