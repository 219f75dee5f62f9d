package org.sealane.simulate;

import static org.sealane.simulate.ShippingLanes.onwards;
import static org.sealane.simulate.ShippingLanes.reversed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sealane.track.GeoMath;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;

/**
 * The named scenarios of {@code sealane simulate} (listed in replay-data/scenarios/README.md), and
 * bulk traffic for benchmarks. Vessels are fictitious: their MMSIs carry the maritime
 * identification digits 100, which belong to no country, except the warships of the coverage
 * scenarios, which are the example roster's (replay-data/fleet/task-force.csv).
 */
public final class Scenarios {

    /** The named scenarios, in the order the README lists them. */
    public static final List<String> NAMES =
            List.of(
                    "malacca-singapore",
                    "red-sea",
                    "dark-and-meet",
                    "spoof",
                    "canal-speed",
                    "antimeridian-patrol",
                    "sparse-satellite",
                    "florida",
                    "coverage-handover",
                    "task-force-patrol");

    /** Speed of the fast vessel of canal-speed when the catalogue has no speed limit on its way. */
    static final double CANAL_FAST_KN = 14.0;

    private static final Instant DAY = Instant.parse("2025-06-02T00:00:00Z");

    private Scenarios() {}

    /**
     * A named scenario.
     *
     * @param catalogue the zone catalogue, read by scenarios that take a zone's threshold from it
     * @throws IllegalArgumentException for an unknown name
     */
    public static Scenario named(String name, ZoneCatalogue catalogue) {
        int day = NAMES.indexOf(name);
        if (day < 0) {
            throw new IllegalArgumentException(
                    "unknown scenario '" + name + "'; known: " + String.join(", ", NAMES));
        }
        Instant start = DAY.plus(Duration.ofDays(day));
        return switch (name) {
            case "malacca-singapore" -> malaccaSingapore(start);
            case "red-sea" -> redSea(start);
            case "dark-and-meet" -> darkAndMeet(start);
            case "spoof" -> spoof(start);
            case "canal-speed" -> canalSpeed(start, catalogue);
            case "antimeridian-patrol" -> antimeridianPatrol(start);
            case "sparse-satellite" -> sparseSatellite(start);
            case "florida" -> florida(start);
            case "coverage-handover" -> coverageHandover(start);
            default -> taskForcePatrol(start);
        };
    }

    private static Instant at(Instant start, int hours, int minutes) {
        return start.plus(Duration.ofHours(hours).plusMinutes(minutes));
    }

    private static LatLon p(double lat, double lon) {
        return new LatLon(lat, lon);
    }

    private static Scenario malaccaSingapore(Instant start) {
        Scenario s = new Scenario("malacca-singapore", start, at(start, 20, 0));
        List<LatLon> lane = ShippingLanes.MALACCA_SINGAPORE_EASTBOUND;
        s.add(
                new VesselPlan(
                        100_001_001L,
                        "SIM EASTERN STAR",
                        Passage.from(lane.get(0), start).sail(18, onwards(lane)).build()));
        LatLon[] westbound = reversed(lane);
        s.add(
                new VesselPlan(
                        100_001_002L,
                        "SIM WEST WIND",
                        Passage.from(westbound[0], start)
                                .sail(17, Arrays.copyOfRange(westbound, 1, westbound.length))
                                .build()));
        // A tug comes in through the east gate, turns round in the strait and leaves the way it
        // came: entry and exit, no transit.
        s.add(
                new VesselPlan(
                                100_001_003L,
                                "SIM HARBOUR TUG",
                                Passage.from(p(1.36, 104.80), at(start, 1, 0))
                                        .sail(10, p(1.25, 104.25), p(1.36, 104.80), p(1.60, 105.10))
                                        .build())
                        .classB(52, 30, 10));
        // At anchor north of Bintan, outside the strait: slow, but in no zone, so no alerts.
        s.add(
                new VesselPlan(
                        100_001_004L,
                        "SIM AT ANCHOR",
                        Passage.from(p(1.05, 104.70), start).build()));
        return s;
    }

    private static Scenario redSea(Instant start) {
        Scenario s = new Scenario("red-sea", start, at(start, 12, 0));
        List<LatLon> lane = ShippingLanes.BAB_EL_MANDEB_NORTHBOUND;
        s.add(
                new VesselPlan(
                        100_002_001L,
                        "SIM RED SEA",
                        Passage.from(lane.get(0), start).sail(15, onwards(lane)).build()));
        LatLon[] southbound = reversed(lane);
        s.add(
                new VesselPlan(
                        100_002_002L,
                        "SIM ADEN TRADER",
                        Passage.from(southbound[0], at(start, 0, 30))
                                .sail(14, Arrays.copyOfRange(southbound, 1, southbound.length))
                                .build()));
        // In through the south gate, back out through it: no transit.
        s.add(
                new VesselPlan(
                        100_002_003L,
                        "SIM TURNBACK",
                        Passage.from(p(12.25, 43.80), at(start, 1, 0))
                                .sail(12, p(12.62, 43.38), p(12.25, 43.80), p(12.05, 44.40))
                                .build()));
        // Eastbound in the IRTC, stops for two and a half hours mid-corridor: loitering.
        s.add(
                new VesselPlan(
                        100_002_004L,
                        "SIM SLOW STEAMER",
                        Passage.from(p(12.06, 45.50), start)
                                .sail(12, p(12.525, 47.00))
                                .stop(Duration.ofMinutes(150), 0.4)
                                .sail(12, p(12.99, 48.50), p(13.30, 49.50))
                                .build()));
        return s;
    }

