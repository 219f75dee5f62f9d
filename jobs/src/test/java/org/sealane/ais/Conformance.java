package org.sealane.ais;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Compares sealane's decodes of a file with an oracle's (gpsd, libais), field by field.
 *
 * <p>Both list their messages in input order, so messages pair in order: each oracle message with
 * the next sealane message of the same type and MMSI. sealane messages passed over on the way were
 * not printed by the oracle ({@link #extra}); an oracle message with no partner is {@link
 * #missing}, unless it repeats the oracle's previous message word for word (gpsd's daemon re-sends
 * its last AIS report with later fixes: {@link #repeats}).
 */
final class Conformance {

    int messages;
    int fields;

    /** Oracle fields of types whose body sealane does not decode (header only), not compared. */
    int notDecoded;

    final List<String> differences = new ArrayList<>();
    final List<String> missing = new ArrayList<>();
    final List<String> extra = new ArrayList<>();

    private final Set<String> ignored;
    private final BiPredicate<JsonNode, JsonNode> agree;
    private final boolean ordered;

    /**
     * @param ignored oracle fields that are not compared
     * @param agree whether an oracle value and sealane's agree
     * @param ordered whether the oracle's field order is to be matched too
     */
    Conformance(Set<String> ignored, BiPredicate<JsonNode, JsonNode> agree, boolean ordered) {
        this.ignored = ignored;
        this.agree = agree;
        this.ordered = ordered;
    }

    Conformance compare(List<ObjectNode> oracle, List<ObjectNode> ours) {
        int cursor = 0;
        for (ObjectNode expected : oracle) {
            int match = cursor;
            while (match < ours.size() && !sameMessage(expected, ours.get(match))) {
                match++;
            }
            if (match == ours.size()) {
                missing.add(key(expected));
                continue;
            }
            ours.subList(cursor, match).forEach(m -> extra.add(key(m)));
            compareFields(expected, ours.get(match));
            cursor = match + 1;
        }
        ours.subList(cursor, ours.size()).forEach(m -> extra.add(key(m)));
        return this;
    }

    /** One line for the build log. */
    String summary(String name) {
        return String.format(
                "%s: %d messages, %d fields compared, %d differences, %d oracle fields of"
                        + " header-only types, %d missing, %d extra",
                name,
                messages,
                fields,
                differences.size(),
                notDecoded,
                missing.size(),
                extra.size());
    }

    private void compareFields(ObjectNode expected, ObjectNode actual) {
        messages++;
        boolean headerOnly = isHeaderOnly(actual);
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (ignored.contains(name)) {
                continue;
            }
            JsonNode ours = actual.get(name);
            if (ours == null && headerOnly) {
                notDecoded++;
                continue;
            }
            fields++;
            if (ours == null || !agree.test(field.getValue(), ours)) {
                differences.add(
                        "%s %s: oracle %s, sealane %s"
                                .formatted(key(expected), name, field.getValue(), ours));
            }
        }
        List<String> ourOrder = new ArrayList<>();
        for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (ignored.contains(name)) {
                continue;
            }
            ourOrder.add(name);
            if (!expected.has(name)) {
                differences.add("%s %s: not in the oracle".formatted(key(expected), name));
            }
        }
        List<String> oracleOrder = new ArrayList<>();
        expected.fieldNames().forEachRemaining(oracleOrder::add);
        oracleOrder.retainAll(ourOrder);
        if (ordered && !oracleOrder.equals(ourOrder)) {
            differences.add(
                    "%s field order: oracle %s, sealane %s"
                            .formatted(key(expected), oracleOrder, ourOrder));
        }
    }

    private static boolean isHeaderOnly(ObjectNode sealane) {
        return !AisLayouts.decodesBody(sealane.get("type").asInt());
    }

    private static boolean sameMessage(JsonNode a, JsonNode b) {
        return a.get("type").asInt() == b.get("type").asInt()
                && a.get("mmsi").asLong() == b.get("mmsi").asLong();
    }

    static String key(JsonNode m) {
        return "type " + m.get("type") + " mmsi " + m.get("mmsi");
    }
}
