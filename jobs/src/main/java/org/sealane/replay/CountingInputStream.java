package org.sealane.replay;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports the bytes read through it, for replay progress. */
final class CountingInputStream extends FilterInputStream {

    private final ReplayInput.ByteCounter counter;

    CountingInputStream(InputStream in, ReplayInput.ByteCounter counter) {
        super(in);
        this.counter = counter;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counter.add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counter.add(n);
        }
        return n;
    }
}
