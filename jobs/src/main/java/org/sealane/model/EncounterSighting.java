package org.sealane.model;

/**
 * A vessel seen slow outside ports, handed from its tracker to the encounter search; or, with
 * {@code slow} false, word that it no longer is (it sped up, entered a port, or was forgotten).
 *
 * @param mmsi the vessel
 * @param time event time of the fix, epoch ms
 * @param lat latitude of the fix
 * @param lon longitude of the fix
 * @param slow whether the vessel is slow (a candidate for encounters) from this fix on
 * @param zoneId the zone the fix is in (the first that is not a port), or {@code open-sea}
 */
public record EncounterSighting(
        long mmsi, long time, double lat, double lon, boolean slow, String zoneId) {}