    private static Scenario darkAndMeet(Instant start) {
        Scenario s = new Scenario("dark-and-meet", start, at(start, 10, 0));
        List<LatLon> hormuz = ShippingLanes.HORMUZ_OUTBOUND;
        // Goes dark for 90 minutes in the Strait of Hormuz, then reappears further on.
        s.add(
                new VesselPlan(
                                100_003_001L,
                                "SIM DARK HORSE",
                                Passage.from(hormuz.get(0), start)
                                        .sail(12, onwards(hormuz))
                                        .build())
                        .silent(at(start, 2, 15), at(start, 3, 45)));
        // Inbound through Hormuz while the receiver is out for 80 minutes: no gap.
        LatLon[] inbound = reversed(hormuz);
        s.add(
                new VesselPlan(
                        100_003_002L,
                        "SIM GULF INBOUND",
                        Passage.from(inbound[0], start)
                                .sail(11, Arrays.copyOfRange(inbound, 1, inbound.length))
                                .build()));
        s.outage(at(start, 8, 0), at(start, 9, 20));
        // Two vessels meet in the Gulf of Oman, outside every zone, and lie 300 m apart for over
        // two hours: an encounter.
        s.add(
                new VesselPlan(
                        100_003_003L,
                        "SIM MEETING ONE",
                        Passage.from(p(24.45, 58.25), start)
                                .sail(10, p(24.600, 58.500))
                                .stopUntil(at(start, 4, 30), 0.3)
                                .sail(10, p(25.20, 59.20))
                                .build()));
        s.add(
                new VesselPlan(
                        100_003_004L,
                        "SIM MEETING TWO",
                        Passage.from(p(24.85, 58.80), start)
                                .sail(10, p(24.602, 58.503))
                                .stopUntil(at(start, 4, 35), 0.5)
                                .sail(10, p(24.00, 59.00))
                                .build()));
        return s;
    }

    private static Scenario spoof(Instant start) {
        Scenario s = new Scenario("spoof", start, at(start, 6, 0));
        // One fix 300 km off its track, in the open Arabian Sea.
        s.add(
                new VesselPlan(
                                100_004_001L,
                                "SIM STEADY COURSE",
                                Passage.from(p(15.00, 60.00), start)
                                        .sail(14, p(18.00, 64.00))
                                        .build())
                        .jumpAt(at(start, 2, 0), p(17.50, 58.00)));
        // A genuine vessel, and for an hour a second transmitter with its MMSI 300 km away,
        // sending between its reports.
        s.add(
                new VesselPlan(
                        100_004_002L,
                        "SIM TRUE NAME",
                        Passage.from(p(12.00, 62.00), start).sail(12, p(14.50, 66.00)).build()));
        s.add(
                new VesselPlan(
                                100_004_002L,
                                "SIM TRUE NAME",
                                Passage.from(p(14.00, 60.00), at(start, 1, 0).plusSeconds(30))
                                        .sail(10, p(15.00, 61.50))
                                        .build())
                        .transmitsUntil(at(start, 2, 0).plusSeconds(30))
                        .cloneOfAnotherVessel());
        return s;
    }

    /**
     * Ships through the Suez Canal at the convoy speed and one well above it. The limit comes from
     * the catalogue: the lowest {@code maxSpeedKn} of a zone on the canal; without one the fast
     * ship sails at {@link #CANAL_FAST_KN} and no speed alert is expected.
     */
    private static Scenario canalSpeed(Instant start, ZoneCatalogue catalogue) {
        Scenario s = new Scenario("canal-speed", start, at(start, 8, 0));
        List<LatLon> canal = ShippingLanes.SUEZ_SOUTHBOUND;
        double limit = speedLimitOn(canal, catalogue);
        double fast = Double.isNaN(limit) ? CANAL_FAST_KN : Math.max(CANAL_FAST_KN, limit + 4);
        double convoy = Double.isNaN(limit) ? 7.5 : Math.min(7.5, limit - 0.5);
        s.add(
                new VesselPlan(
                        100_005_001L,
                        "SIM CONVOY ONE",
                        Passage.from(canal.get(0), start).sail(convoy, onwards(canal)).build()));
        s.add(
                new VesselPlan(
                        100_005_002L,
                        "SIM CONVOY TWO",
                        Passage.from(canal.get(0), at(start, 0, 20))
                                .sail(convoy, onwards(canal))
                                .build()));
        s.add(
                new VesselPlan(
                        100_005_003L,
                        "SIM IN A HURRY",
                        Passage.from(canal.get(0), at(start, 0, 40))
                                .sail(fast, onwards(canal))
                                .build()));
        return s;
    }

