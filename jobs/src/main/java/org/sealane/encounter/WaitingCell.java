package org.sealane.encounter;

import java.util.ArrayList;
import java.util.List;

/** Keyed state of one grid cell: its vessels, and the sightings waiting for the watermark. */
public class WaitingCell {

    private EncounterCell cell = new EncounterCell();
    private List<CellSighting> waiting = new ArrayList<>();

    public WaitingCell() {}

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
