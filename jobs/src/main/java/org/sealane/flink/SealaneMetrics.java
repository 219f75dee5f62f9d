package org.sealane.flink;

import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.metrics.MetricGroup;
import org.sealane.avro.AlertType;
import org.sealane.avro.RejectReason;

/**
 * The metrics a watch floor charts, in Flink's metric system (the web UI, the REST API and any
 * configured reporter, such as Prometheus), under each operator's group {@value #GROUP}. Counters
 * come with a per-second rate over the last minute ({@code <name>PerSecond}). Rejected lines are
 * under the key {@value #REASON} and alerts under {@value #ALERT_TYPE}, one series per value, all
 * registered at start so that a chart shows zero rather than nothing. The README lists them.
 */
public final class SealaneMetrics {

    public static final String GROUP = "sealane";
    public static final String POSITIONS = "positions";
    public static final String REJECTED = "rejected";
    public static final String REASON = "reason";
    public static final String ALERTS = "alerts";
    public static final String ALERT_TYPE = "alertType";
    public static final String EVENT_TIME_LAG = "eventTimeLagMs";
    public static final String TRACKED_VESSELS = "trackedVessels";
    public static final String PER_SECOND = "PerSecond";

    private SealaneMetrics() {}

    static MetricGroup group(RuntimeContext context) {
        return context.getMetricGroup().addGroup(GROUP);
    }

    /** A counter and its rate, {@code name} and {@code namePerSecond}. */
    static Counter countWithRate(MetricGroup group, String name) {
        Counter counter = group.counter(name);
        group.meter(name + PER_SECOND, new MeterView(counter));
        return counter;
    }

    static Map<RejectReason, Counter> rejectedByReason(MetricGroup group) {
        Map<RejectReason, Counter> counters = new EnumMap<>(RejectReason.class);
        for (RejectReason reason : RejectReason.values()) {
            counters.put(reason, countWithRate(group.addGroup(REASON, reason.name()), REJECTED));
        }
        return counters;
    }

    static Map<AlertType, Counter> alertsByType(MetricGroup group) {
        Map<AlertType, Counter> counters = new EnumMap<>(AlertType.class);
        for (AlertType type : AlertType.values()) {
            counters.put(type, countWithRate(group.addGroup(ALERT_TYPE, type.name()), ALERTS));
        }
        return counters;
    }
}
