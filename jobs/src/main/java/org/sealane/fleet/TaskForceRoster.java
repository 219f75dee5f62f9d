package org.sealane.fleet;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sealane.model.AisLimits;

/**
 * The task force's ships, the ones that count for coverage (DESIGN 3.3): a CSV file with the header
 * {@code mmsi,name,nation,type} (RFC 4180 quoting). Any error names the file and line. Immutable
 * and serialisable.
 */
public final class TaskForceRoster implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> COLUMNS = List.of("mmsi", "name", "nation", "type");
    private static final Pattern NATION = Pattern.compile("[A-Z]{3}");

    private final Map<Long, RosterVessel> vessels;

    private TaskForceRoster(Map<Long, RosterVessel> vessels) {
        this.vessels = vessels;
    }

    public static TaskForceRoster of(Collection<RosterVessel> vessels) {
        Map<Long, RosterVessel> byMmsi = new HashMap<>();
        for (RosterVessel vessel : vessels) {
            if (byMmsi.put(vessel.mmsi(), vessel) != null) {
                throw new IllegalArgumentException("MMSI " + vessel.mmsi() + " is listed twice");
            }
        }
        return new TaskForceRoster(byMmsi);
    }

    /** A roster with no ships: every vessel is traffic. */
    public static TaskForceRoster empty() {
        return new TaskForceRoster(Map.of());
    }

    /** Reads a roster file. */
    public static TaskForceRoster load(Path file) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<RosterVessel> read = new ArrayList<>();
        Map<Long, Integer> lineOf = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows =
                        mapper.readerForMapOf(String.class).with(header).readValues(reader)) {
            List<String> columns = new ArrayList<>();
            ((CsvSchema) rows.getParserSchema()).forEach(column -> columns.add(column.getName()));
            if (!columns.containsAll(COLUMNS)) {
                throw new IllegalArgumentException(
                        file
                                + ": the header must name the columns "
                                + String.join(",", COLUMNS)
                                + " (found: "
                                + String.join(",", columns)
                                + ")");
            }
            while (rows.hasNextValue()) {
                int line = rows.getCurrentLocation().getLineNr();
                Map<String, String> row = rows.nextValue();
                RosterVessel vessel = vessel(row, file, line);
                Integer earlier = lineOf.putIfAbsent(vessel.mmsi(), line);
                if (earlier != null) {
                    throw new IllegalArgumentException(
                            file
                                    + ":"
                                    + line
                                    + ": MMSI "
                                    + vessel.mmsi()
                                    + " is already listed on line "
                                    + earlier);
                }
                read.add(vessel);
            }
        } catch (IOException | RuntimeJsonMappingException e) {
            throw new IllegalArgumentException(
                    "cannot read task-force roster " + file + ": " + e.getMessage(), e);
        }
        return of(read);
    }

    private static RosterVessel vessel(Map<String, String> row, Path file, int line) {
        String where = file + ":" + line + ": ";
        long mmsi;
        try {
            mmsi = Long.parseLong(value(row, "mmsi"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    where + "mmsi '" + value(row, "mmsi") + "' is not a number");
        }
        if (!AisLimits.isValidMmsi(mmsi)) {
            throw new IllegalArgumentException(where + "mmsi " + mmsi + " is not nine digits");
        }
        String nation = value(row, "nation");
        if (!NATION.matcher(nation).matches()) {
            throw new IllegalArgumentException(
                    where
                            + "nation '"
                            + nation
                            + "' is not an ISO 3166-1 alpha-3 code (three capital letters)");
        }
        return new RosterVessel(mmsi, value(row, "name"), nation, value(row, "type"));
    }

    private static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? "" : value.trim();
    }

    /** The roster vessel with this MMSI, or null for traffic. */
    public RosterVessel vessel(long mmsi) {
        return vessels.get(mmsi);
    }

    /** The nation that contributed this vessel, or null if it is not on the roster. */
    public String nationOf(long mmsi) {
        RosterVessel vessel = vessels.get(mmsi);
        return vessel == null ? null : vessel.nation();
    }

    public int size() {
        return vessels.size();
    }

    public Collection<RosterVessel> vessels() {
        return vessels.values();
    }

    /** The contributing nations, in alphabetical order. */
    public Set<String> nations() {
        Set<String> nations = new TreeSet<>();
        for (RosterVessel vessel : vessels.values()) {
            nations.add(vessel.nation());
        }
        return nations;
    }

    /** How many ships each nation contributed. */
    public Map<String, Integer> shipsByNation() {
        Map<String, Integer> ships = new HashMap<>();
        for (RosterVessel vessel : vessels.values()) {
            ships.merge(vessel.nation(), 1, Integer::sum);
        }
        return ships;
    }
}
