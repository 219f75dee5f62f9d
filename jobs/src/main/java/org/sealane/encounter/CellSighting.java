package org.sealane.encounter;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.sealane.model.EncounterSighting;

/**
 * A sighting sent to one cell of the {@link EncounterGrid}.
 *
 * @param cell the cell's key
 * @param home whether the sighting lies in this cell (otherwise it is a neighbour within reach)
 * @param sighting the vessel's slow fix, or the word that it is no longer slow
 */
public record CellSighting(long cell, boolean home, EncounterSighting sighting) {

    public static final TypeInformation<CellSighting> TYPE = TypeInformation.of(CellSighting.class);
}
