package org.sealane.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bundled sample ({@code replay-data/samples/task-force-sample.csv}): a day of generated
 * merchant traffic through the chokepoints of the bundled catalogue, and four ships of the example
 * task-force roster ({@code replay-data/fleet/task-force.csv}) on patrol in two of its patrol
 * zones, as MarineCadastre CSV. Its routes follow the shipping lanes; its vessels are fictitious:
 * the merchant ships' MMSIs carry the maritime identification digits 100, which belong to no
 * country, and the warships are the roster's, with its MMSIs and names.
 *
 * <p>The warships give the replay's coverage something to show (docs/coverage.md): in {@code
 * red-sea-south} a British frigate hands over to a French one, and {@code scs-south}, where the
 * Singapore Strait traffic heads out into the South China Sea, is left uncovered for over 4 hours
 * between an American destroyer and a Singaporean patrol vessel (a {@code COVERAGE_GAP}). They
 * patrol at 12 to 15 kn, away from the chokepoints' gates and from harbours, and report every 2
 * minutes until the feed's end.
 */
final class TaskForceSample {

    static final Instant START = Instant.parse("2025-06-01T00:00:00Z");
    static final Duration REPORT = Duration.ofMinutes(2);

    static final long MALACCA_EASTBOUND = 100_000_101L;
    static final long SINGAPORE_WESTBOUND = 100_000_102L;
    static final long HORMUZ_OUTBOUND = 100_000_103L;
    static final long GIBRALTAR_EASTBOUND = 100_000_104L;
    static final long BAB_EL_MANDEB_NORTHBOUND = 100_000_105L;
    static final long ANCHORED_OFF_BINTAN = 100_000_106L;

    /** Example Frigate Thistle (GBR), on patrol in red-sea-south until relieved. */
    static final long FRIGATE_THISTLE = 232_990_001L;

    /** Example Frigate Lavande (FRA), relieves Thistle in red-sea-south. */
    static final long FRIGATE_LAVANDE = 226_990_001L;

    /** Example Destroyer Alder (USA), patrols scs-south, then leaves it uncovered. */
    static final long DESTROYER_ALDER = 369_990_001L;

    /** Example Patrol Merlion (SGP), covers scs-south again. */
    static final long PATROL_MERLION = 563_990_001L;

    static final String HEADER =
            "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType";

    private TaskForceSample() {}

