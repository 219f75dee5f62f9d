package org.sealane.flink;

import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.metrics.Counter;
import org.sealane.avro.AlertType;
import org.sealane.model.AlertEvent;

/**
 * Counts an operator's alerts by type, into the accumulators the replay summary reads and into the
 * operator's {@link SealaneMetrics}.
 */
final class AlertCounters {

    private final RuntimeContext context;
    private final Map<AlertType, LongCounter> byType = new EnumMap<>(AlertType.class);
    private final Map<AlertType, Counter> metrics;

    AlertCounters(RuntimeContext context) {
        this.context = context;
        this.metrics = SealaneMetrics.alertsByType(SealaneMetrics.group(context));
    }

    void count(AlertEvent alert) {
        byType.computeIfAbsent(
                        alert.type(), type -> context.getLongCounter(PipelineCounters.alerts(type)))
                .add(1);
        metrics.get(alert.type()).inc();
    }
}
