package org.sealane.flink;

import java.io.Serializable;
import java.util.function.Consumer;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.ZoneCatalogue;

/**
 * The zone catalogue one operator instance judges by: the job's start catalogue until a published
 * one comes in on the broadcast side, then the latest of those. The published one is kept in
 * broadcast state, so a job restored from a checkpoint or savepoint goes on with it: an operator
 * asks {@link #restore} before its first record after a start, and after that pays one boolean per
 * record.
 */
final class ZonesInForce implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The latest published catalogue, the same on every subtask. */
    static final MapStateDescriptor<String, PublishedCatalogue> STATE =
            new MapStateDescriptor<>(
                    "zone-catalogue", Types.STRING, TypeInformation.of(PublishedCatalogue.class));

    private static final String LATEST = "latest";

    private final ZoneCatalogue start;
    private transient ZoneCatalogue current;
    private transient boolean restoreChecked;

    ZonesInForce(ZoneCatalogue start) {
        this.start = start;
    }

    ZoneCatalogue current() {
        return current == null ? start : current;
    }

    /** Whether the broadcast state has yet to be looked at since this instance started. */
    boolean restorePending() {
        return !restoreChecked;
    }

    /**
     * Puts the catalogue kept in broadcast state in force, when the job was restored with one, and
     * hands it to {@code judgeBy}; without one the start catalogue stays.
     */
    void restore(
            ReadOnlyBroadcastState<String, PublishedCatalogue> state,
            Consumer<ZoneCatalogue> judgeBy)
            throws Exception {
        restoreChecked = true;
        PublishedCatalogue kept = state.get(LATEST);
        if (kept != null) {
            current = kept.catalogue();
            judgeBy.accept(current);
        }
    }

    /** Puts a published (and already validated) catalogue in force and keeps it. */
    ZoneCatalogue adopt(
            BroadcastState<String, PublishedCatalogue> state, PublishedCatalogue published)
            throws Exception {
        restoreChecked = true;
        state.put(LATEST, published);
        current = published.catalogue();
        return current;
    }
}
