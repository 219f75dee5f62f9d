package org.sealane.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes records as JSON lines into one part file per parallel writer, each line prefixed with its
 * sort key and a tab, for {@link JsonLinesFiles#merge} to put in a fixed order once a bounded job
 * has finished. For replays on the embedded cluster, which shares the local file system.
 */
public final class JsonLinesFileSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;

    private final String directory;
    private final JsonLineFormat<T> format;

    /**
     * @param directory where the part files go (created if missing)
     * @param format how records become lines
     */
    public JsonLinesFileSink(Path directory, JsonLineFormat<T> format) {
        this.directory = directory.toAbsolutePath().toString();
        this.format = format;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        Path dir = Paths.get(directory);
        Files.createDirectories(dir);
        Path part = dir.resolve("part-" + context.getTaskInfo().getIndexOfThisSubtask());
        return new Writer<>(Files.newBufferedWriter(part, StandardCharsets.UTF_8), format);
    }

    private static final class Writer<T> implements SinkWriter<T> {
        private final BufferedWriter out;
        private final JsonLineFormat<T> format;

        Writer(BufferedWriter out, JsonLineFormat<T> format) {
            this.out = out;
            this.format = format;
        }

        @Override
        public void write(T record, Context context) throws IOException {
            out.write(format.sortKey(record));
            out.write('\t');
            out.write(format.toJson(record));
            out.write('\n');
        }

        @Override
        public void flush(boolean endOfInput) throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
