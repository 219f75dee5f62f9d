package org.sealane.ais;

/**
 * Receives every AIS message the decoder accepts, whole, with its layout: the path for tools that
 * need all fields (the {@code decode} command's gpsd JSON), beside the pipeline's reports. The
 * payload is only valid during the call: the decoder reuses it.
 */
public interface AisMessageSink {

    /**
     * One accepted message.
     *
     * @param layout its type's layout (for type 24, its part's)
     * @param bits the message, valid only during this call
     * @param time receive time in epoch milliseconds, or unknown
     * @param sequence the input sequence of its first line
     */
    void message(AisLayout layout, SixBitPayload bits, long time, long sequence);
}