    /** The lowest {@code maxSpeedKn} of the zones covering a waypoint of the lane, or NaN. */
    static double speedLimitOn(List<LatLon> lane, ZoneCatalogue catalogue) {
        GeometryFactory geometry = new GeometryFactory();
        double limit = Double.NaN;
        for (Zone zone : catalogue.zones()) {
            Double zoneLimit = zone.thresholds().get("maxSpeedKn");
            if (zoneLimit == null) {
                continue;
            }
            for (LatLon point : lane) {
                if (zone.area()
                                .covers(
                                        geometry.createPoint(
                                                new Coordinate(point.lon(), point.lat())))
                        && !(limit <= zoneLimit)) {
                    limit = zoneLimit;
                }
            }
        }
        return limit;
    }

    private static Scenario antimeridianPatrol(Instant start) {
        Scenario s = new Scenario("antimeridian-patrol", start, at(start, 12, 0));
        // Starts inside the Fiji-Tonga sector and crosses 180 eastbound.
        s.add(
                new VesselPlan(
                        100_006_001L,
                        "SIM DATELINE",
                        Passage.from(p(-18.0, 177.5), start).sail(18, p(-18.0, -178.0)).build()));
        // Comes in across the sector's northern edge, east of the antimeridian.
        s.add(
                new VesselPlan(
                        100_006_002L,
                        "SIM SOUTHERN CROSS",
                        Passage.from(p(-12.5, -179.5), start).sail(15, p(-20.0, -179.0)).build()));
        // A patrol vessel crosses the antimeridian eastward, then lies three hours just east of
        // it: loitering, in a zone drawn across 180.
        s.add(
                new VesselPlan(
                                100_006_003L,
                                "SIM PATROL",
                                Passage.from(p(-16.0, 179.5), start)
                                        .sail(12, p(-16.0, -179.98))
                                        .stop(Duration.ofHours(3), 0.5)
                                        .sail(12, p(-16.0, 178.5))
                                        .build())
                        .ship(35, 90, 14));
        return s;
    }

    private static Scenario sparseSatellite(Instant start) {
        Scenario s = new Scenario("sparse-satellite", start, at(start, 14, 0));
        // Seen by satellite only, every 40 minutes or so: still a transit of the Taiwan Strait.
        List<LatLon> taiwan = ShippingLanes.TAIWAN_SOUTHBOUND;
        s.add(
                new VesselPlan(
                                100_007_001L,
                                "SIM FAR SEEN",
                                Passage.from(taiwan.get(0), start)
                                        .sail(15, onwards(taiwan))
                                        .build())
                        .reportingEvery(Duration.ofMinutes(40), Duration.ofMinutes(40)));
        // Westbound through Gibraltar with a fix every 45 minutes: few fixes inside the strait.
        LatLon[] westbound = reversed(ShippingLanes.GIBRALTAR_EASTBOUND);
        s.add(
                new VesselPlan(
                                100_007_002L,
                                "SIM ATLANTIC",
                                Passage.from(westbound[0], start)
                                        .sail(
                                                16,
                                                Arrays.copyOfRange(westbound, 1, westbound.length))
                                        .build())
                        .reportingEvery(Duration.ofMinutes(45), Duration.ofMinutes(45)));
        // Heard by a shore station all along: southbound through the Øresund.
        List<LatLon> sound = ShippingLanes.ORESUND_SOUTHBOUND;
        s.add(
                new VesselPlan(
                        100_007_003L,
                        "SIM BALTIC",
                        Passage.from(sound.get(0), start).sail(10, onwards(sound)).build()));
        return s;
    }

    private static Scenario florida(Instant start) {
        Scenario s = new Scenario("florida", start, at(start, 14, 0));
        List<LatLon> narrows = ShippingLanes.FLORIDA_NORTHBOUND;
        s.add(
                new VesselPlan(
                        100_008_001L,
                        "SIM GULF STREAM",
                        Passage.from(narrows.get(0), start).sail(14, onwards(narrows)).build()));
        // From west of Key West through both chokepoints of the Straits of Florida, across the
        // gate they share.
        List<LatLon> keyWest = ShippingLanes.KEY_WEST_TO_FLORIDA_NARROWS;
        s.add(
                new VesselPlan(
                        100_008_002L,
                        "SIM KEY WEST",
                        Passage.from(keyWest.get(0), start).sail(18, onwards(keyWest)).build()));
        // Five hours at anchor off Port Everglades, inside the straits but in a port zone: no
        // loitering.
        s.add(
                new VesselPlan(
                        100_008_003L,
                        "SIM ANCHORAGE",
                        Passage.from(p(26.20, -79.95), start)
                                .sail(8, p(26.09, -80.06))
                                .stopUntil(at(start, 6, 0), 0)
                                .sail(12, p(27.20, -79.90))
                                .build()));
        // At a berth in Port Everglades, outside the straits, with its AIS off for 8 hours: not
        // dark, it never left.
        s.add(
                new VesselPlan(
                                100_008_004L,
                                "SIM QUIET BERTH",
                                Passage.from(p(26.12, -80.115), start)
                                        .stopUntil(at(start, 13, 0), 0)
                                        .build())
                        .silent(at(start, 1, 0), at(start, 9, 0)));
        // Silent from its berth on, it sails across the straits unseen and turns up seven hours
        // later east of them: an AIS gap from its last fix in port.
        s.add(
                new VesselPlan(
                                100_008_005L,
                                "SIM DARK DEPARTURE",
                                Passage.from(p(26.125, -80.12), start)
                                        .stopUntil(at(start, 2, 0), 0)
                                        .sail(12, p(26.125, -79.00), p(26.60, -78.50))
                                        .build())
                        .silent(at(start, 1, 30), at(start, 8, 30)));
        return s;
    }

