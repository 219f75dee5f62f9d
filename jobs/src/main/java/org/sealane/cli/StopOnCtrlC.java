package org.sealane.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets Ctrl-C end a long-running command cleanly: on shutdown it asks the work to stop, then waits
 * a little for it to finish (flush, print its count) before the JVM exits. Closing it, when the
 * work is done, removes the hook.
 */
final class StopOnCtrlC implements AutoCloseable {

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    StopOnCtrlC(String name, Runnable stop, Duration grace) {
        hook =
                new Thread(
                        () -> {
                            stop.run();
                            try {
                                done.await(grace.toMillis(), TimeUnit.MILLISECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running.
        }
    }
}
