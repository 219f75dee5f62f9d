package org.sealane.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One AIS transmitter of a scenario: the vessel it is on (identity and static data), where that
 * vessel goes ({@link Passage}), how often it reports, and the faults planned for it: silences
 * (going dark), single fixes far off (position jumps), or being a second transmitter that uses
 * another vessel's MMSI (a cloned identity). Filled in while a scenario is written, then read.
 */
public final class VesselPlan {

    /** A stretch of time, from inclusive to until exclusive. */
    public record Window(Instant from, Instant until) {
        boolean contains(long time) {
            return time >= from.toEpochMilli() && time < until.toEpochMilli();
        }
    }

    /** A single report placed at {@code position} instead of where the vessel is. */
    public record Jump(Instant time, LatLon position) {}

    private final long mmsi;
    private final String name;
    private final Passage passage;
    private boolean classB;
    private int shipType = 70;
    private int lengthM = 180;
    private int beamM = 28;
    private Duration underWayInterval;
    private Duration slowInterval;
    private Instant until;
    private boolean clone;
    private final List<Window> silences = new ArrayList<>();
    private final List<Jump> jumps = new ArrayList<>();

    public VesselPlan(long mmsi, String name, Passage passage) {
        this.mmsi = mmsi;
        this.name = name;
        this.passage = passage;
    }

    /** A class B transmitter (type 18 positions, type 24 static data), a small craft. */
    public VesselPlan classB(int type, int length, int beam) {
        classB = true;
        shipType = type;
        lengthM = length;
        beamM = beam;
        return this;
    }

    /** Ship and cargo type (ITU-R M.1371 table 53) and size, for the type 5 message. */
    public VesselPlan ship(int type, int length, int beam) {
        shipType = type;
        lengthM = length;
        beamM = beam;
        return this;
    }

    /** Report intervals other than the scenario's (a satellite track, say). */
    public VesselPlan reportingEvery(Duration underWay, Duration slow) {
        underWayInterval = underWay;
        slowInterval = slow;
        return this;
    }

    /** Stops transmitting at {@code time} for good (before the scenario ends). */
    public VesselPlan transmitsUntil(Instant time) {
        until = time;
        return this;
    }

    /** Sends nothing from {@code from} until {@code until}: the vessel goes dark. */
    public VesselPlan silent(Instant from, Instant until) {
        silences.add(new Window(from, until));
        return this;
    }

    /** Its first report at or after {@code time} places it at {@code position} instead. */
    public VesselPlan jumpAt(Instant time, LatLon position) {
        jumps.add(new Jump(time, position));
        return this;
    }

    /**
     * Marks this transmitter as a second one using an MMSI that a genuine vessel of the scenario
     * sends too: none of its reports are good fixes of that vessel.
     */
    public VesselPlan cloneOfAnotherVessel() {
        clone = true;
        return this;
    }

    public long mmsi() {
        return mmsi;
    }

    public String name() {
        return name;
    }

    public Passage passage() {
        return passage;
    }

    boolean isClassB() {
        return classB;
    }

    int shipType() {
        return shipType;
    }

    int lengthM() {
        return lengthM;
    }

    int beamM() {
        return beamM;
    }

    Duration underWayInterval(Duration scenarioDefault) {
        return underWayInterval != null ? underWayInterval : scenarioDefault;
    }

    Duration slowInterval(Duration scenarioDefault) {
        return slowInterval != null ? slowInterval : scenarioDefault;
    }

    Instant until() {
        return until;
    }

    boolean isClone() {
        return clone;
    }

    List<Window> silences() {
        return silences;
    }

    List<Jump> jumps() {
        return jumps;
    }
}
