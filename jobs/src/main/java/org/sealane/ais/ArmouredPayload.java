package org.sealane.ais;

/**
 * One AIS message in NMEA six-bit armouring, before it is cut into sentences.
 *
 * @param payload the armoured characters
 * @param fillBits bits added after the message to complete its last character (0..5)
 */
public record ArmouredPayload(String payload, int fillBits) {}
