package org.sealane.csv;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sealane.avro.RejectReason;
import org.sealane.input.DecodedInput;
import org.sealane.input.LineDecoder;
import org.sealane.input.LineOutcome;
import org.sealane.model.AisLimits;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;

/**
 * Reads decoded-AIS CSV exports (NOAA MarineCadastre, Danish Maritime Authority, or any other whose
 * header names its columns) into positions. Columns are bound by name from the header line, so
 * exports with extra or reordered columns read the same; without a header the layout's usual order
 * is assumed. Speed, course and heading may be missing. A vessel's name, repeated on every row,
 * becomes a static report when it is first seen or changes; that report accounts for no line of its
 * own (the row is a position). Rows that cannot be used are rejected with a reason; rows of base
 * stations and aids to navigation are counted as other AIS messages. Not thread-safe: one instance
 * per input.
 */
public final class AisCsvDecoder implements LineDecoder {

    /** The columns of a headerless {@link #named()} CSV. */
    public static final String NAMED_ORDER = "MMSI,Time,Latitude,Longitude,SOG,COG,Heading";

    private final CsvLayout layout;
    private final CsvFields fields = new CsvFields();
    private int mmsiColumn;
    private int timeColumn;
    private int latColumn;
    private int lonColumn;
    private int speedColumn;
    private int courseColumn;
    private int headingColumn;
    private int navStatusColumn;
    private int mobileTypeColumn;
    private int nameColumn;
    private int columns;

    /**
     * The last name reported for each vessel, the least recently used forgotten past this many:
     * forgetting one only reports its name again.
     */
    static final int NAMES_REMEMBERED = 65_536;

