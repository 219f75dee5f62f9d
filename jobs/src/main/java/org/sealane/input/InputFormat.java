package org.sealane.input;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sealane.ais.NmeaLineDecoder;
import org.sealane.csv.AisCsvDecoder;

/** The input layouts sealane reads, and how to tell them apart from their first lines. */
public enum InputFormat {
    /** Raw NMEA 0183 AIS sentences, with optional tag blocks and receiver time fields. */
    NMEA("nmea", NmeaLineDecoder::new),
    /** NOAA / BOEM MarineCadastre CSV ({@code MMSI,BaseDateTime,LAT,LON,...}). */
    CSV_MARINECADASTRE("csv-marinecadastre", AisCsvDecoder::marineCadastre),
    /** Danish Maritime Authority aisdk CSV ({@code # Timestamp,Type of mobile,MMSI,...}). */
    CSV_DMA("csv-dma", AisCsvDecoder::dma),
    /** Other CSV whose header names MMSI, time, latitude and longitude columns. */
    CSV("csv", AisCsvDecoder::named);

    private final String cliName;
    private final Supplier<LineDecoder> decoders;

    InputFormat(String cliName, Supplier<LineDecoder> decoders) {
        this.cliName = cliName;
        this.decoders = decoders;
    }

    /** The name used on the command line and in summaries. */
    public String cliName() {
        return cliName;
    }

    /** A fresh decoder for one input stream. */
    public LineDecoder newDecoder() {
        return decoders.get();
    }

    /**
     * A fresh decoder for one input stream whose rows, in format {@code csv}, have the columns
     * {@code csvHeader} names until a header of their own comes.
     */
    public LineDecoder newDecoder(String csvHeader) {
        return this == CSV ? AisCsvDecoder.named(csvHeader) : newDecoder();
    }

    public static InputFormat fromCliName(String name) {
        for (InputFormat format : values()) {
            if (format.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException(
                "unknown format '"
                        + name
                        + "' (expected nmea, csv-marinecadastre, csv-dma or csv)");
    }

    /**
     * Recognises the format from the first lines of an input: the first line that is a CSV header
     * or an NMEA sentence decides; comments and blank lines before it are passed over.
     *
     * @return the format, or null if no line decides
     */
    public static InputFormat detect(List<String> firstLines) {
        for (String line : firstLines) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("# Timestamp,Type of mobile,MMSI")) {
                return CSV_DMA;
            }
            if (s.startsWith("MMSI,BaseDateTime") || s.startsWith("\"MMSI\",\"BaseDateTime\"")) {
                return CSV_MARINECADASTRE;
            }
            char first = s.charAt(0);
            if (first == '!' || first == '$' || first == '\\') {
                return NMEA;
            }
            if (AisCsvDecoder.namesItsColumns(s)) {
                return CSV;
            }
        }
        return null;
    }
}
