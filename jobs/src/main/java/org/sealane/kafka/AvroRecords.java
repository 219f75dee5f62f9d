package org.sealane.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.message.BinaryMessageEncoder;
import org.sealane.avro.Alert;
import org.sealane.avro.CoverageMetric;
import org.sealane.avro.RejectedRecord;
import org.sealane.coverage.ZoneCoverageMetric;
import org.sealane.model.AlertEvent;
import org.sealane.model.InputLine;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;

/**
 * Converts sealane's internal records to the Avro records of its topics (DESIGN 3.4) and back, and
 * encodes them as Avro single-object encoding (DESIGN 3.5): the two marker bytes {@code C3 01}, the
 * 8-byte little-endian CRC-64-AVRO fingerprint of the writer's schema, then the Avro binary body.
 * {@link SingleObjectValues} reads such values back by their fingerprint.
 *
 * <p>The same fields as the JSON lines of the files: "none" in the internal records ({@link
 * AlertEvent#NO_OTHER_VESSEL}, {@link PositionReport#UNKNOWN_TIME}) is null in Avro.
 */
public final class AvroRecords {

    private AvroRecords() {}

    /** The Avro alert of an internal alert. */
    public static Alert toAvro(AlertEvent alert) {
        return new Alert(
                alert.alertId(),
                alert.type(),
                alert.state(),
                alert.severity(),
                alert.mmsi(),
                alert.otherMmsi() == AlertEvent.NO_OTHER_VESSEL ? null : alert.otherMmsi(),
                alert.zoneId(),
                alert.zoneName(),
                Instant.ofEpochMilli(alert.startTime()),
                alert.endTime() == PositionReport.UNKNOWN_TIME
                        ? null
                        : Instant.ofEpochMilli(alert.endTime()),
                alert.lat(),
                alert.lon(),
                alert.direction(),
                // Sorted, so that the same alert always gives the same bytes.
                alert.details() == null ? new TreeMap<>() : new TreeMap<>(alert.details()));
    }

    /** The internal alert of an Avro alert. */
    public static AlertEvent fromAvro(Alert alert) {
        Long other = alert.getOtherMmsi();
        Instant end = alert.getEndTime();
        return new AlertEvent(
                alert.getAlertId(),
                alert.getType(),
                alert.getState(),
                alert.getSeverity(),
                alert.getMmsi(),
                other == null ? AlertEvent.NO_OTHER_VESSEL : other,
                alert.getZoneId(),
                alert.getZoneName(),
                alert.getStartTime().toEpochMilli(),
                end == null ? PositionReport.UNKNOWN_TIME : end.toEpochMilli(),
                alert.getLat(),
                alert.getLon(),
                alert.getDirection(),
                alert.getDetails() == null ? Map.of() : new LinkedHashMap<>(alert.getDetails()));
    }

    /** The Avro metric of an internal coverage metric. */
    public static CoverageMetric toAvro(ZoneCoverageMetric metric) {
        return new CoverageMetric(
                metric.zoneId(),
                Instant.ofEpochMilli(metric.windowStart()),
                Instant.ofEpochMilli(metric.windowEnd()),
                metric.coveredFraction(),
                metric.assetMinutes(),
                metric.assetMinutesByNation() == null
                        ? new TreeMap<>()
                        : new TreeMap<>(metric.assetMinutesByNation()),
                metric.distinctAssets(),
                metric.trafficVessels(),
                metric.transits(),
                metric.alerts(),
                metric.uncoveredTrafficMinutes());
    }

    /** The internal coverage metric of an Avro metric. */
    public static ZoneCoverageMetric fromAvro(CoverageMetric metric) {
        return new ZoneCoverageMetric(
                metric.getZoneId(),
                metric.getWindowStart().toEpochMilli(),
                metric.getWindowEnd().toEpochMilli(),
                metric.getCoveredFraction(),
                metric.getAssetMinutes(),
                metric.getAssetMinutesByNation() == null
                        ? Map.of()
                        : new TreeMap<>(metric.getAssetMinutesByNation()),
                metric.getDistinctAssets(),
                metric.getTrafficVessels(),
                metric.getTransits(),
                metric.getAlerts(),
                metric.getUncoveredTrafficMinutes());
    }

    /**
     * The Avro record of input rejected on the live path, where a record's sequence packs the Kafka
     * partition ({@link InputLine#inputIndex}) and offset ({@link InputLine#lineNumber}).
     *
     * @param inputTopic the topic the input was read from, for {@code source}
     */
    public static RejectedRecord toAvro(RejectedInput rejected, String inputTopic) {
        return new RejectedRecord(
                source(inputTopic, rejected.sequence()),
                rejected.raw() == null ? "" : rejected.raw(),
                rejected.reason(),
                rejected.detail() == null ? "" : rejected.detail(),
                rejected.time() == PositionReport.UNKNOWN_TIME
                        ? null
                        : Instant.ofEpochMilli(rejected.time()),
                rejected.inputLines());
    }

    /** {@code topic/partition/offset} of a live input record's sequence. */
    public static String source(String inputTopic, long sequence) {
        return inputTopic
                + '/'
                + InputLine.inputIndex(sequence)
                + '/'
                + InputLine.lineNumber(sequence);
    }

    /** The single-object encoding of an alert. */
    public static byte[] encode(Alert alert) {
        return encode(Alert.getEncoder(), alert);
    }

    /** The single-object encoding of a coverage metric. */
    public static byte[] encode(CoverageMetric metric) {
        return encode(CoverageMetric.getEncoder(), metric);
    }

    /** The single-object encoding of a rejected record. */
    public static byte[] encode(RejectedRecord rejected) {
        return encode(RejectedRecord.getEncoder(), rejected);
    }

    private static <T> byte[] encode(BinaryMessageEncoder<T> encoder, T datum) {
        try {
            ByteBuffer buffer = encoder.encode(datum);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + datum.getClass().getSimpleName(), e);
        }
    }
}
