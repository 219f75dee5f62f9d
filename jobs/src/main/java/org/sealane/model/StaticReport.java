package org.sealane.model;

/**
 * Static and voyage data of one vessel (AIS types 5 and 24, or the static columns of a CSV row).
 * Text fields are trimmed of AIS '@' padding and blanks; absent values are {@code null} (text) or
 * -1 (numbers), {@code NaN} for the draught.
 *
 * @param mmsi the vessel's MMSI
 * @param time event time in epoch milliseconds (UTC), or {@link PositionReport#UNKNOWN_TIME}
 * @param imo IMO number, or -1
 * @param callSign call sign, or null
 * @param shipName vessel name, or null
 * @param shipType AIS ship and cargo type (0..99), or -1
 * @param lengthM overall length in metres, or -1
 * @param beamM beam in metres, or -1
 * @param draughtM draught in metres, or {@code NaN}
 * @param destination destination, or null
 * @param messageType AIS message type (5, 24), or 0 for a CSV row
 * @param sequence where it came from: the {@link InputLine} sequence of its (first) line
 * @param inputLines how many input lines this report was built from
 */
public record StaticReport(
        long mmsi,
        long time,
        long imo,
        String callSign,
        String shipName,
        int shipType,
        int lengthM,
        int beamM,
        double draughtM,
        String destination,
        int messageType,
        long sequence,
        int inputLines) {}
