package org.sealane.flink;

import java.io.Serializable;
import java.util.function.Consumer;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.BaseBroadcastProcessFunction;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.ZoneCatalogue;

/**
 * The zone catalogue one operator instance judges by: the job's start catalogue until a published
 * one comes in on the broadcast side, then the latest of those. The published one is kept in
 * broadcast state, so a job restored from a checkpoint or savepoint goes on with it ({@link
 * #restoreOnce}).
 */
final class ZonesInForce implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The latest published catalogue, the same on every subtask. */
    static final MapStateDescriptor<String, PublishedCatalogue> STATE =
            new MapStateDescriptor<>(
                    "zone-catalogue", Types.STRING, TypeInformation.of(PublishedCatalogue.class));

    private static final String LATEST = "latest";

    private final ZoneCatalogue start;
    private transient Consumer<ZoneCatalogue> judgeBy;
    private transient boolean restoreChecked;

    ZonesInForce(ZoneCatalogue start) {
        this.start = start;
    }

    /**
     * Called from the operator's {@code open()}: {@code judgeBy} is how it puts a catalogue in
     * force, a restored one or one published later.
     *
     * @return the start catalogue, which the operator judges by until then
     */
    ZoneCatalogue open(Consumer<ZoneCatalogue> judgeBy) {
        this.judgeBy = judgeBy;
        restoreChecked = false;
        return start;
    }

    /**
     * Before the operator's first record after a start: puts the catalogue kept in broadcast state
     * in force, when the job was restored with one; without one the start catalogue stays. After
     * that, one boolean per record.
     */
    void restoreOnce(BaseBroadcastProcessFunction.ReadOnlyContext ctx) throws Exception {
        if (restoreChecked) {
            return;
        }
        restoreChecked = true;
        PublishedCatalogue kept = ctx.getBroadcastState(STATE).get(LATEST);
        if (kept != null) {
            judgeBy.accept(kept.catalogue());
        }
    }

    /** Puts a published (and already validated) catalogue in force and keeps it. */
    void adopt(BaseBroadcastProcessFunction.Context ctx, PublishedCatalogue published)
            throws Exception {
        restoreChecked = true;
        ctx.getBroadcastState(STATE).put(LATEST, published);
        judgeBy.accept(published.catalogue());
    }
}
