package org.sealane.flink;

import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.util.AbstractBroadcastStreamOperatorTestHarness;

/** How many keyed state entries an operator with a broadcast side holds, all keys together. */
final class KeyedStateEntries {

    private KeyedStateEntries() {}

    static int of(AbstractBroadcastStreamOperatorTestHarness<?, ?, ?> harness) {
        AbstractStreamOperator<?> operator =
                (AbstractStreamOperator<?>) harness.getTwoInputOperator();
        return ((HeapKeyedStateBackend<?>) operator.getKeyedStateBackend())
                .numKeyValueStateEntries();
    }
}
