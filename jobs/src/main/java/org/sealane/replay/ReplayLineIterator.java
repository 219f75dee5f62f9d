package org.sealane.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.sealane.model.InputLine;
import org.sealane.model.RawLine;

/**
 * The lines of one replay file, numbered from 1, followed by one end-of-input marker. Opens the
 * file on first use and closes it at the end.
 */
public final class ReplayLineIterator implements Iterator<RawLine> {

    private final ReplayFileSplit split;
    private BufferedReader reader;
    private long linesRead;
    private RawLine next;
    private boolean endSent;

    ReplayLineIterator(ReplayFileSplit split) {
        this.split = split;
        this.linesRead = split.linesRead();
    }

    long linesRead() {
        return linesRead;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !endSent) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public RawLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawLine line = next;
        next = null;
        return line;
    }

    private RawLine advance() {
        try {
            if (reader == null) {
                reader =
                        ReplayInput.open(
                                Paths.get(split.path()), ReplayProgress.counter(split.runId()));
                for (long skipped = 0; skipped < split.linesRead(); skipped++) {
                    if (reader.readLine() == null) {
                        break;
                    }
                }
            }
            String text = reader.readLine();
            if (text != null) {
                linesRead++;
                return new RawLine(text, InputLine.sequence(split.inputIndex(), linesRead));
            }
            reader.close();
            endSent = true;
            return RawLine.endOfInput(split.inputIndex());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read " + split.path() + ": " + e.getMessage(), e);
        }
    }
}
