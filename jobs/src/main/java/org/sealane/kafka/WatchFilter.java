package org.sealane.kafka;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.sealane.avro.Alert;
import org.sealane.avro.AlertType;
import org.sealane.avro.CoverageMetric;
import org.sealane.avro.RejectReason;
import org.sealane.avro.RejectedRecord;

/**
 * Which records {@code sealane watch} prints: alerts of some types (a rejected record's reason
 * counts as its type) and records of some zones. A filter applies only to records that have the
 * field: coverage metrics have no type, rejected records no zone. An empty set lets everything
 * through.
 *
 * @param types alert types or reject reasons, upper case
 * @param zones zone ids, lower case
 */
public record WatchFilter(Set<String> types, Set<String> zones) {

    public static final WatchFilter ALL = new WatchFilter(Set.of(), Set.of());

    public WatchFilter {
        types = Set.copyOf(types);
        zones = Set.copyOf(zones);
    }

    /**
     * A filter from command-line values; each value may list several, comma-separated.
     *
     * @throws IllegalArgumentException naming a type that is neither an alert type nor a reject
     *     reason
     */
    public static WatchFilter of(Collection<String> types, Collection<String> zones) {
        Set<String> known = new TreeSet<>();
        Arrays.stream(AlertType.values()).map(Enum::name).forEach(known::add);
        Arrays.stream(RejectReason.values()).map(Enum::name).forEach(known::add);
        Set<String> typeSet = new LinkedHashSet<>();
        for (String type : split(types)) {
            String name = type.toUpperCase(Locale.ROOT).replace('-', '_');
            if (!known.contains(name)) {
                throw new IllegalArgumentException(
                        "--type "
                                + type
                                + ": not an alert type ("
                                + Arrays.stream(AlertType.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))
                                + ") or reject reason");
            }
            typeSet.add(name);
        }
        Set<String> zoneSet = new LinkedHashSet<>();
        for (String zone : split(zones)) {
            zoneSet.add(zone.toLowerCase(Locale.ROOT));
        }
        return new WatchFilter(typeSet, zoneSet);
    }

    private static Set<String> split(Collection<String> values) {
        Set<String> split = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        split.add(part.strip());
                    }
                }
            }
        }
        return split;
    }

    /** Whether a decoded record is to be printed. */
    public boolean accepts(SpecificRecord record) {
        if (record instanceof Alert alert) {
            return matches(types, alert.getType().name())
                    && matches(zones, alert.getZoneId().toLowerCase(Locale.ROOT));
        }
        if (record instanceof CoverageMetric metric) {
            return matches(zones, metric.getZoneId().toLowerCase(Locale.ROOT));
        }
        if (record instanceof RejectedRecord rejected) {
            return matches(types, rejected.getReason().name());
        }
        return true;
    }

    private static boolean matches(Set<String> wanted, String value) {
        return wanted.isEmpty() || wanted.contains(value);
    }
}
