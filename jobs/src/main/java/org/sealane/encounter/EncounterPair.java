package org.sealane.encounter;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.model.AlertEvent;
import org.sealane.track.AlertFactory;

/**
 * The encounter state machine of one pair of vessels: a run of close observations with no pause
 * longer than {@link #PAUSE_MILLIS}; ENCOUNTER opens when the run has lasted the encounter time and
 * closes when it ends, at its last close observation. Observations come in event order; the same
 * moment seen twice (by two neighbouring cells) counts once. A Flink POJO.
 */
public class EncounterPair {

    /** A pause this long without a close observation ends the run. */
    public static final long PAUSE_MILLIS = 15 * 60_000L;

    private static final long NONE = Long.MIN_VALUE;

    private long mmsi;
    private long otherMmsi;
    private long since = NONE;
    private long lastClose = NONE;
    private double minDistanceMeters;
    private boolean open;
    private String zoneId;
    private double lat;
    private double lon;

    public EncounterPair() {}

    /** Takes a close observation of the pair, in event order. */
    public void observe(
            CloseObservation close,
            ToLongFunction<String> encounterMillis,
            AlertFactory alerts,
            Consumer<AlertEvent> out) {
        if (since != NONE && close.time() <= lastClose) {
            minDistanceMeters = Math.min(minDistanceMeters, close.distanceMeters());
            return;
        }
        if (since != NONE && close.time() - lastClose > PAUSE_MILLIS) {
            end(alerts, out);
        }
        if (since == NONE) {
            mmsi = close.mmsi();
            otherMmsi = close.otherMmsi();
            since = close.time();
            minDistanceMeters = close.distanceMeters();
            zoneId = close.zoneId();
            lat = close.lat();
            lon = close.lon();
        }
        lastClose = close.time();
        minDistanceMeters = Math.min(minDistanceMeters, close.distanceMeters());
        if (!open && lastClose - since >= encounterMillis.applyAsLong(zoneId)) {
            open = true;
            out.accept(
                    alerts.open(
                            AlertType.ENCOUNTER,
                            Severity.WARNING,
                            mmsi,
                            otherMmsi,
                            zoneId,
                            since,
                            lat,
                            lon,
                            details()));
        }
    }

    /** Ends the current run: closes its alert if one opened, and forgets it. */
    public void end(AlertFactory alerts, Consumer<AlertEvent> out) {
        if (open) {
            out.accept(
                    alerts.closed(
                            AlertType.ENCOUNTER,
                            Severity.WARNING,
                            mmsi,
                            otherMmsi,
                            zoneId,
                            since,
                            lastClose,
                            lat,
                            lon,
                            null,
                            details()));
        }
        since = NONE;
        lastClose = NONE;
        open = false;
        zoneId = null;
    }

    /** Whether a run is going on. */
    public boolean isActive() {
        return since != NONE;
    }

    /** When the current run ends unless another close observation comes. */
    public long endsAfter() {
        return lastClose + PAUSE_MILLIS;
    }

    private Map<String, String> details() {
        Map<String, String> details = AlertFactory.details();
        details.put("minDistanceMeters", String.valueOf(Math.round(minDistanceMeters)));
        details.put("minutes", AlertFactory.minutes(lastClose - since));
        return details;
    }

    public long getMmsi() {
        return mmsi;
    }

    public void setMmsi(long mmsi) {
        this.mmsi = mmsi;
    }

    public long getOtherMmsi() {
        return otherMmsi;
    }

    public void setOtherMmsi(long otherMmsi) {
        this.otherMmsi = otherMmsi;
    }

    public long getSince() {
        return since;
    }

    public void setSince(long since) {
        this.since = since;
    }

    public long getLastClose() {
        return lastClose;
    }

    public void setLastClose(long lastClose) {
        this.lastClose = lastClose;
    }

    public double getMinDistanceMeters() {
        return minDistanceMeters;
    }

    public void setMinDistanceMeters(double minDistanceMeters) {
        this.minDistanceMeters = minDistanceMeters;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public String getZoneId() {
        return zoneId;
    }

    public void setZoneId(String zoneId) {
        this.zoneId = zoneId;
    }

    public double getLat() {
        return lat;
    }

    public void setLat(double lat) {
        this.lat = lat;
    }

    public double getLon() {
        return lon;
    }

    public void setLon(double lon) {
        this.lon = lon;
    }
}
