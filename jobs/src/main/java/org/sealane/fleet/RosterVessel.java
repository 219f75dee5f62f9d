package org.sealane.fleet;

import java.io.Serializable;

/**
 * A ship the task force contributed (DESIGN 3.3).
 *
 * @param mmsi its MMSI
 * @param name its name
 * @param nation the contributing nation, ISO 3166-1 alpha-3
 * @param type a free word: destroyer, frigate, patrol, support, aircraft
 */
public record RosterVessel(long mmsi, String name, String nation, String type)
        implements Serializable {}
