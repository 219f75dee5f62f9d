package org.sealane.coverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Point;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.model.AlertEvent;
import org.sealane.track.AlertFactory;
import org.sealane.zones.Zone;

/**
 * The coverage of one patrol zone (docs/coverage.md): collects presence and alert marks into its
 * {@link ZoneCoverageState}, and once event time has passed a window's end by the lateness, makes
 * the window's metric, the day summary at the end of each UTC day, and the zone's COVERAGE_GAP
 * alerts. Plain logic, no Flink types; thread-safe (all state is in the state object).
 */
public final class PatrolZoneCoverage {

    /** What finishing windows produces. */
    public interface Output {
        void metric(ZoneCoverageMetric metric);

        void alert(AlertEvent alert);

        /** Asset time a nation contributed in one final window (not day summaries). */
        void nationContribution(String nation, long millis);
    }

    private static final long NONE = ZoneCoverageState.NONE;

    private final Zone zone;
    private final CoverageRules rules;
    private final TaskForceRoster roster;
    private final AlertFactory alerts;
    private final long gapMillis;
    private final double lat;
    private final double lon;

    public PatrolZoneCoverage(
            Zone zone, CoverageRules rules, TaskForceRoster roster, AlertFactory alerts) {
        this.zone = zone;
        this.rules = rules;
        this.roster = roster;
        this.alerts = alerts;
        this.gapMillis = rules.gapMillis(zone);
        Point inside = zone.area().getInteriorPoint();
        this.lat = inside.getY();
        this.lon = inside.getX();
    }

    /**
     * Adds an observation of the zone.
     *
     * @return false if it came after its windows were final, and was left out (in part, for
     *     presence that reaches into windows not final yet)
     */
    public boolean add(ZoneCoverageState state, ZoneObservation observation) {
        long next = state.getNextWindow();
        switch (observation.kind()) {
            case FEED -> {
                long window = rules.windowStart(observation.from());
                if (next == NONE) {
                    state.setNextWindow(window);
                    state.setLastWindow(window);
                } else if (window > state.getLastWindow()) {
                    state.setLastWindow(window);
                } else if (window < next && !state.isFinalised()) {
                    state.setNextWindow(window);
                }
                return true;
            }
            case FEED_END -> {
                state.setFeedEnd(observation.from());
                return true;
            }
            case PRESENCE -> {
                long from = observation.from();
                long to = observation.to();
                if (state.isFinalised() && to < next) {
                    return false;
                }
                boolean whole = !state.isFinalised() || from >= next;
                state.getSpans().add(new PresenceSpan(observation.mmsi(), whole ? from : next, to));
                return whole;
            }
            default -> {
                if (state.isFinalised() && observation.from() < next) {
                    return false;
                }
                boolean transit = observation.kind() == ZoneObservation.Kind.TRANSIT;
                state.getMarks()
                        .add(new ZoneMark(observation.from(), transit, observation.event()));
                return true;
            }
        }
    }

    /**
     * The event time by which the next window can be made final, or {@link Long#MAX_VALUE} if the
     * feed has not reached a window that is not final yet.
     */
    public long nextDeadline(ZoneCoverageState state) {
        long next = state.getNextWindow();
        if (next == NONE || next > state.getLastWindow()) {
            return Long.MAX_VALUE;
        }
        return next + rules.windowMillis() + rules.latenessMillis();
    }

    /**
     * Makes final every window whose end event time has passed by the lateness; at the end of the
     * input ({@code watermark} {@link Long#MAX_VALUE}) every window the feed reached, and the last
     * day's summary.
     */
    public void advance(ZoneCoverageState state, long watermark, Output out) {
        long window = rules.windowMillis();
        for (long deadline = nextDeadline(state);
                deadline != Long.MAX_VALUE && deadline <= watermark;
                deadline = nextDeadline(state)) {
            long start = state.getNextWindow();
            finish(state, start, start + window, out);
            state.setNextWindow(start + window);
            state.setFinalised(true);
        }
        if (watermark == Long.MAX_VALUE && dayNeeded()) {
            DayTally day = state.getDay();
            if (day.getDayStart() != NONE) {
                emitDay(day, out);
                day.reset(NONE);
            }
        }
    }