    /**
     * A point {@code nm} nautical miles east of {@code from} (west if negative), on its parallel.
     */
    private static LatLon east(LatLon from, double nm) {
        double metersPerDegree =
                GeoMath.EARTH_RADIUS_M * Math.PI / 180 * Math.cos(Math.toRadians(from.lat()));
        return new LatLon(
                from.lat(), from.lon() + nm * GeoMath.METERS_PER_NAUTICAL_MILE / metersPerDegree);
    }

    /**
     * The example of coverage, small enough to work out by hand
     * (coverage-handover.expected-coverage.jsonl): four ships near the eastern edge (117° E) of the
     * South China Sea central sector, reporting exactly every 5 minutes at 12 kn, so 1 nm apart,
     * and crossing the edge halfway between two reports. A French frigate is inside from 00:00 to
     * 00:45, a British one from 00:30 to 01:30; a merchant ship from 00:40 to 02:20, uncovered
     * after 01:30; a second merchant ship turns back at the edge with a single report inside, at
     * 02:40.
     */
    private static Scenario coverageHandover(Instant start) {
        Scenario s =
                new Scenario("coverage-handover", start, at(start, 3, 0))
                        .reportingEvery(Duration.ofMinutes(5), Duration.ofMinutes(5))
                        .onTheGrid();
        double kn = 12;
        // 9.5 nm inside at 00:00, eastbound: last report inside 00:45, out at 00:47:30.
        LatLon edge = p(12.00, 117.00);
        s.add(
                warship(
                        226_990_001L,
                        "LAVANDE",
                        Passage.from(east(edge, -9.5), start).sail(kn, east(edge, 30)).build()));
        // 5.5 nm outside at 00:00, westbound: in at 00:27:30, turns 6.5 nm inside at 01:00, out at
        // 01:32:30.
        edge = p(12.10, 117.00);
        s.add(
                warship(
                        232_990_001L,
                        "THISTLE",
                        Passage.from(east(edge, 5.5), start)
                                .sail(kn, east(edge, -6.5), east(edge, 20))
                                .build()));
        // In at 00:37:30, turns 10.5 nm inside at 01:30, out at 02:22:30.
        edge = p(11.90, 117.00);
        s.add(
                new VesselPlan(
                        100_009_001L,
                        "SIM PALAWAN TRADER",
                        Passage.from(east(edge, 7.5), start)
                                .sail(kn, east(edge, -10.5), east(edge, 20))
                                .build()));
        // In at 02:37:30, turns 0.5 nm inside at 02:40, out at 02:42:30.
        edge = p(11.80, 117.00);
        s.add(
                new VesselPlan(
                        100_009_002L,
                        "SIM SULU STAR",
                        Passage.from(east(edge, 31.5), start)
                                .sail(kn, east(edge, -0.5), east(edge, 20))
                                .build()));
        return s;
    }

    /** A ship of the task-force roster (replay-data/fleet/task-force.csv). */
    private static VesselPlan warship(long mmsi, String name, Passage passage) {
        return new VesselPlan(mmsi, name, passage).ship(35, 130, 16);
    }

    /** The lane's waypoints after the one at {@code index}, to sail on from there. */
    private static LatLon[] after(List<LatLon> lane, int index) {
        return lane.subList(index + 1, lane.size()).toArray(LatLon[]::new);
    }

    /**
     * A day and a half of a multinational task force in four patrol zones, for coverage (see
     * docs/coverage.md and replay-data/scenarios/README.md): 17 roster ships of 14 nations hand
     * over their patrol lines with overlaps and short holes, some fall silent for over an hour, one
     * zone is left uncovered for about six hours and covered again, another is left at the end; 31
     * merchant ships pass, transit Bab-el-Mandeb, loiter or go dark. From 18:00 to 24:00 the next
     * day, across a UTC midnight.
     */
    private static Scenario taskForcePatrol(Instant day) {
        Instant t0 = at(day, 18, 0);
        Scenario s =
                new Scenario("task-force-patrol", t0, at(t0, 30, 0))
                        .reportingEvery(Duration.ofMinutes(3), Duration.ofMinutes(6));
        southernRedSea(s, t0);
        gulfOfAden(s, t0);
        southChinaSea(s, t0);
        fijiTonga(s, t0);
        return s;
    }

