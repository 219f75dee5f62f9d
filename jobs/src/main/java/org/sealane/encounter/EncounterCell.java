package org.sealane.encounter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.sealane.track.GeoMath;

/**
 * One cell of the encounter grid: the latest slow fix of each vessel in or near it. Each sighting,
 * taken in event order, is compared with the other vessels' latest fixes, at most {@link
 * #FRESH_MILLIS} old; pairs within the encounter distance are close. A pair is compared in a cell
 * only if at least one of the two lies in it, and the pair's state downstream ignores the same
 * observation made twice by neighbouring cells. A Flink POJO.
 */
public class EncounterCell {

    /** A fix older than this no longer says where a slow vessel is. */
    public static final long FRESH_MILLIS = 10 * 60_000L;

    /**
     * A pair seen close is reported again at most this often: in a crowded anchorage every pair is
     * close at every fix, and the pair's state needs only a beat to know the meeting goes on. The
     * same as the sightings' interval, so an encounter's end is at most that early.
     */
    public static final long OBSERVATION_INTERVAL_MILLIS = 150_000L;

    private List<CellVessel> vessels = new ArrayList<>();
    private Map<Long, Long> lastObserved = new HashMap<>();

    public EncounterCell() {}

    public List<CellVessel> getVessels() {
        return vessels;
    }

    public void setVessels(List<CellVessel> vessels) {
        this.vessels = vessels;
    }

    /** When each pair (by {@link CloseObservation#pairKey()}) was last reported close here. */
    public Map<Long, Long> getLastObserved() {
        return lastObserved;
    }

    public void setLastObserved(Map<Long, Long> lastObserved) {
        this.lastObserved = lastObserved;
    }

    /**
     * Takes one sighting, in event order, and reports the vessels it is close to.
     *
     * @param encounterMeters the encounter distance for a zone id
     */
    public void observe(
            CellSighting cellSighting,
            ToDoubleFunction<String> encounterMeters,
            Consumer<CloseObservation> out) {
        var sighting = cellSighting.sighting();
        forgetBefore(sighting.time() - FRESH_MILLIS);
        CellVessel self = null;
        for (Iterator<CellVessel> it = vessels.iterator(); it.hasNext(); ) {
            CellVessel other = it.next();
            if (other.getMmsi() == sighting.mmsi()) {
                self = other;
                if (!sighting.slow()) {
                    it.remove();
                }
                continue;
            }
            if (!sighting.slow() || (!cellSighting.home() && !other.isHome())) {
                continue;
            }
            double meters =
                    GeoMath.distanceMeters(
                            sighting.lat(), sighting.lon(), other.getLat(), other.getLon());
            boolean selfLower = sighting.mmsi() < other.getMmsi();
            String zoneId = selfLower ? sighting.zoneId() : other.getZoneId();
            if (meters <= encounterMeters.applyAsDouble(zoneId)) {
                long low = Math.min(sighting.mmsi(), other.getMmsi());
                long high = Math.max(sighting.mmsi(), other.getMmsi());
                Long last = lastObserved.get(low << 32 | high);
                if (last != null && sighting.time() - last < OBSERVATION_INTERVAL_MILLIS) {
                    continue;
                }
                lastObserved.put(low << 32 | high, sighting.time());
                out.accept(
                        selfLower
                                ? new CloseObservation(
                                        sighting.mmsi(),
                                        other.getMmsi(),
                                        sighting.time(),
                                        meters,
                                        sighting.lat(),
                                        sighting.lon(),
                                        zoneId)
                                : new CloseObservation(
                                        other.getMmsi(),
                                        sighting.mmsi(),
                                        sighting.time(),
                                        meters,
                                        other.getLat(),
                                        other.getLon(),
                                        zoneId));
            }
        }
        if (sighting.slow()) {
            if (self == null) {
                vessels.add(CellVessel.of(cellSighting));
            } else {
                self.update(cellSighting);
            }
        }
    }

    /** Forgets fixes older than the given time. */
    public void forgetBefore(long time) {
        vessels.removeIf(vessel -> vessel.getTime() < time);
        lastObserved.values().removeIf(observed -> observed < time);
    }

    public boolean isEmpty() {
        return vessels.isEmpty() && lastObserved.isEmpty();
    }

    /** The time of the newest fix held, or {@link Long#MIN_VALUE} when empty. */
    public long newestTime() {
        long newest = Long.MIN_VALUE;
        for (CellVessel vessel : vessels) {
            newest = Math.max(newest, vessel.getTime());
        }
        return newest;
    }
}