    private boolean dayNeeded() {
        return rules.windowMillis() != CoverageRules.DAY;
    }

    private void finish(ZoneCoverageState state, long start, long end, Output out) {
        WindowTally tally = new WindowTally();
        List<long[]> covered = new ArrayList<>();
        List<long[]> trafficPresence = new ArrayList<>();
        Set<Long> assets = new TreeSet<>();
        Set<Long> traffic = new TreeSet<>();
        List<PresenceSpan> rosterSpans = new ArrayList<>();
        // Rebuilt rather than removed from: a busy zone holds tens of thousands of spans.
        List<PresenceSpan> spans = state.getSpans();
        List<PresenceSpan> kept = new ArrayList<>();
        for (PresenceSpan span : spans) {
            long from = Math.max(span.getFrom(), start);
            long to = Math.min(span.getTo(), end);
            boolean fixInside =
                    (span.getFrom() >= start && span.getFrom() < end)
                            || (span.getTo() >= start && span.getTo() < end);
            if (span.getTo() >= end) {
                // A span ending before this window's end touches no window that is not final.
                kept.add(span);
            }
            if (to <= from && !fixInside) {
                continue;
            }
            String nation = roster.nationOf(span.getMmsi());
            if (nation != null) {
                assets.add(span.getMmsi());
                if (to > from) {
                    covered.add(new long[] {from, to});
                    tally.assetMillisByNation.merge(nation, to - from, Long::sum);
                    rosterSpans.add(new PresenceSpan(span.getMmsi(), from, to));
                }
            } else {
                traffic.add(span.getMmsi());
                if (to > from) {
                    trafficPresence.add(new long[] {from, to});
                }
            }
        }
        state.setSpans(kept);
        tally.assets.addAll(assets);
        tally.traffic.addAll(traffic);
        List<long[]> union = union(covered);
        for (long[] interval : union) {
            tally.coveredMillis += interval[1] - interval[0];
        }
        for (long[] presence : trafficPresence) {
            tally.uncoveredTrafficMillis +=
                    presence[1] - presence[0] - overlap(union, presence[0], presence[1]);
        }
        Set<String> events = new HashSet<>();
        List<ZoneMark> laterMarks = new ArrayList<>();
        for (ZoneMark mark : state.getMarks()) {
            if (mark.getTime() >= end) {
                laterMarks.add(mark);
                continue;
            }
            if (mark.getTime() < start) {
                continue;
            }
            if (mark.isTransit()) {
                tally.transits++;
            } else if (events.add(mark.getEvent())) {
                tally.alerts++;
            }
        }
        state.setMarks(laterMarks);

        followGaps(state, union, rosterSpans, end, out);
        for (Map.Entry<String, Long> nation : tally.assetMillisByNation.entrySet()) {
            out.nationContribution(nation.getKey(), nation.getValue());
        }
        out.metric(tally.metric(zone.id(), start, end));
        if (dayNeeded()) {
            DayTally day = state.getDay();
            long dayStart = Math.floorDiv(start, CoverageRules.DAY) * CoverageRules.DAY;
            if (day.getDayStart() != dayStart) {
                if (day.getDayStart() != NONE) {
                    emitDay(day, out);
                }
                day.reset(dayStart);
            }
            day.add(tally);
            if (end == dayStart + CoverageRules.DAY) {
                emitDay(day, out);
                day.reset(NONE);
            }
        }
    }

    private void emitDay(DayTally day, Output out) {
        out.metric(
                day.asWindow()
                        .metric(
                                zone.id(),
                                day.getDayStart(),
                                day.getDayStart() + CoverageRules.DAY));
    }

