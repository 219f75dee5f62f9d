package org.sealane.track;

import java.io.Serializable;
import java.util.Map;
import org.sealane.config.SealaneConfig;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;

/**
 * The detectors' thresholds: the job's defaults (DESIGN 4, {@link SealaneConfig}), or the
 * catalogue's own settings for them ({@link #forCatalogue}), and each zone's overrides from the
 * catalogue (DESIGN 3.2). Immutable and serialisable.
 */
public final class DetectorThresholds implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MINUTE = 60_000L;

    private final SealaneConfig config;
    private final double maxSpeedKn;
    private final long loiterMillis;
    private final double loiterMaxSpeedKn;
    private final long gapInZoneMillis;
    private final long gapElsewhereMillis;
    private final long feedSilenceMillis;
    private final double encounterMeters;
    private final long encounterMillis;
    private final double encounterMaxSpeedKn;
    private final long identityConflictQuietMillis;
    private final long expiryMillis;
    private final double harbourDistanceMeters;
    private final long coverageMaxFixIntervalMillis;

    public DetectorThresholds(SealaneConfig config) {
        this.config = config;
        maxSpeedKn = config.maxSpeedKn();
        loiterMillis = config.loiterDuration().toMillis();
        loiterMaxSpeedKn = config.loiterMaxSpeedKn();
        gapInZoneMillis = config.gapInZone().toMillis();
        gapElsewhereMillis = config.gapElsewhere().toMillis();
        // Whole minutes: the feed's activity is followed minute by minute.
        feedSilenceMillis = Math.max(MINUTE, config.feedSilence().toMillis() / MINUTE * MINUTE);
        encounterMeters = config.encounterDistanceMeters();
        encounterMillis = config.encounterDuration().toMillis();
        encounterMaxSpeedKn = config.encounterMaxSpeedKn();
        identityConflictQuietMillis = config.identityConflictQuiet().toMillis();
        expiryMillis = config.trackExpiry().toMillis();
        harbourDistanceMeters = config.harbourDistanceMeters();
        coverageMaxFixIntervalMillis = config.coverageMaxFixInterval().toMillis();
    }

    /**
     * These thresholds with the catalogue's own settings ({@link
     * ZoneCatalogue#thresholdSettings()}) in place of the configured ones; a catalogue without any
     * leaves them as configured.
     */
    public DetectorThresholds forCatalogue(ZoneCatalogue catalogue) {
        if (catalogue.thresholdSettings().isEmpty()) {
            return this;
        }
        SealaneConfig adjusted = config;
        for (Map.Entry<String, String> setting : catalogue.thresholdSettings().entrySet()) {
            adjusted = adjusted.with(setting.getKey(), setting.getValue());
        }
        return new DetectorThresholds(adjusted);
    }

    /** Implied speed above which a fix is a position jump. */
    public double maxSpeedKn() {
        return maxSpeedKn;
    }

    public long loiterMillis(Zone zone) {
        return minutes(zone, "loiterMinutes", loiterMillis);
    }

    public double loiterMaxSpeedKn(Zone zone) {
        return zone.threshold("loiterMaxSpeedKn", loiterMaxSpeedKn);
    }

    /** The AIS gap after a fix in this chokepoint or patrol zone. */
    public long gapMillis(Zone zone) {
        return minutes(zone, "gapMinutes", gapInZoneMillis);
    }

    /** The AIS gap after a fix outside every chokepoint and patrol zone. */
    public long gapElsewhereMillis() {
        return gapElsewhereMillis;
    }

    /** A silence of the whole feed at least this long is an outage; a whole number of minutes. */
    public long feedSilenceMillis() {
        return feedSilenceMillis;
    }

    public double encounterMeters(Zone zone) {
        return zone == null ? encounterMeters : zone.threshold("encounterMeters", encounterMeters);
    }

    public long encounterMillis(Zone zone) {
        return zone == null ? encounterMillis : minutes(zone, "encounterMinutes", encounterMillis);
    }

    public double encounterMaxSpeedKn() {
        return encounterMaxSpeedKn;
    }

    public long identityConflictQuietMillis() {
        return identityConflictQuietMillis;
    }

    /** A vessel silent this long is forgotten. */
    public long expiryMillis() {
        return expiryMillis;
    }

    /** No loitering or encounters this close to a harbour or anchorage; 0 for no such check. */
    public double harbourDistanceMeters() {
        return harbourDistanceMeters;
    }

    /** Two fixes in a patrol zone at most this far apart make presence between them (coverage). */
    public long coverageMaxFixIntervalMillis() {
        return coverageMaxFixIntervalMillis;
    }

    /** A zone's speed limit, or NaN when it sets none. */
    public static double speedLimitKn(Zone zone) {
        return zone.threshold("maxSpeedKn", Double.NaN);
    }

    private static long minutes(Zone zone, String property, long defaultMillis) {
        double minutes = zone.threshold(property, Double.NaN);
        return Double.isNaN(minutes) ? defaultMillis : Math.round(minutes * MINUTE);
    }
}
