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
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;

/**
 * The named scenarios of {@code sealane simulate} (listed in replay-data/scenarios/README.md), and
 * bulk traffic for benchmarks. Vessels are fictitious: their MMSIs carry the maritime
 * identification digits 100, which belong to no country.
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
                    "florida");

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
            default -> florida(start);
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
        return s;
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
