package org.sealane.encounter;

import java.util.ArrayList;
import java.util.List;

/** Keyed state of one pair of vessels: its run, and the observations waiting for the watermark. */
public class WaitingPair {

    private EncounterPair pair = new EncounterPair();
    private List<CloseObservation> waiting = new ArrayList<>();

    private long timer = Long.MIN_VALUE;

    public WaitingPair() {}

    /** The latest event-time timer registered for the waiting records, or Long.MIN_VALUE. */
    public long getTimer() {
        return timer;
    }

    public void setTimer(long timer) {
        this.timer = timer;
    }

    public EncounterPair getPair() {
        return pair;
    }

    public void setPair(EncounterPair pair) {
        this.pair = pair;
    }

    public List<CloseObservation> getWaiting() {
        return waiting;
    }

    public void setWaiting(List<CloseObservation> waiting) {
        this.waiting = waiting;
    }
}
