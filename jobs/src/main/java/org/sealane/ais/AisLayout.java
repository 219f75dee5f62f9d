package org.sealane.ais;

import java.util.List;

/**
 * The layout of one AIS message type (or of one part of type 24): the bit lengths gpsd accepts and
 * the fields after the common header, in the order gpsd prints them. Immutable.
 *
 * @param type the message type
 * @param minBits the fewest bits accepted
 * @param maxBits the most bits accepted
 * @param fields the fields after {@code repeat} and {@code mmsi}; empty for types whose body
 *     sealane does not decode
 */
public record AisLayout(int type, int minBits, int maxBits, List<AisField> fields) {

    public AisLayout {
        fields = List.copyOf(fields);
    }

    /** True when a message of {@code bitLength} bits has an acceptable length. */
    public boolean accepts(int bitLength) {
        return bitLength >= minBits && bitLength <= maxBits;
    }
}