    /**
     * Opens and closes COVERAGE_GAP alerts along the window's covered intervals. A zone no roster
     * vessel has been in has no gap: nothing has been withdrawn from it.
     */
    private void followGaps(
            ZoneCoverageState state,
            List<long[]> union,
            List<PresenceSpan> rosterSpans,
            long end,
            Output out) {
        for (long[] interval : union) {
            long coveredFrom = interval[0];
            long last = state.getLastCoveredAt();
            if (last != NONE) {
                if (state.getGapSince() == NONE && coveredFrom - last > gapMillis) {
                    openGap(state, out);
                }
                if (state.getGapSince() != NONE) {
                    closeGap(state, coveredFrom, firstAt(rosterSpans, coveredFrom), out);
                }
            }
            state.setLastCoveredAt(interval[1]);
            state.setLastAsset(lastAt(rosterSpans, interval[1]));
        }
        // After the input's end nothing is known: the zone is uncovered only up to it.
        long known = state.getFeedEnd() == NONE ? end : Math.min(end, state.getFeedEnd());
        long last = state.getLastCoveredAt();
        if (last != NONE && state.getGapSince() == NONE && known - last > gapMillis) {
            openGap(state, out);
        }
    }

    private void openGap(ZoneCoverageState state, Output out) {
        state.setGapSince(state.getLastCoveredAt());
        state.setGapAsset(state.getLastAsset());
        Map<String, String> details = AlertFactory.details();
        details.put("thresholdMinutes", AlertFactory.minutes(gapMillis));
        out.alert(
                alerts.open(
                        AlertType.COVERAGE_GAP,
                        Severity.WARNING,
                        state.getGapAsset(),
                        AlertEvent.NO_OTHER_VESSEL,
                        zone.id(),
                        state.getGapSince(),
                        lat,
                        lon,
                        details));
    }

    private void closeGap(ZoneCoverageState state, long resumedAt, long resumedBy, Output out) {
        Map<String, String> details = AlertFactory.details();
        details.put("thresholdMinutes", AlertFactory.minutes(gapMillis));
        details.put("uncoveredMinutes", AlertFactory.minutes(resumedAt - state.getGapSince()));
        details.put("resumedBy", Long.toString(resumedBy));
        out.alert(
                alerts.closed(
                        AlertType.COVERAGE_GAP,
                        Severity.WARNING,
                        state.getGapAsset(),
                        AlertEvent.NO_OTHER_VESSEL,
                        zone.id(),
                        state.getGapSince(),
                        resumedAt,
                        lat,
                        lon,
                        null,
                        details));
        state.setGapSince(NONE);
    }

    /** The lowest MMSI among roster presence starting then. */
    private static long firstAt(List<PresenceSpan> spans, long time) {
        long mmsi = Long.MAX_VALUE;
        for (PresenceSpan span : spans) {
            if (span.getFrom() == time) {
                mmsi = Math.min(mmsi, span.getMmsi());
            }
        }
        return mmsi;
    }

    /** The lowest MMSI among roster presence ending then. */
    private static long lastAt(List<PresenceSpan> spans, long time) {
        long mmsi = Long.MAX_VALUE;
        for (PresenceSpan span : spans) {
            if (span.getTo() == time) {
                mmsi = Math.min(mmsi, span.getMmsi());
            }
        }
        return mmsi;
    }

    /** The union of intervals, as disjoint intervals in time order. */
    static List<long[]> union(List<long[]> intervals) {
        intervals.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> union = new ArrayList<>();
        for (long[] interval : intervals) {
            long[] last = union.isEmpty() ? null : union.get(union.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                union.add(new long[] {interval[0], interval[1]});
            }
        }
        return union;
    }

    /** How much of [from, to) the disjoint, ordered intervals cover. */
    static long overlap(List<long[]> union, long from, long to) {
        int low = 0;
        int high = union.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (union.get(mid)[1] <= from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        long overlap = 0;
        for (int i = low; i < union.size() && union.get(i)[0] < to; i++) {
            overlap += Math.min(to, union.get(i)[1]) - Math.max(from, union.get(i)[0]);
        }
        return overlap;
    }
}
