package org.sealane.live;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.sealane.model.RawLine;

/**
 * Runs an action once, a given number of lines after a checkpoint has completed, and passes every
 * line on, slowly until that checkpoint: fault tests crash a server there. The action is static:
 * the test and the MiniCluster's tasks share the JVM.
 */
final class AfterCheckpoint implements MapFunction<RawLine, RawLine>, CheckpointListener {

    private static final long serialVersionUID = 1L;

    private static final AtomicReference<Runnable> ACTION = new AtomicReference<>();

    private final int linesAfterCheckpoint;
    private transient boolean checkpointed;
    private transient int sinceCheckpoint;

    AfterCheckpoint(int linesAfterCheckpoint) {
        this.linesAfterCheckpoint = linesAfterCheckpoint;
    }

    static void arm(Runnable action) {
        ACTION.set(action);
    }

    /** Whether the action has run since it was armed. */
    static boolean fired() {
        return ACTION.get() == null;
    }

    @Override
    public RawLine map(RawLine line) throws InterruptedException {
        if (!checkpointed) {
            // A line a millisecond until the task's first checkpoint: a job fast enough to read
            // its whole input before then would leave no checkpoint to crash after. The task takes
            // its checkpoint's mail between lines.
            Thread.sleep(1);
        }
        if (checkpointed && ++sinceCheckpoint == linesAfterCheckpoint) {
            Runnable action = ACTION.getAndSet(null);
            if (action != null) {
                action.run();
            }
        }
        return line;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        checkpointed = true;
    }
}
