package org.sealane;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.sealane.replay.ReplayJob;

/** The Flink MiniCluster of a whole-job test class: one TaskManager, on 127.0.0.1 only. */
public final class TestClusters {

    private TestClusters() {}

    /**
     * A MiniCluster for {@code @RegisterExtension}, bound to the loopback interface as the replay's
     * own embedded cluster is.
     *
     * @param slots task slots of its one TaskManager: the parallelism a job there can have
     */
    public static MiniClusterExtension loopback(int slots) {
        return new MiniClusterExtension(
                new MiniClusterResourceConfiguration.Builder()
                        .setConfiguration(ReplayJob.loopbackCluster())
                        .setNumberTaskManagers(1)
                        .setNumberSlotsPerTaskManager(slots)
                        .build());
    }
}
