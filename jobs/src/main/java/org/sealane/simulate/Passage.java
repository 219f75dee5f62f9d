package org.sealane.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sealane.track.GeoMath;

/**
 * Where a vessel is and how it moves at every moment: legs sailed along rhumb lines at set speeds,
 * and stops where it drifts or lies at anchor. Before its start it is at its first position; after
 * its last leg it lies still at its last. Immutable.
 */
public final class Passage {

    /** AIS navigational status: under way using engine. */
    static final int UNDER_WAY = 0;

    /** AIS navigational status: at anchor. */
    static final int AT_ANCHOR = 1;

    /** The vessel's state at one moment, as its AIS would report it. */
    record State(LatLon position, double speedKn, double courseDeg, int navStatus) {}

    private record Leg(
            long start,
            long end,
            RhumbLine line,
            double speedKn,
            double courseDeg,
            int navStatus) {}

    private final List<Leg> legs;

    private Passage(List<Leg> legs) {
        this.legs = List.copyOf(legs);
    }

    /** A passage from {@code position}, starting at {@code time}. */
    public static Builder from(LatLon position, Instant time) {
        return new Builder(position, time.toEpochMilli());
    }

    public long start() {
        return legs.get(0).start();
    }

    public long end() {
        return legs.get(legs.size() - 1).end();
    }

    State at(long time) {
        Leg leg = legs.get(0);
        for (Leg candidate : legs) {
            if (candidate.start() > time) {
                break;
            }
            leg = candidate;
        }
        if (time >= leg.end() && leg == legs.get(legs.size() - 1)) {
            return new State(leg.line().at(1), 0, leg.courseDeg(), AT_ANCHOR);
        }
        long length = leg.end() - leg.start();
        double f =
                length == 0 ? 1 : Math.max(0, Math.min(1, (time - leg.start()) / (double) length));
        return new State(leg.line().at(f), leg.speedKn(), leg.courseDeg(), leg.navStatus());
    }

    /** Builds a passage leg by leg. */
    public static final class Builder {
        private final List<Leg> legs = new ArrayList<>();
        private LatLon here;
        private long now;
        private double lastCourse = Double.NaN;

        private Builder(LatLon start, long time) {
            here = start;
            now = time;
        }

        /** Sails to each waypoint in turn at {@code speedKn}. */
        public Builder sail(double speedKn, LatLon... waypoints) {
            for (LatLon to : waypoints) {
                RhumbLine line = new RhumbLine(here, to);
                double metersPerMilli = speedKn * GeoMath.METERS_PER_NAUTICAL_MILE / 3_600_000.0;
                long millis = Math.round(line.meters() / metersPerMilli);
                legs.add(new Leg(now, now + millis, line, speedKn, line.courseDeg(), UNDER_WAY));
                lastCourse = line.courseDeg();
                here = to;
                now += millis;
            }
            return this;
        }

        /**
         * Stays where it is for {@code duration}, reporting {@code speedKn} (a drift too small to
         * move it visibly), at anchor when the speed is zero.
         */
        public Builder stop(Duration duration, double speedKn) {
            return stopUntil(now + duration.toMillis(), speedKn);
        }

        /** Stays where it is until {@code time}; see {@link #stop}. */
        public Builder stopUntil(Instant time, double speedKn) {
            return stopUntil(time.toEpochMilli(), speedKn);
        }

        private Builder stopUntil(long until, double speedKn) {
            if (until < now) {
                throw new IllegalStateException(
                        "the vessel arrives at "
                                + Instant.ofEpochMilli(now)
                                + ", after the stop ends");
            }
            RhumbLine still = new RhumbLine(here, here);
            legs.add(
                    new Leg(
                            now,
                            until,
                            still,
                            speedKn,
                            // A ship stopped keeps pointing where it was going.
                            Double.isNaN(lastCourse) ? 0 : lastCourse,
                            speedKn == 0 ? AT_ANCHOR : UNDER_WAY));
            now = until;
            return this;
        }

        /**
         * Sails back and forth between {@code a} and {@code b}, first to {@code a}, until {@code
         * until}, and stops the passage there, partway along the leg it is on: a patrol line.
         */
        public Builder patrol(double speedKn, Instant until, LatLon a, LatLon b) {
            long end = until.toEpochMilli();
            double metersPerMilli = speedKn * GeoMath.METERS_PER_NAUTICAL_MILE / 3_600_000.0;
            LatLon to = a;
            while (now < end) {
                RhumbLine line = new RhumbLine(here, to);
                long millis = Math.round(line.meters() / metersPerMilli);
                if (millis > end - now) {
                    return sail(speedKn, line.at((end - now) / (double) millis));
                }
                sail(speedKn, to);
                to = to == a ? b : a;
            }
            return this;
        }

        /** Where the passage so far ends. */
        public LatLon position() {
            return here;
        }

        /** The time the passage so far ends. */
        public Instant arrival() {
            return Instant.ofEpochMilli(now);
        }

        public Passage build() {
            if (legs.isEmpty()) {
                stopUntil(now, 0);
            }
            return new Passage(legs);
        }
    }
}
