package org.sealane.encounter;

import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Two slow vessels seen within the encounter distance of each other at one moment.
 *
 * @param mmsi the lower MMSI
 * @param otherMmsi the higher MMSI
 * @param time when (the later of the two fixes compared)
 * @param distanceMeters how far apart
 * @param lat latitude of the lower MMSI's fix
 * @param lon longitude of the lower MMSI's fix
 * @param zoneId the zone of the lower MMSI's fix, or {@code open-sea}
 */
public record CloseObservation(
        long mmsi,
        long otherMmsi,
        long time,
        double distanceMeters,
        double lat,
        double lon,
        String zoneId) {

    public static final TypeInformation<CloseObservation> TYPE =
            TypeInformation.of(CloseObservation.class);

    /** The pair's key: both MMSIs (each below 2^30) in one long. */
    public long pairKey() {
        return mmsi << 32 | otherMmsi;
    }
}