    /**
     * red-sea-south: the task force patrols just inside its northern edge (16° N), one ship after
     * another, and waits north of it; merchant ships come up through Bab-el-Mandeb (transits whose
     * second gate is the zone's southern edge) or go down it.
     */
    private static void southernRedSea(Scenario s, Instant t0) {
        // On patrol from the start; north out of the zone at about +7:45.
        Passage.Builder lavande =
                Passage.from(p(15.85, 41.00), t0)
                        .patrol(12, at(t0, 7, 0), p(15.85, 40.30), p(15.85, 41.70));
        lavande.sail(12, p(16.30, lavande.position().lon()));
        s.add(warship(226_990_001L, "LAVANDE", lavande.build()));
        // Waits at anchor north of the zone, in at about +7:00 (a handover with overlap); silent
        // for 90 minutes from +11:00, the only ship there (a short hole); out at about +17:00.
        Passage.Builder ulivo =
                Passage.from(p(16.30, 40.60), t0)
                        .stopUntil(at(t0, 5, 30), 0)
                        .sail(12, p(15.80, 40.60))
                        .patrol(12, at(t0, 16, 0), p(15.80, 41.70), p(15.80, 40.30));
        ulivo.sail(12, p(16.30, ulivo.position().lon()));
        s.add(warship(247_990_001L, "ULIVO", ulivo.build()).silent(at(t0, 11, 0), at(t0, 12, 30)));
        // In at about +15:45, out at about +23:30.
        Passage.Builder lotus =
                Passage.from(p(16.35, 41.40), at(t0, 14, 0))
                        .sail(12, p(15.90, 41.40))
                        .patrol(12, at(t0, 23, 0), p(15.90, 40.30), p(15.90, 41.70));
        lotus.sail(12, p(16.35, lotus.position().lon()));
        s.add(warship(419_990_001L, "LOTUS", lotus.build()));
        // Reports every 10 minutes; in at about +25:00, after a hole of an hour and a half.
        s.add(
                warship(
                                232_990_001L,
                                "THISTLE",
                                Passage.from(p(16.40, 40.90), at(t0, 23, 0))
                                        .sail(12, p(15.85, 40.90))
                                        .patrol(12, at(t0, 30, 0), p(15.85, 41.70), p(15.85, 40.30))
                                        .build())
                        .reportingEvery(Duration.ofMinutes(10), Duration.ofMinutes(10)));

        List<LatLon> north = ShippingLanes.RED_SEA_NORTHBOUND;
        s.add(
                new VesselPlan(
                        100_010_001L,
                        "SIM PERIM PASSAGE",
                        Passage.from(north.get(0), t0).sail(14, after(north, 0)).build()));
        // Goes dark for 80 minutes in the zone.
        s.add(
                new VesselPlan(
                                100_010_002L,
                                "SIM MOCHA COAST",
                                Passage.from(north.get(0), at(t0, 3, 0))
                                        .sail(15, after(north, 0))
                                        .build())
                        .silent(at(t0, 11, 0), at(t0, 12, 20)));
        s.add(
                new VesselPlan(
                        100_010_003L,
                        "SIM HANISH",
                        Passage.from(north.get(0), at(t0, 8, 0))
                                .sail(13, after(north, 0))
                                .build()));
        s.add(
                new VesselPlan(
                        100_010_004L,
                        "SIM ZUBAIR",
                        Passage.from(north.get(0), at(t0, 14, 0))
                                .sail(14, after(north, 0))
                                .build()));
        s.add(
                new VesselPlan(
                        100_010_005L,
                        "SIM JEDDAH EXPRESS",
                        Passage.from(north.get(0), at(t0, 20, 0))
                                .sail(16, after(north, 0))
                                .build()));
        List<LatLon> south = ShippingLanes.RED_SEA_TO_ARABIAN_SEA;
        s.add(
                new VesselPlan(
                        100_010_006L,
                        "SIM MASSAWA",
                        Passage.from(p(17.00, 40.25), t0).sail(14, after(south, 1)).build()));
        s.add(
                new VesselPlan(
                        100_010_007L,
                        "SIM DAHLAK",
                        Passage.from(p(17.80, 39.70), at(t0, 10, 0))
                                .sail(15, after(south, 0))
                                .build()));
        // Stops for two and a half hours in mid-sea: loitering.
        s.add(
                new VesselPlan(
                        100_010_008L,
                        "SIM IDLE HOURS",
                        Passage.from(p(13.50, 42.55), at(t0, 1, 0))
                                .sail(12, p(14.50, 41.95))
                                .stop(Duration.ofMinutes(150), 0.4)
                                .sail(12, p(16.50, 40.60), p(17.50, 39.90), p(19.50, 38.70))
                                .build()));
    }

    /**
     * A point of the Gulf of Aden's transit corridor, {@code across} degrees north of its south
     * edge.
     */
    private static LatLon irtc(double lon, double across) {
        return p(11.75 + 0.3125 * (lon - 45) + across, lon);
    }

