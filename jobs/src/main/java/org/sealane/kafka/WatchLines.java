package org.sealane.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.sealane.avro.Alert;
import org.sealane.avro.AlertState;
import org.sealane.avro.CoverageMetric;
import org.sealane.avro.RejectedRecord;

/**
 * One line per record, as an operator reads it ({@code sealane watch}). Times are UTC, {@code
 * yyyy-MM-dd HH:mm:ssZ}; the first column is always the record's time, so lines sort and grep by
 * it. Text from the records (details, raw input) is kept on one line: control characters are
 * printed as {@code \xNN}.
 *
 * <pre>
 * alert:    TIME  SEVERITY TYPE STATE  MMSI[+OTHER]  ZONE[ (NAME)]  LAT LON[  DIRECTION][  from START (DURATION)][  KEY=VALUE...]
 * coverage: WINDOW-START  COVERAGE LENGTH  ZONE  covered P%  asset-minutes M[ (NATION M, ...)]  assets N  traffic N (uncovered M vessel-min)  transits N  alerts N
 * rejected: TIME  REJECTED REASON  SOURCE  DETAIL[  (N lines)]  raw: RAW
 * </pre>
 *
 * An alert's time is when it happened: its start while {@code OPEN}, its end once {@code CLOSED}; a
 * closed alert that lasted says since when and how long.
 */
