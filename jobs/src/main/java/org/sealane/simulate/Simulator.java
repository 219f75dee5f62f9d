package org.sealane.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.sealane.ais.AisEncoder;
import org.sealane.ais.ArmouredPayload;
import org.sealane.ais.NmeaWriter;
import org.sealane.model.PositionReport;
import org.sealane.model.StaticReport;

/**
 * Runs a {@link Scenario}: every transmitter reports its vessel's state at its interval, with
 * seeded jitter (unless the scenario keeps {@link Scenario#onTheGrid to the grid}), except while it
 * or the whole feed is silent; static data goes out with the first report and hourly. The result is
 * the reports (the ground truth the expected alerts are computed from) and the NMEA lines,
 * time-ordered, each behind a tag block with its time.
 *
 * <p>Deterministic: the same scenario and seed give the same lines, byte for byte. Nothing reads
 * the clock; randomness comes from one {@link SplittableRandom} seeded by the caller and split per
 * transmitter in the scenario's order.
 */
public final class Simulator {

    /** The tag block source of every generated sentence. */
    public static final String SOURCE = "sealane-sim";

    /** Below this speed a class A set reports at its slow interval (ITU-R M.1371, table 1). */
    static final double SLOW_KN = 3.0;

    /** Report times are off their nominal grid by up to this share of the interval either way. */
    static final double JITTER = 0.1;

    private static final long STATIC_EVERY_MILLIS = 3_600_000L;

    /**
     * One position report sent.
     *
     * @param vessel the transmitter
     * @param fix what it sent, as the decoder reads it back (coordinates, speed and course at AIS
     *     resolution)
     * @param good whether it is where the vessel really is: false for a planned jump and for every
     *     report of a cloned transmitter
     * @param toleranceMillis the longest the transmitter may take to send its next report from
     *     here: how precisely an alert timed by its reports can be predicted
     */
    public record Report(
            VesselPlan vessel, PositionReport fix, boolean good, long toleranceMillis) {}

    /** What a scenario run produced. */
    public record Simulation(Scenario scenario, List<Report> reports, List<String> nmeaLines) {}

    private record Transmission(
            long time, int vessel, int order, ArmouredPayload message, char channel) {}

    private Simulator() {}

    public static Simulation run(Scenario scenario, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Report> reports = new ArrayList<>();
        List<Transmission> transmissions = new ArrayList<>();
        List<VesselPlan> vessels = scenario.vessels();
        for (int i = 0; i < vessels.size(); i++) {
            transmit(scenario, i, random.split(), reports, transmissions);
        }
        transmissions.sort(
                Comparator.comparingLong(Transmission::time)
                        .thenComparingInt(Transmission::vessel)
                        .thenComparingInt(Transmission::order));
        reports.sort(
                Comparator.comparingLong((Report r) -> r.fix().time())
                        .thenComparingLong(r -> r.fix().mmsi()));
        NmeaWriter writer = new NmeaWriter(SOURCE);
        List<String> lines = new ArrayList<>();
        for (Transmission t : transmissions) {
            lines.addAll(writer.sentences(t.message(), t.channel(), t.time() / 1000));
        }
        return new Simulation(scenario, List.copyOf(reports), List.copyOf(lines));
    }

    private static void transmit(
            Scenario scenario,
            int index,
            SplittableRandom random,
            List<Report> reports,
            List<Transmission> out) {
        VesselPlan vessel = scenario.vessels().get(index);
        long underWay = vessel.underWayInterval(scenario.underWayInterval()).toMillis();
        long slow = vessel.slowInterval(scenario.slowInterval()).toMillis();
        long end = scenario.end().toEpochMilli();
        if (vessel.until() != null) {
            end = Math.min(end, vessel.until().toEpochMilli());
        }
        List<VesselPlan.Jump> jumps = new ArrayList<>(vessel.jumps());
        long lastStatic = Long.MIN_VALUE;
        int order = 0;
        // Reports keep to a grid of nominal times, each sent a little early or late, as AIS slots
        // are: the jitter does not accumulate.
        long nominal = Math.max(vessel.passage().start(), scenario.start().toEpochMilli());
        long t = nominal;
        while (t < end) {
            Passage.State state = vessel.passage().at(t);
            long interval = state.speedKn() < SLOW_KN ? slow : underWay;
            if (!silent(scenario, vessel, t)) {
                LatLon position = state.position();
                boolean good = !vessel.isClone();
                for (int j = 0; j < jumps.size(); j++) {
                    if (jumps.get(j).time().toEpochMilli() <= t) {
                        position = jumps.remove(j).position();
                        good = false;
                        break;
                    }
                }
                PositionReport fix = fix(vessel, t, position, state);
                reports.add(
                        new Report(
                                vessel, fix, good, (long) Math.ceil(interval * (1 + 2 * JITTER))));
                char channel = order % 2 == 0 ? 'A' : 'B';
                out.add(new Transmission(t, index, order++, AisEncoder.position(fix), channel));
                if (lastStatic == Long.MIN_VALUE || t - lastStatic >= STATIC_EVERY_MILLIS) {
                    lastStatic = t;
                    for (ArmouredPayload message : staticData(vessel, t)) {
                        out.add(new Transmission(t, index, order++, message, channel));
                    }
                }
            }
            nominal += interval;
            t = nominal;
            if (scenario.jittered()) {
                double jitter = (random.nextDouble() * 2 - 1) * JITTER;
                t += Math.round(interval * jitter / 1000.0) * 1000;
            }
        }
    }

    private static boolean silent(Scenario scenario, VesselPlan vessel, long time) {
        for (VesselPlan.Window window : vessel.silences()) {
            if (window.contains(time)) {
                return true;
            }
        }
        for (VesselPlan.Window outage : scenario.outages()) {
            if (outage.contains(time)) {
                return true;
            }
        }
        return false;
    }

    /** The report at AIS resolution, so that it equals what a decoder reads back. */
    private static PositionReport fix(
            VesselPlan vessel, long time, LatLon position, Passage.State state) {
        double course = Math.round(state.courseDeg() * 10) % 3600 / 10.0;
        return new PositionReport(
                vessel.mmsi(),
                time,
                Math.round(position.lat() * 600_000) / 600_000.0,
                Math.round(position.lon() * 600_000) / 600_000.0,
                Math.round(state.speedKn() * 10) / 10.0,
                course,
                (int) Math.round(course) % 360,
                vessel.isClassB() ? -1 : state.navStatus(),
                vessel.isClassB() ? 18 : 1,
                0,
                1);
    }

    private static List<ArmouredPayload> staticData(VesselPlan vessel, long time) {
        String callSign = "S" + vessel.mmsi() % 100_000;
        StaticReport data =
                new StaticReport(
                        vessel.mmsi(),
                        time,
                        -1,
                        callSign,
                        vessel.name(),
                        vessel.shipType(),
                        vessel.lengthM(),
                        vessel.beamM(),
                        vessel.isClassB() ? Double.NaN : 9.5,
                        null,
                        vessel.isClassB() ? 24 : 5,
                        0,
                        0);
        if (vessel.isClassB()) {
            return List.of(
                    AisEncoder.classBName(vessel.mmsi(), vessel.name()),
                    AisEncoder.classBDetails(data));
        }
        return List.of(AisEncoder.voyage(data));
    }
}
