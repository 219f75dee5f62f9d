package org.sealane.map;

import org.sealane.avro.AlertState;

/**
 * One alert as the live map holds it: its latest state, the sequence number the map gave that
 * state, and the JSON the page draws it from.
 *
 * @param sequence increases with every state the map takes in; a page that has seen up to N needs
 *     only what came after N
 * @param alertId the alert's id, shared by its OPEN and CLOSED states
 * @param state the latest state
 * @param time the alert's time (epoch ms): its start while OPEN, its end once CLOSED
 * @param json the alert's fields as in {@code alerts.jsonl}
 */
public record MapAlert(long sequence, String alertId, AlertState state, long time, String json) {}
