package org.sealane.replay;

import org.apache.flink.api.connector.source.lib.util.IteratorSourceSplit;
import org.sealane.model.RawLine;

/**
 * One file of a replay, read whole and in order by one reader. After a checkpoint it resumes after
 * the lines already read.
 *
 * @param inputIndex the file's index among the replay's inputs
 * @param path the file
 * @param linesRead lines already read (and emitted) before this split was (re)assigned
 * @param runId the replay run the progress counter belongs to
 */
public record ReplayFileSplit(int inputIndex, String path, long linesRead, String runId)
        implements IteratorSourceSplit<RawLine, ReplayLineIterator> {

    @Override
    public String splitId() {
        return Integer.toString(inputIndex);
    }

    @Override
    public ReplayLineIterator getIterator() {
        return new ReplayLineIterator(this);
    }

    @Override
    public IteratorSourceSplit<RawLine, ReplayLineIterator> getUpdatedSplitForIterator(
            ReplayLineIterator iterator) {
        return new ReplayFileSplit(inputIndex, path, iterator.linesRead(), runId);
    }
}
