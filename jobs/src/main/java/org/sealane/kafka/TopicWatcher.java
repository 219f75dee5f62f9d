package org.sealane.kafka;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * What {@code sealane watch} does with a consumer: reads every partition of one topic (assigned,
 * not as a consumer group, so it commits nothing and leaves no group behind), decodes each value by
 * the schema fingerprint in its header ({@link SingleObjectValues}), and prints one {@link
 * WatchLines line} for each record the {@link WatchFilter} lets through. A value it cannot decode
 * gives a one-line note on the error stream (the first {@link #MAX_NOTES}; the rest are counted).
 * Stops after {@code max} printed records, when the timeout has passed, or when {@link
 * Consumer#wakeup()} is called (Ctrl-C).
 */
public final class TopicWatcher {

    /** At most this many notes about undecodable records are printed; the rest are counted. */
    public static final int MAX_NOTES = 10;

    private static final Duration MAX_POLL = Duration.ofMillis(500);

    /** How long to wait for the topic's partitions when there is no timeout. */
    static final Duration METADATA_TIMEOUT = Duration.ofSeconds(60);

    /**
     * @param topic the topic to read
     * @param filter which records to print
     * @param fromBeginning read from each partition's start, else only records that come
     * @param max stop after this many printed records; 0 for no limit
     * @param timeout stop after this long; null for no limit
     */
    public record Options(
            String topic, WatchFilter filter, boolean fromBeginning, long max, Duration timeout) {}

    /**
     * How it ended.
     *
     * @param read records read
     * @param printed records printed
     * @param filteredOut records decoded but not printed
     * @param undecodable records that were not values of the three kinds
     * @param timedOut whether the timeout ended it
     */
    public record Result(
            long read, long printed, long filteredOut, long undecodable, boolean timedOut) {}

    private final Consumer<byte[], byte[]> consumer;
    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final LongSupplier nanoClock;

    private long read;
    private long printed;
    private long filteredOut;
    private long undecodable;

    public TopicWatcher(
            Consumer<byte[], byte[]> consumer,
            Options options,
            PrintStream out,
            PrintStream err,
            LongSupplier nanoClock) {
        this.consumer = consumer;
        this.options = options;
        this.out = out;
        this.err = err;
        this.nanoClock = nanoClock;
    }

    /**
     * Watches until the end.
     *
     * @throws IllegalStateException if the topic does not exist
     */
    public Result run() {
        long start = nanoClock.getAsLong();
        Duration timeout = options.timeout();
        long deadline = timeout == null ? Long.MAX_VALUE : start + timeout.toNanos();
        try {
            List<PartitionInfo> partitions =
                    consumer.partitionsFor(
                            options.topic(),
                            timeout == null || timeout.compareTo(METADATA_TIMEOUT) > 0
                                    ? METADATA_TIMEOUT
                                    : timeout);
            if (partitions == null || partitions.isEmpty()) {
                throw new IllegalStateException("topic '" + options.topic() + "' does not exist");
            }
            List<TopicPartition> assigned =
                    partitions.stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(assigned);
            if (options.fromBeginning()) {
                consumer.seekToBeginning(assigned);
            } else {
                consumer.seekToEnd(assigned);
            }
            while (options.max() == 0 || printed < options.max()) {
                long remaining = deadline - nanoClock.getAsLong();
                if (remaining <= 0) {
                    return result(true);
                }
                Duration poll =
                        remaining < MAX_POLL.toNanos() ? Duration.ofNanos(remaining) : MAX_POLL;
                ConsumerRecords<byte[], byte[]> records = consumer.poll(poll);
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    handle(record);
                    if (options.max() > 0 && printed >= options.max()) {
                        break;
                    }
                }
                out.flush();
            }
        } catch (WakeupException e) {
            // Ctrl-C: stop where we are.
        } finally {
            out.flush();
            err.flush();
        }
        return result(false);
    }

    private Result result(boolean timedOut) {
        return new Result(read, printed, filteredOut, undecodable, timedOut);
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        read++;
        byte[] value = record.value();
        SpecificRecord decoded;
        try {
            if (value == null) {
                throw new IllegalArgumentException("no value (a tombstone)");
            }
            decoded = SingleObjectValues.decode(value);
        } catch (IllegalArgumentException e) {
            undecodable++;
            if (undecodable <= MAX_NOTES) {
                String source = record.topic() + "/" + record.partition() + "/" + record.offset();
                err.println("sealane: note: " + WatchLines.note(source, value, e.getMessage()));
                if (undecodable == MAX_NOTES) {
                    err.println(
                            "sealane: note: further records that do not decode are counted, not"
                                    + " shown");
                }
            }
            return;
        }
        if (!options.filter().accepts(decoded)) {
            filteredOut++;
            return;
        }
        out.println(WatchLines.line(decoded));
        printed++;
    }
}