    /**
     * gulf-of-aden-irtc, the 18-mile-wide corridor: the task force patrols its middle and leaves it
     * southwards; between about +8:45 and +14:30 nobody covers it (a coverage gap that opens and
     * closes). Merchant ships keep to its two lanes; one stops, one goes dark.
     */
    private static void gulfOfAden(Scenario s, Instant t0) {
        double middle = 0.15;
        // Reports every 2 minutes; out at about +5:45.
        Passage.Builder alder =
                Passage.from(irtc(48.5, middle), t0)
                        .patrol(12, at(t0, 5, 0), irtc(50.0, middle), irtc(48.0, middle));
        alder.sail(12, p(alder.position().lat() - 0.40, alder.position().lon()));
        s.add(
                warship(369_990_001L, "ALDER", alder.build())
                        .reportingEvery(Duration.ofMinutes(2), Duration.ofMinutes(6)));
        // In at about +5:00, out at about +8:45.
        Passage.Builder kaede =
                Passage.from(irtc(49.0, -0.30), at(t0, 3, 30))
                        .sail(12, irtc(49.0, middle))
                        .patrol(12, at(t0, 8, 0), irtc(48.5, middle), irtc(50.5, middle));
        kaede.sail(12, p(kaede.position().lat() - 0.40, kaede.position().lon()));
        s.add(warship(431_990_001L, "KAEDE", kaede.build()));
        // Reports every 2 minutes; in at about +14:30 (the gap closes), out at about +23:15.
        Passage.Builder mugunghwa =
                Passage.from(irtc(47.5, -0.30), at(t0, 13, 0))
                        .sail(12, irtc(47.5, middle))
                        .patrol(12, at(t0, 22, 30), irtc(46.5, middle), irtc(48.5, middle));
        mugunghwa.sail(12, p(mugunghwa.position().lat() - 0.40, mugunghwa.position().lon()));
        s.add(
                warship(440_990_001L, "MUGUNGHWA", mugunghwa.build())
                        .reportingEvery(Duration.ofMinutes(2), Duration.ofMinutes(6)));
        // From the north, in at about +21:15; silent 75 minutes from +25:00 while Tulp covers.
        s.add(
                warship(
                                211_990_001L,
                                "LINDE",
                                Passage.from(irtc(51.0, 0.55), at(t0, 20, 0))
                                        .sail(12, irtc(51.0, middle))
                                        .patrol(
                                                12,
                                                at(t0, 30, 0),
                                                irtc(52.0, middle),
                                                irtc(50.0, middle))
                                        .build())
                        .silent(at(t0, 25, 0), at(t0, 26, 15)));
        // In at about +24:30.
        s.add(
                warship(
                        244_990_001L,
                        "TULP",
                        Passage.from(irtc(50.0, -0.30), at(t0, 23, 0))
                                .sail(12, irtc(50.0, middle))
                                .patrol(12, at(t0, 30, 0), irtc(49.0, middle), irtc(51.0, middle))
                                .build()));

        // Merchant ships report every 5 minutes here.
        Duration five = Duration.ofMinutes(5);
        Duration ten = Duration.ofMinutes(10);
        List<LatLon> east = ShippingLanes.RED_SEA_TO_ARABIAN_SEA;
        int eastLaneAt46 = 12;
        s.add(
                new VesselPlan(
                                100_010_011L,
                                "SIM ADEN BAY",
                                Passage.from(east.get(eastLaneAt46), t0)
                                        .sail(14, after(east, eastLaneAt46))
                                        .build())
                        .reportingEvery(five, ten));
        s.add(
                new VesselPlan(
                                100_010_012L,
                                "SIM SOCOTRA",
                                Passage.from(east.get(eastLaneAt46 + 2), t0)
                                        .sail(13, after(east, eastLaneAt46 + 2))
                                        .build())
                        .reportingEvery(five, ten));
        s.add(
                new VesselPlan(
                                100_010_013L,
                                "SIM MUKALLA",
                                Passage.from(east.get(eastLaneAt46 + 5), t0)
                                        .sail(15, after(east, eastLaneAt46 + 5))
                                        .build())
                        .reportingEvery(five, ten));
        s.add(
                new VesselPlan(
                                100_010_014L,
                                "SIM BERBERA",
                                Passage.from(p(11.55, 44.00), at(t0, 6, 0))
                                        .sail(14, after(east, eastLaneAt46 - 2))
                                        .build())
                        .reportingEvery(five, ten));
        // Stops two and a half hours mid-corridor: loitering.
        s.add(
                new VesselPlan(
                                100_010_015L,
                                "SIM SLOW BELL",
                                Passage.from(p(11.60, 44.30), t0)
                                        .sail(12, east.get(eastLaneAt46 - 1))
                                        .sail(12, east.get(eastLaneAt46), irtc(47.2, 0.08))
                                        .stop(Duration.ofMinutes(150), 0.3)
                                        .sail(12, after(east, eastLaneAt46 + 1))
                                        .build())
                        .reportingEvery(five, ten));
        List<LatLon> west = ShippingLanes.ARABIAN_SEA_TO_RED_SEA;
        int westLaneAt46 = 8;
        s.add(
                new VesselPlan(
                                100_010_016L,
                                "SIM GARDAFUI",
                                Passage.from(west.get(westLaneAt46), t0)
                                        .sail(14, after(west, westLaneAt46))
                                        .build())
                        .reportingEvery(five, ten));
        // Goes dark for 90 minutes in the corridor.
        s.add(
                new VesselPlan(
                                100_010_017L,
                                "SIM NIGHT HERON",
                                Passage.from(west.get(westLaneAt46 - 2), t0)
                                        .sail(14, after(west, westLaneAt46 - 2))
                                        .build())
                        .reportingEvery(five, ten)
                        .silent(at(t0, 4, 0), at(t0, 5, 30)));
        s.add(
                new VesselPlan(
                                100_010_018L,
                                "SIM HADRAMAUT",
                                Passage.from(west.get(westLaneAt46 - 6), t0)
                                        .sail(13, after(west, westLaneAt46 - 6))
                                        .build())
                        .reportingEvery(five, ten));
        s.add(
                new VesselPlan(
                                100_010_019L,
                                "SIM ARABIAN SEA",
                                Passage.from(west.get(0), at(t0, 10, 0))
                                        .sail(14, after(west, 0))
                                        .build())
                        .reportingEvery(five, ten));
    }

