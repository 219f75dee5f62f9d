package org.sealane.replay;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceEnumerator;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceReader;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.sealane.model.RawLine;

/**
 * Reads replay files line by line, one file after another in the order given, as one stream. Run it
 * at parallelism 1: a single ordered stream is what makes lateness, and so the whole replay,
 * deterministic; the operators after it fan out by vessel.
 */
public final class ReplayFileSource
        implements Source<RawLine, ReplayFileSplit, Collection<ReplayFileSplit>> {

    private static final long serialVersionUID = 1L;

    private final List<String> paths;
    private final String runId;

    /**
     * @param inputs the files, in replay order
     * @param runId identifies this run's progress counter (see {@link ReplayProgress})
     */
    public ReplayFileSource(List<ReplayInput> inputs, String runId) {
        this.paths = inputs.stream().map(ReplayInput::path).toList();
        this.runId = runId;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SourceReader<RawLine, ReplayFileSplit> createReader(SourceReaderContext context) {
        return new IteratorSourceReader<>(context);
    }

    @Override
    public SplitEnumerator<ReplayFileSplit, Collection<ReplayFileSplit>> createEnumerator(
            SplitEnumeratorContext<ReplayFileSplit> context) {
        List<ReplayFileSplit> splits = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            splits.add(new ReplayFileSplit(i, paths.get(i), 0, runId));
        }
        return new IteratorSourceEnumerator<>(context, splits);
    }

    @Override
    public SplitEnumerator<ReplayFileSplit, Collection<ReplayFileSplit>> restoreEnumerator(
            SplitEnumeratorContext<ReplayFileSplit> context,
            Collection<ReplayFileSplit> checkpoint) {
        return new IteratorSourceEnumerator<>(context, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<ReplayFileSplit> getSplitSerializer() {
        return new SplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<Collection<ReplayFileSplit>>
            getEnumeratorCheckpointSerializer() {
        return new CheckpointSerializer();
    }

    static final class SplitSerializer implements SimpleVersionedSerializer<ReplayFileSplit> {
        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(ReplayFileSplit split) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                write(split, out);
            }
            return bytes.toByteArray();
        }

        @Override
        public ReplayFileSplit deserialize(int version, byte[] serialized) throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
                return read(in);
            }
        }

        static void write(ReplayFileSplit split, DataOutputStream out) throws IOException {
            out.writeInt(split.inputIndex());
            out.writeUTF(split.path());
            out.writeLong(split.linesRead());
            out.writeUTF(split.runId());
        }

        static ReplayFileSplit read(DataInputStream in) throws IOException {
            return new ReplayFileSplit(in.readInt(), in.readUTF(), in.readLong(), in.readUTF());
        }
    }

    static final class CheckpointSerializer
            implements SimpleVersionedSerializer<Collection<ReplayFileSplit>> {
        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(Collection<ReplayFileSplit> splits) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(splits.size());
                for (ReplayFileSplit split : splits) {
                    SplitSerializer.write(split, out);
                }
            }
            return bytes.toByteArray();
        }

        @Override
        public Collection<ReplayFileSplit> deserialize(int version, byte[] serialized)
                throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
                int count = in.readInt();
                List<ReplayFileSplit> splits = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    splits.add(SplitSerializer.read(in));
                }
                return splits;
            }
        }
    }
}