    private final Map<Long, String> reportedNames =
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
                    return size() > NAMES_REMEMBERED;
                }
            };

    private AisCsvDecoder(CsvLayout layout, String defaultHeader) {
        this.layout = layout;
        bind(defaultHeader);
    }

    /** A decoder for NOAA / BOEM MarineCadastre CSV. */
    public static AisCsvDecoder marineCadastre() {
        return new AisCsvDecoder(
                CsvLayout.MARINECADASTRE,
                "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType");
    }

    /** A decoder for Danish Maritime Authority {@code aisdk} CSV. */
    public static AisCsvDecoder dma() {
        return new AisCsvDecoder(
                CsvLayout.DMA,
                "# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,"
                        + "COG,Heading,IMO,Callsign,Name,Ship type,Cargo type,Width,Length,"
                        + "Type of position fixing device,Draught,Destination,ETA,"
                        + "Data source type,A,B,C,D");
    }

    /**
     * A decoder for CSV whose header names MMSI, time (ISO-8601, UTC), latitude and longitude
     * columns by their usual names ({@link #namesItsColumns}); without a header, the order {@value
     * #NAMED_ORDER}.
     */
    public static AisCsvDecoder named() {
        return new AisCsvDecoder(CsvLayout.NAMED, NAMED_ORDER);
    }

    /**
     * A {@link #named()} decoder whose rows, until a header comes, have the columns this header
     * line names.
     *
     * @throws IllegalArgumentException if the header does not name the columns it needs
     */
    public static AisCsvDecoder named(String headerlessColumns) {
        if (!namesItsColumns(headerlessColumns)) {
            throw new IllegalArgumentException(
                    "'"
                            + headerlessColumns
                            + "' does not name MMSI, time, latitude and longitude columns (for"
                            + " example "
                            + NAMED_ORDER
                            + ")");
        }
        return new AisCsvDecoder(CsvLayout.NAMED, headerlessColumns);
    }

    /** Whether the line is a CSV header that names the columns {@link #named()} needs. */
    public static boolean namesItsColumns(String line) {
        return !line.isEmpty() && CsvLayout.NAMED.isHeader(line) && named().bind(line);
    }

    @Override
    public void decode(String line, long sequence, DecodedInput out) {
        if (line.isBlank()) {
            out.ignored(LineOutcome.BLANK, 1);
            return;
        }
        if (layout.isHeader(line)) {
            if (!bind(line)) {
                out.rejected(
                        reject(
                                line,
                                sequence,
                                RejectReason.CSV_SYNTAX,
                                "header lacks a required column (MMSI, time, latitude, longitude)"));
                return;
            }
            out.ignored(LineOutcome.COMMENT, 1);
            return;
        }
        if (!fields.split(line)) {
            out.rejected(reject(line, sequence, RejectReason.CSV_SYNTAX, "unclosed quote"));
            return;
        }
        if (fields.count() < columns) {
            out.rejected(
                    reject(
                            line,
                            sequence,
                            RejectReason.CSV_SYNTAX,
                            "expected at least " + columns + " columns, found " + fields.count()));
            return;
        }
        if (mobileTypeColumn >= 0 && !isVessel(fields.get(mobileTypeColumn))) {
            out.ignored(LineOutcome.OTHER_AIS_MESSAGE, 1);
            return;
        }
        long mmsi = parseMmsi(mmsiColumn);
        if (mmsi < 0) {
            out.rejected(
                    reject(
                            line,
                            sequence,
                            RejectReason.INVALID_MMSI,
                            "MMSI '"
                                    + fields.get(mmsiColumn)
                                    + "' is not a number from 1 to 999999999"));
            return;
        }
        long time =
                fields.isQuoted(timeColumn)
                        ? CsvTimes.INVALID
                        : layout.parseTime(line, fields.start(timeColumn), fields.end(timeColumn));
        if (time == CsvTimes.INVALID) {
            out.rejected(
                    reject(
                            line,
                            sequence,
                            RejectReason.BAD_TIMESTAMP,
                            "time '" + fields.get(timeColumn) + "' is not a valid date and time"));
            return;
        }
        double lat = parseDouble(latColumn);
        double lon = parseDouble(lonColumn);
        if (!AisLimits.isOnGlobe(lat, lon)) {
            out.rejected(
                    RejectedInput.of(
                            line,
                            RejectReason.BAD_POSITION,
                            "position '"
                                    + fields.get(latColumn)
                                    + ","
                                    + fields.get(lonColumn)
                                    + "' is not available or out of range",
                            time,
                            sequence,
                            1));
            return;
        }
        double speed = parseDouble(speedColumn);
        double course = parseDouble(courseColumn);
        double heading = parseDouble(headingColumn);
        out.position(
                new PositionReport(
                        mmsi,
                        time,
                        lat,
                        lon,
                        // 102.3 kn is "not available" and 102.2 means "102.2 or more" (ITU-R
                        // M.1371).
                        speed >= 0 && speed < 102.3 ? speed : Double.NaN,
                        course >= 0 && course < 360 ? course : Double.NaN,
                        heading >= 0 && heading < 360 ? (int) heading : -1,
                        navStatusColumn >= 0
                                ? CsvLayout.navStatus(fields.get(navStatusColumn))
                                : -1,
                        0,
                        sequence,
                        1));
        if (nameColumn >= 0 && nameColumn < fields.count() && !fields.isEmpty(nameColumn)) {
            reportNameChange(mmsi, time, sequence, out);
        }
    }

    private void reportNameChange(long mmsi, long time, long sequence, DecodedInput out) {
        String reported = reportedNames.get(mmsi);
        if (reported != null && fields.equalsText(nameColumn, reported)) {
            return;
        }
        String name = fields.get(nameColumn).trim();
        if (name.isEmpty() || name.equals(reported)) {
            return;
        }
        reportedNames.put(mmsi, name);
        out.staticReport(
                new StaticReport(
                        mmsi, time, -1, null, name, -1, -1, -1, Double.NaN, null, 0, sequence, 0));
    }

    @Override
    public void finish(DecodedInput out) {}

    private boolean bind(String header) {
        if (!fields.split(header)) {
            return false;
        }
        mmsiColumn = column(layout.mmsi);
        timeColumn = column(layout.time);
        latColumn = column(layout.lat);
        lonColumn = column(layout.lon);
        speedColumn = column(layout.speed);
        courseColumn = column(layout.course);
        headingColumn = column(layout.heading);
        navStatusColumn = column(layout.navStatus);
        mobileTypeColumn = column(layout.mobileType);
        nameColumn = column(layout.vesselName);
        int required = Math.min(Math.min(mmsiColumn, timeColumn), Math.min(latColumn, lonColumn));
        if (required < 0) {
            return false;
        }
        columns =
                1
                        + Math.max(
                                Math.max(
                                        Math.max(mmsiColumn, timeColumn),
                                        Math.max(latColumn, lonColumn)),
                                Math.max(
                                        Math.max(speedColumn, courseColumn),
                                        Math.max(
                                                headingColumn,
                                                Math.max(navStatusColumn, mobileTypeColumn))));
        return true;
    }

    /** The column of the first of these names the header has, or -1. */
    private int column(String[] names) {
        for (String name : names) {
            for (int i = 0; i < fields.count(); i++) {
                if (fields.get(i).trim().equalsIgnoreCase(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** DMA exports also list base stations, aids to navigation and SAR aircraft. */
    private static boolean isVessel(String mobileType) {
        return mobileType.startsWith("Class");
    }

    private static RejectedInput reject(
            String line, long sequence, RejectReason reason, String detail) {
        return RejectedInput.of(line, reason, detail, PositionReport.UNKNOWN_TIME, sequence, 1);
    }

    private long parseMmsi(int column) {
        if (fields.isQuoted(column)) {
            return -1;
        }
        String line = fields.line();
        int from = fields.start(column);
        int length = fields.end(column) - from;
        if (length == 0 || length > 9) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < from + length; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return AisLimits.isValidMmsi(value) ? value : -1;
    }

    /** The column as a number, NaN when empty or not a number. */
    private double parseDouble(int column) {
        if (column < 0 || fields.isEmpty(column)) {
            return Double.NaN;
        }
        try {
            if (fields.isQuoted(column)) {
                return JavaDoubleParser.parseDouble(fields.get(column));
            }
            int from = fields.start(column);
            return JavaDoubleParser.parseDouble(fields.line(), from, fields.end(column) - from);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
