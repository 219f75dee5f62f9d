package org.sealane.live;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.sealane.model.RawLine;

/**
 * Fails its task a given number of times, each time a few thousand lines after a checkpoint has
 * completed, so that the job restores from that checkpoint with output written since. The count is
 * static: the test and the MiniCluster's tasks share the JVM, and a restored task is a new object.
 */
final class TaskFailures implements MapFunction<RawLine, RawLine>, CheckpointListener {

    private static final long serialVersionUID = 1L;

    private static final AtomicInteger LEFT = new AtomicInteger();
    private static final AtomicInteger INJECTED = new AtomicInteger();
    private static final long LINE_INTERVAL_NANOS = 100_000;

    private final int linesAfterCheckpoint;
    private transient boolean checkpointed;
    private transient int sinceCheckpoint;

    TaskFailures(int linesAfterCheckpoint) {
        this.linesAfterCheckpoint = linesAfterCheckpoint;
    }

    static void arm(int failures) {
        LEFT.set(failures);
        INJECTED.set(0);
    }

    static int injected() {
        return INJECTED.get();
    }

    @Override
    public RawLine map(RawLine line) {
        if (LEFT.get() > 0) {
            // While failures are due, lines come in at a feed's pace, not a backfill's: read at
            // full speed, the whole input can be gone before a restored job completes the
            // checkpoint the next failure waits for, or before alerts written since it are sent.
            LockSupport.parkNanos(LINE_INTERVAL_NANOS);
        }
        if (checkpointed
                && ++sinceCheckpoint == linesAfterCheckpoint
                && LEFT.getAndDecrement() > 0) {
            INJECTED.incrementAndGet();
            throw new IllegalStateException("injected task failure " + INJECTED.get());
        }
        return line;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        checkpointed = true;
    }
}
