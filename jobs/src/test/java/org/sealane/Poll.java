package org.sealane;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waiting for what a job, a server or a browser does, by polling with a deadline. */
public final class Poll {

    private Poll() {}

    /** Polls {@code probe} until it returns a value, failing after {@code limit}. */
    public static <T> T until(String what, Duration limit, Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            T value = probe.call();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit + " for " + what);
            }
            Thread.sleep(200); // the pause between polls
        }
    }
}
