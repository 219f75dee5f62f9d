package org.sealane.encounter;

import java.util.ArrayList;
import java.util.List;

/** Keyed state of one grid cell: its vessels, and the sightings waiting for the watermark. */
public class WaitingCell {

    private EncounterCell cell = new EncounterCell();
    private List<CellSighting> waiting = new ArrayList<>();

    private long timer = Long.MIN_VALUE;

    public WaitingCell() {}

    /** The latest event-time timer registered for the waiting records, or Long.MIN_VALUE. */
    public long getTimer() {
        return timer;
    }

    public void setTimer(long timer) {
        this.timer = timer;
    }

    public EncounterCell getCell() {
        return cell;
    }

    public void setCell(EncounterCell cell) {
        this.cell = cell;
    }

    public List<CellSighting> getWaiting() {
        return waiting;
    }

    public void setWaiting(List<CellSighting> waiting) {
        this.waiting = waiting;
    }
}
