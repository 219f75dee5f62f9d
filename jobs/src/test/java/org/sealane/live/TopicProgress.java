package org.sealane.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a live job has read its input topic, as its consumer group's committed offsets show (a
 * job commits them with each completed checkpoint), and how much a topic holds.
 */
final class TopicProgress {

    private TopicProgress() {}

    /** Lines on the input topic past the offsets the job's consumer group has committed. */
    static long unreadLines(Admin admin, String topic, String groupId) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        long unread = 0;
        for (Map.Entry<TopicPartition, Long> end : latestOffsets(admin, topic).entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            unread += end.getValue() - (done == null ? 0 : done.offset());
        }
        return unread;
    }

    /** Records written to a topic, committed or not. */
    static long endOffsets(Admin admin, String topic) throws Exception {
        return latestOffsets(admin, topic).values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<TopicPartition, Long> latestOffsets(Admin admin, String topic)
            throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var partition :
                admin.describeTopics(List.of(topic))
                        .allTopicNames()
                        .get()
                        .get(topic)
                        .partitions()) {
            latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(latest)
                .all()
                .get()
                .forEach((partition, end) -> offsets.put(partition, end.offset()));
        return offsets;
    }
}