    /**
     * scs-south: the task force patrols just inside its southern edge (2° N) and waits south of it;
     * after about +23:15 nobody covers it again (a coverage gap still open at the end). Merchant
     * ships go between Singapore and the north-east, one fishing boat stops.
     */
    private static void southChinaSea(Scenario s, Instant t0) {
        // On patrol from the start, across midnight; out at about +6:45.
        Passage.Builder merlion =
                Passage.from(p(2.15, 107.0), t0)
                        .patrol(12, at(t0, 6, 0), p(2.15, 106.5), p(2.15, 108.5));
        merlion.sail(12, p(1.70, merlion.position().lon()));
        s.add(warship(563_990_001L, "MERLION", merlion.build()));
        // In at about +6:15, out at about +14:00.
        Passage.Builder wattle =
                Passage.from(p(1.75, 107.5), at(t0, 5, 0))
                        .sail(12, p(2.20, 107.5))
                        .patrol(12, at(t0, 13, 0), p(2.20, 108.5), p(2.20, 106.5));
        wattle.sail(12, p(1.80, wattle.position().lon()));
        s.add(warship(503_990_001L, "WATTLE", wattle.build()));
        // In at about +13:15; silent 75 minutes from +15:00, the only ship there; out at about
        // +18:45.
        Passage.Builder narra =
                Passage.from(p(1.75, 108.0), at(t0, 12, 0))
                        .sail(12, p(2.15, 108.0))
                        .patrol(12, at(t0, 18, 0), p(2.15, 106.5), p(2.15, 108.5));
        narra.sail(12, p(1.75, narra.position().lon()));
        s.add(warship(548_990_001L, "NARRA", narra.build()).silent(at(t0, 15, 0), at(t0, 16, 15)));
        // In at about +19:15 after a half-hour hole, out at about +23:15: the last one.
        Passage.Builder birch =
                Passage.from(p(1.75, 106.8), at(t0, 18, 0))
                        .sail(12, p(2.25, 106.8))
                        .patrol(12, at(t0, 22, 0), p(2.25, 108.5), p(2.25, 106.5));
        birch.sail(12, p(1.75, birch.position().lon()));
        s.add(warship(369_990_002L, "BIRCH", birch.build()));
        // Alongside Birch from about +19:45 to +22:00.
        Passage.Builder maple =
                Passage.from(p(1.75, 108.3), at(t0, 18, 30))
                        .sail(12, p(2.10, 108.3))
                        .patrol(12, at(t0, 21, 30), p(2.10, 106.5), p(2.10, 108.5));
        maple.sail(12, p(1.70, maple.position().lon()));
        s.add(warship(316_990_001L, "MAPLE", maple.build()));

        Duration five = Duration.ofMinutes(5);
        Duration ten = Duration.ofMinutes(10);
        List<LatLon> northeast = ShippingLanes.SINGAPORE_NORTHEASTBOUND;
        s.add(
                new VesselPlan(
                                100_010_021L,
                                "SIM ANAMBAS",
                                Passage.from(northeast.get(1), t0)
                                        .sail(14, after(northeast, 1))
                                        .build())
                        .reportingEvery(five, ten));
        s.add(
                new VesselPlan(
                                100_010_022L,
                                "SIM NATUNA",
                                Passage.from(northeast.get(2), t0)
                                        .sail(13, after(northeast, 2))
                                        .build())
                        .reportingEvery(five, ten));
        // Goes dark for 96 minutes in the sector.
        s.add(
                new VesselPlan(
                                100_010_023L,
                                "SIM DARK STAR",
                                Passage.from(northeast.get(0), t0)
                                        .sail(15, after(northeast, 0))
                                        .build())
                        .reportingEvery(five, ten)
                        .silent(at(t0, 8, 0), at(t0, 9, 36)));
        s.add(
                new VesselPlan(
                                100_010_024L,
                                "SIM HORSBURGH",
                                Passage.from(northeast.get(0), at(t0, 12, 0))
                                        .sail(14, after(northeast, 0))
                                        .build())
                        .reportingEvery(five, ten));
        // A class B fishing boat drifts over its nets for over three hours: loitering.
        s.add(
                new VesselPlan(
                                100_010_025L,
                                "SIM NET MENDER",
                                Passage.from(p(2.60, 106.90), at(t0, 2, 0))
                                        .sail(8, p(3.20, 107.60))
                                        .stop(Duration.ofMinutes(200), 0.8)
                                        .sail(8, p(5.50, 110.00))
                                        .build())
                        .classB(30, 24, 7));
        List<LatLon> southwest = ShippingLanes.SINGAPORE_SOUTHWESTBOUND;
        s.add(
                new VesselPlan(
                                100_010_026L,
                                "SIM CAPE PADARAN",
                                Passage.from(southwest.get(2), t0)
                                        .sail(14, after(southwest, 2))
                                        .build())
                        .reportingEvery(five, ten));
        s.add(
                new VesselPlan(
                                100_010_027L,
                                "SIM CAM RANH",
                                Passage.from(southwest.get(1), t0)
                                        .sail(15, after(southwest, 1))
                                        .build())
                        .reportingEvery(five, ten));
        s.add(
                new VesselPlan(
                                100_010_028L,
                                "SIM SPRATLY",
                                Passage.from(southwest.get(0), at(t0, 6, 0))
                                        .sail(15, after(southwest, 0))
                                        .build())
                        .reportingEvery(five, ten));
        s.add(
                new VesselPlan(
                                100_010_029L,
                                "SIM PEDRA BRANCA",
                                Passage.from(southwest.get(3), t0)
                                        .sail(13, after(southwest, 3))
                                        .build())
                        .reportingEvery(five, ten));
    }