public final class WatchLines {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);

    /** Width of a time column, and of its stand-in when there is no time. */
    private static final int TIME_WIDTH = 20;

    /** Raw input is cut to this many characters on a watch line. */
    static final int MAX_RAW_CHARS = 120;

    private WatchLines() {}

    /** The line of a decoded record of any of the three kinds. */
    public static String line(SpecificRecord record) {
        if (record instanceof Alert alert) {
            return alert(alert);
        }
        if (record instanceof CoverageMetric metric) {
            return coverage(metric);
        }
        if (record instanceof RejectedRecord rejected) {
            return rejected(rejected);
        }
        throw new IllegalArgumentException("no watch line for " + record.getSchema().getFullName());
    }

    /** {@code TIME SEVERITY TYPE STATE MMSI[+OTHER] ZONE (NAME) LAT LON ... KEY=VALUE...}. */
    public static String alert(Alert alert) {
        Instant start = alert.getStartTime();
        Instant end = alert.getEndTime();
        boolean closed = alert.getState() == AlertState.CLOSED;
        Instant at = closed && end != null ? end : start;
        StringBuilder line = new StringBuilder(200);
        line.append(time(at)).append("  ");
        pad(line, alert.getSeverity().name(), 8);
        line.append(' ');
        pad(line, alert.getType().name() + ' ' + alert.getState().name(), 25);
        line.append(' ');
        String vessels =
                alert.getOtherMmsi() == null
                        ? Long.toString(alert.getMmsi())
                        : alert.getMmsi() + "+" + alert.getOtherMmsi();
        pad(line, vessels, 9);
        line.append("  ").append(text(alert.getZoneId()));
        if (alert.getZoneName() != null && !alert.getZoneName().isEmpty()) {
            line.append(" (").append(text(alert.getZoneName())).append(')');
        }
        line.append("  ").append(position(alert.getLat(), alert.getLon()));
        if (alert.getDirection() != null) {
            line.append("  ").append(text(alert.getDirection()));
        }
        if (closed && end != null && end.isAfter(start)) {
            line.append("  from ")
                    .append(time(start))
                    .append(" (")
                    .append(duration(end.toEpochMilli() - start.toEpochMilli()))
                    .append(')');
        }
        Map<String, String> details = alert.getDetails();
        if (details != null && !details.isEmpty()) {
            line.append(' ');
            for (Map.Entry<String, String> detail : new TreeMap<>(details).entrySet()) {
                line.append(' ')
                        .append(text(detail.getKey()))
                        .append('=')
                        .append(text(detail.getValue()));
            }
        }
        return line.toString();
    }

    /** {@code WINDOW-START COVERAGE LENGTH ZONE covered P% asset-minutes M (...) ...}. */
    public static String coverage(CoverageMetric metric) {
        Instant start = metric.getWindowStart();
        long length = metric.getWindowEnd().toEpochMilli() - start.toEpochMilli();
        StringBuilder line = new StringBuilder(200);
        line.append(time(start)).append("  ");
        pad(line, "COVERAGE " + windowLength(length), 14);
        line.append(' ').append(text(metric.getZoneId()));
        line.append(
                String.format(
                        Locale.ROOT,
                        "  covered %.1f%%  asset-minutes %.1f",
                        metric.getCoveredFraction() * 100,
                        metric.getAssetMinutes()));
        Map<String, Double> byNation = metric.getAssetMinutesByNation();
        if (byNation != null && !byNation.isEmpty()) {
            line.append(" (");
            boolean first = true;
            for (Map.Entry<String, Double> nation : new TreeMap<>(byNation).entrySet()) {
                if (!first) {
                    line.append(", ");
                }
                first = false;
                line.append(text(nation.getKey()))
                        .append(String.format(Locale.ROOT, " %.1f", nation.getValue()));
            }
            line.append(')');
        }
        line.append(
                String.format(
                        Locale.ROOT,
                        "  assets %d  traffic %d (uncovered %.1f vessel-min)  transits %d"
                                + "  alerts %d",
                        metric.getDistinctAssets(),
                        metric.getTrafficVessels(),
                        metric.getUncoveredTrafficMinutes(),
                        metric.getTransits(),
                        metric.getAlerts()));
        return line.toString();
    }

    /** {@code TIME REJECTED REASON SOURCE DETAIL raw: RAW}. */
    public static String rejected(RejectedRecord rejected) {
        StringBuilder line = new StringBuilder(200);
        line.append(
                        rejected.getTime() == null
                                ? pad("no time", TIME_WIDTH)
                                : time(rejected.getTime()))
                .append("  ");
        line.append("REJECTED ").append(rejected.getReason().name());
        line.append("  ").append(text(rejected.getSource()));
        line.append("  ").append(text(rejected.getDetail()));
        if (rejected.getLines() > 1) {
            line.append("  (").append(rejected.getLines()).append(" lines)");
        }
        String raw = rejected.getRaw();
        if (raw.length() > MAX_RAW_CHARS) {
            raw = raw.substring(0, MAX_RAW_CHARS) + "...";
        }
        line.append("  raw: ").append(text(raw));
        return line.toString();
    }

    /**
     * The note for a record that is not a value of the three kinds.
     *
     * @param source {@code topic/partition/offset}
     * @param value the record's value, or null
     * @param problem what is wrong, one line
     */
    public static String note(String source, byte[] value, String problem) {
        StringBuilder note = new StringBuilder(120);
        note.append(source).append(": ").append(text(problem));
        if (value != null && !SingleObjectValues.hasHeader(value)) {
            note.append(" (").append(value.length).append(" bytes");
            if (value.length > 0) {
                note.append(", begins ").append(preview(value));
            }
            note.append(')');
        }
        note.append("; skipped");
        return note.toString();
    }

    /** Text if the bytes start like text, else their first bytes in hex. */
    private static String preview(byte[] value) {
        int n = Math.min(value.length, 32);
        boolean printable = true;
        for (int i = 0; i < n; i++) {
            printable &= value[i] >= 0x20 && value[i] < 0x7f;
        }
        StringBuilder preview = new StringBuilder(60);
        if (printable) {
            preview.append('\'').append(new String(value, 0, n, StandardCharsets.US_ASCII));
            preview.append(value.length > n ? "...'" : "'");
        } else {
            for (int i = 0; i < Math.min(n, 8); i++) {
                preview.append(i == 0 ? "" : " ")
                        .append(String.format(Locale.ROOT, "%02x", value[i] & 0xff));
            }
        }
        return preview.toString();
    }

    /** A UTC time as {@code yyyy-MM-dd HH:mm:ssZ}. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** A UTC time as {@code yyyy-MM-dd HH:mm:ssZ}. */
    public static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** A duration as an operator says it: {@code 45s}, {@code 12m}, {@code 9h57m}, {@code 2d3h}. */
    public static String duration(long millis) {
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 60) {
            return seconds + "s";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : minutes % 60 + "m");
        }
        long hours = Math.round(minutes / 60.0);
        return hours / 24 + "d" + (hours % 24 == 0 ? "" : hours % 24 + "h");
    }

    /** A coverage window's length: {@code 1h}, {@code day}, {@code 30m}. */
    static String windowLength(long millis) {
        return millis == 86_400_000L ? "day" : duration(millis);
    }

    /** {@code 35.9931N 5.2686W}. */
    static String position(double lat, double lon) {
        return String.format(
                Locale.ROOT,
                "%.4f%c %.4f%c",
                Math.abs(lat),
                lat < 0 ? 'S' : 'N',
                Math.abs(lon),
                lon < 0 ? 'W' : 'E');
    }

    /** Text on one line: control characters as {@code \xNN}. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static void pad(StringBuilder line, String text, int width) {
        line.append(text);
        for (int i = text.length(); i < width; i++) {
            line.append(' ');
        }
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(width);
        pad(padded, text, width);
        return padded.toString();
    }
}