    static List<Voyage> voyages() {
        return List.of(
                // Northwest of One Fathom Bank, down the Strait of Malacca, through the Singapore
                // Strait and out past Horsburgh into the South China Sea.
                new Voyage(
                        MALACCA_EASTBOUND,
                        "SAMPLE EASTERN STAR",
                        20,
                        START,
                        REPORT,
                        new double[][] {
                            {2.95, 100.45}, {2.45, 101.15}, {1.95, 102.05}, {1.40, 102.90},
                            {1.20, 103.40}, {1.18, 103.85}, {1.24, 104.30}, {1.32, 104.85}
                        }),
                // In from the South China Sea, west through the Singapore Strait, into Malacca.
                new Voyage(
                        SINGAPORE_WESTBOUND,
                        "SAMPLE WEST WIND",
                        14,
                        START.plusSeconds(3_600),
                        REPORT,
                        new double[][] {
                            {1.40, 104.80},
                            {1.27, 104.35},
                            {1.21, 103.90},
                            {1.19, 103.55},
                            {1.25, 103.30},
                            {1.60, 102.80}
                        }),
                // Out of the Gulf past Bandar Abbas, through Hormuz into the Gulf of Oman.
                new Voyage(
                        HORMUZ_OUTBOUND,
                        "SAMPLE GULF TRADER",
                        13,
                        START,
                        REPORT,
                        new double[][] {
                            {26.75, 55.85},
                            {26.55, 56.30},
                            {26.40, 56.65},
                            {26.15, 56.95},
                            {25.80, 57.45}
                        }),
                // Atlantic to Mediterranean through the Strait of Gibraltar.
                new Voyage(
                        GIBRALTAR_EASTBOUND,
                        "SAMPLE MED EXPRESS",
                        18,
                        START.plusSeconds(7_200),
                        REPORT,
                        new double[][] {
                            {35.92, -6.40}, {35.95, -5.70}, {36.00, -5.20}, {36.05, -4.80}
                        }),
                // Gulf of Aden to the Red Sea through Bab-el-Mandeb, west of Perim.
                new Voyage(
                        BAB_EL_MANDEB_NORTHBOUND,
                        "SAMPLE RED SEA",
                        15,
                        START.plusSeconds(1_800),
                        REPORT,
                        new double[][] {
                            {12.25, 43.80}, {12.55, 43.40}, {12.95, 43.10}, {13.30, 42.80}
                        }),
                // Swinging at anchor north of Bintan, outside the strait: no alerts.
                new Voyage(
                        ANCHORED_OFF_BINTAN,
                        "SAMPLE AT ANCHOR",
                        0.1,
                        START,
                        Duration.ofMinutes(10),
                        new double[][] {{1.05, 104.70}, {1.051, 104.701}}),
                // On patrol in the southern Red Sea at the start, up and down the lane north of
                // the Zubair islands (15.30-15.75 N, 40 km and more from Salif and Ras Isa), then
                // north for Suez, out of red-sea-south at 16 N at 08:42 (last fix inside 08:40).
                new Voyage(
                        FRIGATE_THISTLE,
                        "Example Frigate Thistle",
                        13,
                        START,
                        REPORT,
                        new double[][] {
                            {15.30, 42.05},
                            {15.75, 42.30},
                            {15.30, 42.05},
                            {15.75, 42.30},
                            {16.20, 41.85},
                            {17.00, 41.20}
                        },
                        Voyage.MILITARY),
                // Down the Red Sea to relieve Thistle: into red-sea-south at 16 N at 06:24, then
                // the same patrol line until the end (last fix 14:36).
                new Voyage(
                        FRIGATE_LAVANDE,
                        "Example Frigate Lavande",
                        15,
                        START.plusSeconds(4 * 3_600 + 30 * 60),
                        REPORT,
                        new double[][] {
                            {16.35, 41.75},
                            {15.75, 42.30},
                            {15.30, 42.05},
                            {15.75, 42.30},
                            {15.30, 42.05},
                            {15.47, 42.15}
                        },
                        Voyage.MILITARY),
                // On patrol in scs-south, on the lane out of Singapore east of Pulau Aur,
                // then south-east for the Karimata Strait: out of the sector at 2 N at 04:42 (last
                // fix inside 04:40).
                new Voyage(
                        DESTROYER_ALDER,
                        "Example Destroyer Alder",
                        15,
                        START,
                        REPORT,
                        new double[][] {
                            {2.20, 105.10}, {2.60, 105.40}, {1.50, 105.95}, {0.30, 107.00}
                        },
                        Voyage.MILITARY),
                // Out past Horsburgh from 07:30, into scs-south at 2 N at 09:50: the sector is
                // covered again after 5 h 10 min; then on Alder's patrol line until the end.
                new Voyage(
                        PATROL_MERLION,
                        "Example Patrol Merlion",
                        12,
                        START.plusSeconds(7 * 3_600 + 30 * 60),
                        REPORT,
                        new double[][] {
                            {1.55, 104.95}, {2.20, 105.10}, {2.60, 105.40}, {2.39, 105.24}
                        },
                        Voyage.MILITARY));
    }

    /** The sample file's lines: header, then every voyage's reports in time order. */
    static List<String> csvLines() {
        List<Voyage.Fix> fixes = new ArrayList<>();
        for (Voyage voyage : voyages()) {
            fixes.addAll(voyage.fixes());
        }
        fixes.sort(Comparator.comparing(Voyage.Fix::time).thenComparingLong(Voyage.Fix::mmsi));
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Voyage.Fix fix : fixes) {
            lines.add(fix.csv());
        }
        return lines;
    }
}
