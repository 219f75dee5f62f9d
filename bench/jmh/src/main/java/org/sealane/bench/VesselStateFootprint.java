package org.sealane.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sealane.config.SealaneConfig;
import org.sealane.csv.AisCsvDecoder;
import org.sealane.flink.PendingFixes;
import org.sealane.input.DecodedInput;
import org.sealane.input.LineOutcome;
import org.sealane.model.AlertEvent;
import org.sealane.model.EncounterSighting;
import org.sealane.model.PositionReport;
import org.sealane.model.RejectedInput;
import org.sealane.model.StaticReport;
import org.sealane.track.DetectorThresholds;
import org.sealane.track.FeedSilences;
import org.sealane.track.VesselMonitor;
import org.sealane.track.VesselTrack;
import org.sealane.zones.ZoneCatalogue;

/**
 * Heap kept per tracked vessel: runs the NOAA hour (10,174 vessels) through the per-vessel
 * detectors, one state object per vessel as the heap state backend keeps them, and measures the
 * live heap with and without them. Two figures: the track alone (between batches), and the track
 * with the fixes that wait for the watermark in a replay's 30-minute batch (the last 35 minutes of
 * each vessel's fixes).
 *
 * <pre>
 * java -cp bench/jmh/target/benchmarks.jar org.sealane.bench.VesselStateFootprint [ZONES]
 * </pre>
 */
public final class VesselStateFootprint {

    private static final long WAITING_MILLIS = 35 * 60_000L;

    private VesselStateFootprint() {}

    public static void main(String[] args) throws Exception {
        Path zones =
                Paths.get(args.length > 0 ? args[0] : "replay-data/zones/sealane-zones.geojson");
        VesselMonitor monitor =
                new VesselMonitor(
                        ZoneCatalogue.load(zones),
                        new DetectorThresholds(SealaneConfig.defaults()));
        List<PositionReport> positions = new ArrayList<>();
        AisCsvDecoder decoder = AisCsvDecoder.marineCadastre();
        List<String> lines = RealData.lines(RealData.NOAA_HOUR);
        DecodedInput collect =
                new DecodedInput() {
                    @Override
                    public void position(PositionReport position) {
                        positions.add(position);
                    }

                    @Override
                    public void staticReport(StaticReport staticReport) {}

                    @Override
                    public void rejected(RejectedInput rejected) {}

                    @Override
                    public void ignored(LineOutcome outcome, int count) {}
                };
        for (int i = 0; i < lines.size(); i++) {
            decoder.decode(lines.get(i), i, collect);
        }
        lines = null;
        positions.sort((a, b) -> Long.compare(a.time(), b.time()));
        long end = positions.get(positions.size() - 1).time();

        VesselMonitor.Output ignore =
                new VesselMonitor.Output() {
                    @Override
                    public void accept(AlertEvent alert) {}

                    @Override
                    public void sighting(EncounterSighting sighting) {}

                    @Override
                    public void presence(String zoneId, long mmsi, long from, long to) {}

                    @Override
                    public void duplicate(int lines) {}
                };
        FeedSilences silences = new FeedSilences();
        long before = usedHeap();
        Map<Long, PendingFixes> tracks = new HashMap<>();
        for (PositionReport fix : positions) {
            PendingFixes vessel = tracks.computeIfAbsent(fix.mmsi(), mmsi -> new PendingFixes());
            monitor.apply(vessel.getTrack(), fix, silences, ignore);
        }
        long tracksOnly = usedHeap() - before;
        for (PositionReport fix : positions) {
            if (fix.time() > end - WAITING_MILLIS) {
                // A copy: in the job each waiting fix is its own deserialised object.
                tracks.get(fix.mmsi()).getWaiting().add(fix.withTime(fix.time()));
            }
        }
        long withWaiting = usedHeap() - before;
        int vessels = tracks.size();
        long waiting = tracks.values().stream().mapToLong(v -> v.getWaiting().size()).sum();
        System.out.printf(
                "vessels: %,d%ntrack state per vessel: %,d bytes%n"
                        + "with a 30-minute batch waiting (%.1f fixes each): %,d bytes%n",
                vessels, tracksOnly / vessels, (double) waiting / vessels, withWaiting / vessels);
        if (tracks.values().stream()
                        .map(PendingFixes::getTrack)
                        .filter(VesselTrack::isHasFix)
                        .count()
                != vessels) {
            throw new IllegalStateException("a vessel has no track");
        }
    }

    private static long usedHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
