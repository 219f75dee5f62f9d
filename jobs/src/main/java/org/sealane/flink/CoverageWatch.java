package org.sealane.flink;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sealane.coverage.CoverageRules;
import org.sealane.coverage.PatrolZoneCoverage;
import org.sealane.coverage.ZoneCoverageMetric;
import org.sealane.coverage.ZoneCoverageState;
import org.sealane.coverage.ZoneObservation;
import org.sealane.fleet.TaskForceRoster;
import org.sealane.model.AlertEvent;
import org.sealane.track.AlertFactory;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

/**
 * Each patrol zone's coverage (keyed by zone id): collects presence, transits, alerts and the
 * feed's windows, and when the watermark has passed a window's end by {@code coverage.lateness}
 * emits its {@link ZoneCoverageMetric} (and the day summary), with COVERAGE_GAP alerts on {@link
 * #COVERAGE_GAPS} ({@link PatrolZoneCoverage}). One timer per zone, at the next window's deadline.
 * Each zone's rules are those of the zone catalogue in force ({@link ZonesInForce}); a zone removed
 * from it keeps the rules it had, so that the windows it was observed in are still finished and
 * reported.
 */
public class CoverageWatch
        extends KeyedBroadcastProcessFunction<
                String, ZoneObservation, PublishedCatalogue, ZoneCoverageMetric> {

    private static final long serialVersionUID = 1L;

    /** COVERAGE_GAP alerts. */
    public static final OutputTag<AlertEvent> COVERAGE_GAPS =
            new OutputTag<>("coverage-gaps", TypeInformation.of(AlertEvent.class)) {};

    private final ZonesInForce catalogues;
    private final CoverageRules rules;
    private final TaskForceRoster roster;

    private transient Map<String, PatrolZoneCoverage> zones;
    private transient ValueState<ZoneCoverageState> coverage;
    private transient LongCounter late;
    private transient AlertCounters alertCounters;
    private transient Map<String, LongCounter> nationMillis;

    public CoverageWatch(ZoneCatalogue catalogue, CoverageRules rules, TaskForceRoster roster) {
        this.catalogues = new ZonesInForce(catalogue);
        this.rules = rules;
        this.roster = roster;
    }

    @Override
    public void open(OpenContext openContext) {
        zones = new HashMap<>();
        judgeBy(catalogues.open(this::judgeBy));
        coverage =
                getRuntimeContext()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "zone-coverage", ZoneCoverageState.class));
        late = getRuntimeContext().getLongCounter(PipelineCounters.COVERAGE_LATE);
        alertCounters = new AlertCounters(getRuntimeContext());
        nationMillis = new HashMap<>();
    }

    private void judgeBy(ZoneCatalogue catalogue) {
        AlertFactory alerts = new AlertFactory(catalogue);
        for (Zone zone : catalogue.zones()) {
            zones.put(zone.id(), new PatrolZoneCoverage(zone, rules, roster, alerts));
        }
    }

    @Override
    public void processBroadcastElement(
            PublishedCatalogue catalogue, Context ctx, Collector<ZoneCoverageMetric> out)
            throws Exception {
        catalogues.adopt(ctx, catalogue);
    }

    /**
     * The zone's coverage rules. A zone this instance does not know yet was added by a catalogue
     * that reached the vessel trackers first and is on its way here: until it comes, the zone's
     * observations are collected under the default rules, which are only applied when its windows
     * finish, hours later.
     */
    private PatrolZoneCoverage zone(String zoneId, ReadOnlyContext ctx) throws Exception {
        catalogues.restoreOnce(ctx);
        PatrolZoneCoverage zone = zones.get(zoneId);
        if (zone == null) {
            Zone announced =
                    new Zone(
                            zoneId,
                            null,
                            ZoneKind.PATROL,
                            new GeometryFactory().createPoint(new Coordinate(0, 0)),
                            List.of(),
                            Map.of());
            zone =
                    new PatrolZoneCoverage(
                            announced,
                            rules,
                            roster,
                            new AlertFactory(ZoneCatalogue.of(zoneId, List.of(announced))));
            zones.put(zoneId, zone);
        }
        return zone;
    }

    @Override
    public void processElement(
            ZoneObservation observation, ReadOnlyContext ctx, Collector<ZoneCoverageMetric> out)
            throws Exception {
        ZoneCoverageState state = coverage.value();
        if (state == null) {
            state = new ZoneCoverageState();
        }
        PatrolZoneCoverage zone = zone(ctx.getCurrentKey(), ctx);
        long before = zone.nextDeadline(state);
        if (!zone.add(state, observation)) {
            late.add(1);
        }
        long deadline = zone.nextDeadline(state);
        if (deadline != before && deadline != Long.MAX_VALUE) {
            if (before != Long.MAX_VALUE) {
                ctx.timerService().deleteEventTimeTimer(before);
            }
            ctx.timerService().registerEventTimeTimer(deadline);
        }
        coverage.update(state);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ZoneCoverageMetric> out)
            throws Exception {
        ZoneCoverageState state = coverage.value();
        if (state == null) {
            return;
        }
        PatrolZoneCoverage zone = zone(ctx.getCurrentKey(), ctx);
        zone.advance(
                state,
                ctx.timerService().currentWatermark(),
                new PatrolZoneCoverage.Output() {
                    @Override
                    public void metric(ZoneCoverageMetric metric) {
                        out.collect(metric);
                    }

                    @Override
                    public void alert(AlertEvent alert) {
                        alertCounters.count(alert);
                        ctx.output(COVERAGE_GAPS, alert);
                    }

                    @Override
                    public void nationContribution(String nation, long millis) {
                        nationMillis
                                .computeIfAbsent(
                                        nation,
                                        n ->
                                                getRuntimeContext()
                                                        .getLongCounter(
                                                                PipelineCounters.nationAssetMillis(
                                                                        n)))
                                .add(millis);
                    }
                });
        long deadline = zone.nextDeadline(state);
        if (deadline != Long.MAX_VALUE) {
            ctx.timerService().registerEventTimeTimer(deadline);
        }
        coverage.update(state);
    }
}
