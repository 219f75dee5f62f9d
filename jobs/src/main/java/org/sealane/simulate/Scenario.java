package org.sealane.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario: vessels and their plans over a stretch of time, the feed's report intervals, and
 * outages of the whole feed. What it is expected to raise is computed from what the simulator makes
 * of it ({@link ExpectedAlerts}), not written here.
 */
public final class Scenario {

    private final String name;
    private final Instant start;
    private final Instant end;
    private Duration underWayInterval = Duration.ofSeconds(60);
    private Duration slowInterval = Duration.ofMinutes(3);
    private boolean jittered = true;
    private final List<VesselPlan> vessels = new ArrayList<>();
    private final List<VesselPlan.Window> outages = new ArrayList<>();

    public Scenario(String name, Instant start, Instant end) {
        this.name = name;
        this.start = start;
        this.end = end;
    }

    /**
     * Report intervals: under way, and slow or at anchor. Real class A sets report every 2 to 10 s
     * under way and every 3 min at anchor; scenario files thin the former to keep them small.
     */
    public Scenario reportingEvery(Duration underWay, Duration slow) {
        underWayInterval = underWay;
        slowInterval = slow;
        return this;
    }

    /**
     * Every report exactly on its vessel's grid of intervals, none early or late: for scenarios
     * whose numbers are worked out by hand from the report times.
     */
    public Scenario onTheGrid() {
        jittered = false;
        return this;
    }

    public VesselPlan add(VesselPlan vessel) {
        vessels.add(vessel);
        return vessel;
    }

    /** The whole feed is silent from {@code from} until {@code until}: a receiver outage. */
    public Scenario outage(Instant from, Instant until) {
        outages.add(new VesselPlan.Window(from, until));
        return this;
    }

    public String name() {
        return name;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    Duration underWayInterval() {
        return underWayInterval;
    }

    Duration slowInterval() {
        return slowInterval;
    }

    boolean jittered() {
        return jittered;
    }

    public List<VesselPlan> vessels() {
        return vessels;
    }

    List<VesselPlan.Window> outages() {
        return outages;
    }
}