    /**
     * fiji-tonga, drawn across the antimeridian: the task force patrols just inside its southern
     * edge (23° S) across 180°, handing over with overlaps; merchant ships cross 180 both ways.
     */
    private static void fijiTonga(Scenario s, Instant t0) {
        // Reports every 5 minutes; out at about +13:00.
        Passage.Builder kowhai =
                Passage.from(p(-22.80, 179.5), t0)
                        .patrol(12, at(t0, 12, 0), p(-22.80, -178.6), p(-22.80, 178.6));
        kowhai.sail(12, p(-23.30, kowhai.position().lon()));
        s.add(
                warship(512_990_001L, "KOWHAI", kowhai.build())
                        .reportingEvery(Duration.ofMinutes(5), Duration.ofMinutes(10)));
        // In at about +11:30, out at about +21:15.
        Passage.Builder mimosa =
                Passage.from(p(-23.30, -179.5), at(t0, 10, 0))
                        .sail(12, p(-22.75, -179.5))
                        .patrol(12, at(t0, 20, 0), p(-22.75, 178.6), p(-22.75, -178.6));
        mimosa.sail(12, p(-23.30, mimosa.position().lon()));
        s.add(warship(226_990_002L, "MIMOSA", mimosa.build()));
        // In at about +20:00, to the end.
        s.add(
                warship(
                        503_990_002L,
                        "BANKSIA",
                        Passage.from(p(-23.30, 179.2), at(t0, 18, 30))
                                .sail(12, p(-22.70, 179.2))
                                .patrol(12, at(t0, 30, 0), p(-22.70, -178.6), p(-22.70, 178.6))
                                .build()));

        s.add(
                new VesselPlan(
                        100_010_031L,
                        "SIM KADAVU",
                        Passage.from(p(-20.2, 176.0), t0).sail(14, p(-20.2, -172.0)).build()));
        s.add(
                new VesselPlan(
                        100_010_032L,
                        "SIM NEW CALEDONIA",
                        Passage.from(p(-20.4, 172.5), at(t0, 6, 0))
                                .sail(14, p(-20.4, -170.0))
                                .build()));
        s.add(
                new VesselPlan(
                        100_010_033L,
                        "SIM TONGATAPU",
                        Passage.from(p(-21.6, -176.0), t0).sail(13, p(-21.6, 168.0)).build()));
        s.add(
                new VesselPlan(
                        100_010_034L,
                        "SIM HA APAI",
                        Passage.from(p(-15.3, -176.0), at(t0, 4, 0))
                                .sail(15, p(-15.3, 170.0))
                                .build()));
        // A class B yacht southbound along 179° 18' W.
        s.add(
                new VesselPlan(
                                100_010_035L,
                                "SIM SOUTHERLY",
                                Passage.from(p(-13.0, -179.3), t0)
                                        .sail(7, p(-26.0, -179.3))
                                        .build())
                        .classB(37, 15, 4));
    }

    /**
     * Bulk traffic for benchmarks: {@code vessels} ships on the lanes, each from a random point of
     * a random lane, sailing it to its end and back at 10 to 20 kn, one in five class B.
     */
    public static Scenario bulk(int vessels, Duration duration, long seed) {
        Instant start = DAY;
        Scenario s =
                new Scenario(
                        String.format(
                                Locale.ROOT, "bulk-%d-vessels-%dh", vessels, duration.toHours()),
                        start,
                        start.plus(duration));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < vessels; i++) {
            List<LatLon> lane = ShippingLanes.ALL.get(random.nextInt(ShippingLanes.ALL.size()));
            List<LatLon> way = new ArrayList<>(lane);
            if (random.nextBoolean()) {
                way = List.of(reversed(lane));
            }
            int leg = random.nextInt(way.size() - 1);
            LatLon from = new RhumbLine(way.get(leg), way.get(leg + 1)).at(random.nextDouble());
            double speed = 10 + random.nextInt(101) / 10.0;
            Passage.Builder passage = Passage.from(from, start);
            passage.sail(speed, way.subList(leg + 1, way.size()).toArray(LatLon[]::new));
            while (passage.arrival().isBefore(s.end())) {
                way = List.of(reversed(way));
                passage.sail(speed, onwards(way));
            }
            VesselPlan vessel =
                    new VesselPlan(
                            100_100_000L + i,
                            String.format(Locale.ROOT, "SIM BULK %05d", i),
                            passage.build());
            if (random.nextInt(5) == 0) {
                vessel.classB(37, 20, 6);
            }
            s.add(vessel);
        }
        return s;
    }
}
