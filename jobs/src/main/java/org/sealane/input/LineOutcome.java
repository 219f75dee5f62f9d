package org.sealane.input;

/**
 * What became of input lines that are neither a usable report nor rejected. Together with
 * positions, static reports, rejected records and duplicates these account for every input line.
 */
public enum LineOutcome {
    /**
     * An AIS message heard again within a short window, by another receiver of a merged feed:
     * counted as a duplicate, not processed twice.
     */
    REPEATED_MESSAGE,
    /** A decoded AIS message of a type sealane does not track (base stations, binary, ...). */
    OTHER_AIS_MESSAGE,
    /** A timestamp sentence such as Gatehouse {@code $PGHP}, which dates the sentences after it. */
    TIMESTAMP_SENTENCE,
    /** A well-formed NMEA sentence that is not AIS ({@code $GPGGA}, {@code $AIALR}, ...). */
    NON_AIS_SENTENCE,
    /** A comment line ({@code #} first) or a CSV header. */
    COMMENT,
    /** An empty or whitespace-only line. */
    BLANK
}
