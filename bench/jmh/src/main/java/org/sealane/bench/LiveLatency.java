package org.sealane.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sealane.ais.AisEncoder;
import org.sealane.ais.NmeaWriter;
import org.sealane.avro.Alert;
import org.sealane.avro.AlertType;
import org.sealane.kafka.SingleObjectValues;
import org.sealane.model.PositionReport;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;

/**
 * Alert latency of a running live job: feeds its input topic a live AIS feed at a steady rate, each
 * position timed (tag block {@code c:}, in milliseconds) and produced at the same instant, and
 * reads the alert topic with read_committed. Every vessel sails to and fro across the edge of a
 * zone of the catalogue, so zone entries and exits keep coming; an entry's or exit's time is that
 * of the fix that raised it, so its latency is when the consumer saw it less that time.
 *
 * <pre>
 * java -cp benchmarks.jar org.sealane.bench.LiveLatency create-topic BOOTSTRAP TOPIC PARTITIONS
 * java -cp benchmarks.jar org.sealane.bench.LiveLatency BOOTSTRAP INPUT-TOPIC ALERTS-TOPIC ZONES
 *     [RATE=10000] [SECONDS=60] [WARM-UP-SECONDS=20] [VESSELS=20000] [PARTITIONS=2]
 * </pre>
 *
 * The input topic wants one partition per source reader of the job: a reader of two partitions
 * interleaves them, and the feed's time, tightly bounded, would run backwards.
 */
public final class LiveLatency {

    /** MMSIs of the feed's fictitious vessels: 9-digit, MID 200 is unallocated. */
    private static final long FIRST_MMSI = 200_000_000L;

    /** How far each vessel sails either side of the zone edge, and how fast. */
    private static final double SWING_METERS = 300;

    private static final double SPEED_KN = 8;
    private static final double METERS_PER_DEGREE = 111_320;

    private LiveLatency() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("create-topic")) {
            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[1]))) {
                admin.createTopics(
                                List.of(
                                        new NewTopic(
                                                args[2], Integer.parseInt(args[3]), (short) 1)))
                        .all()
                        .get();
            }
            return;
        }
        if (args.length < 4) {
            System.err.println(
                    "usage: LiveLatency BOOTSTRAP INPUT-TOPIC ALERTS-TOPIC ZONES [RATE=10000]"
                            + " [SECONDS=60] [WARM-UP-SECONDS=20] [VESSELS=20000] [PARTITIONS=2]");
            System.exit(2);
        }
        String bootstrap = args[0];
        String inputTopic = args[1];
        String alertsTopic = args[2];
        ZoneCatalogue zones = ZoneCatalogue.load(Path.of(args[3]));
        int rate = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        int warmUp = args.length > 6 ? Integer.parseInt(args[6]) : 20;
        int vessels = args.length > 7 ? Integer.parseInt(args[7]) : 20_000;
        int partitions = args.length > 8 ? Integer.parseInt(args[8]) : 2;

        List<Swing> swings = swings(zones, vessels);
        long start = System.currentTimeMillis();
        long measureFrom = start + TimeUnit.SECONDS.toMillis(warmUp);
        long feedUntil = measureFrom + TimeUnit.SECONDS.toMillis(seconds);

        AlertWatch watch = new AlertWatch(bootstrap, alertsTopic, measureFrom, feedUntil);
        Thread watching = new Thread(watch, "alert-watch");
        watching.start();
        long sent = feed(bootstrap, inputTopic, partitions, swings, rate, feedUntil);
        // Trailing alerts: wait for those of the last fixes, past a checkpoint or two.
        watch.stopAt(System.currentTimeMillis() + 15_000);
        watching.join();

        double fedSeconds = (feedUntil - start) / 1000.0;
        long[] latencies = watch.latencies();
        System.out.printf(
                Locale.ROOT,
                "fed %,d positions of %,d vessels in %.1f s (%,.0f/s; %d s warm-up not measured)%n",
                sent,
                swings.size(),
                fedSeconds,
                sent / fedSeconds,
                warmUp);
        if (latencies.length == 0) {
            System.out.println("no zone entry or exit seen: is the job running?");
            System.exit(1);
        }
        Arrays.sort(latencies);
        System.out.println("median latency by 10 s of feed:" + watch.mediansByTenSeconds());
        System.out.printf(
                Locale.ROOT,
                "latency from a fix's producer timestamp to its alert visible to a read_committed"
                        + " consumer, %,d zone entries and exits: p50 %d ms, p90 %d ms, p99 %d ms,"
                        + " p99.9 %d ms, max %d ms%n",
                latencies.length,
                percentile(latencies, 50),
                percentile(latencies, 90),
                percentile(latencies, 99),
                percentile(latencies, 99.9),
                latencies[latencies.length - 1]);
    }

    /** A vessel sailing to and fro across a zone edge, along the edge's normal. */
    private record Swing(
            long mmsi,
            double lat,
            double lon,
            double northMeters,
            double eastMeters,
            long phaseMillis) {

        /** Seconds from one end of the swing to the other. */
        static final double HALF_PERIOD_MILLIS = 2 * SWING_METERS / (SPEED_KN * 1852 / 3600) * 1000;

        PositionReport at(long time) {
            double cycle =
                    ((time + phaseMillis) % (2 * (long) HALF_PERIOD_MILLIS)) / HALF_PERIOD_MILLIS;
            boolean outward = cycle < 1;
            double along = outward ? -1 + 2 * cycle : 3 - 2 * cycle; // -1 .. +1 .. -1
            double meters = along * SWING_METERS;
            double lat = this.lat + northMeters * meters / METERS_PER_DEGREE;
            double lon =
                    this.lon
                            + eastMeters
                                    * meters
                                    / (METERS_PER_DEGREE * Math.cos(Math.toRadians(this.lat)));
            lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
            double course = Math.toDegrees(Math.atan2(eastMeters, northMeters));
            course = (outward ? course : course + 180) % 360;
            course = course < 0 ? course + 360 : course;
            return new PositionReport(
                    mmsi, time, lat, lon, SPEED_KN, course, (int) course % 360, 0, 1, 0, 1);
        }
    }

    /**
     * One swing per vessel, across the edges of the catalogue's zones in turn: at a point of an
     * edge of the zone's outline, pointing inwards (whichever way has the zone 50 m off).
     */
    private static List<Swing> swings(ZoneCatalogue catalogue, int vessels) {
        GeometryFactory geometry = new GeometryFactory();
        List<Swing> swings = new ArrayList<>(vessels);
        List<Zone> zones = catalogue.zones();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; swings.size() < vessels; i++) {
            Zone zone = zones.get(i % zones.size());
            Coordinate[] ring =
                    ((org.locationtech.jts.geom.Polygon) zone.area().getGeometryN(0))
                            .getExteriorRing()
                            .getCoordinates();
            int edge = (i / zones.size()) % (ring.length - 1);
            Coordinate a = ring[edge];
            Coordinate b = ring[edge + 1];
            if (Math.abs(a.x) >= 179.9 && Math.abs(b.x) >= 179.9) {
                continue; // where an antimeridian zone is cut, not a real edge
            }
            // Anywhere along the edge: vessels bunched at one spot would all be in one encounter
            // grid cell, which no real traffic is.
            double along = random.nextDouble(0.05, 0.95);
            double lat = a.y + (b.y - a.y) * along;
            double lon = a.x + (b.x - a.x) * along;
            double east = (b.x - a.x) * Math.cos(Math.toRadians(lat));
            double north = b.y - a.y;
            double length = Math.hypot(east, north);
            if (length == 0) {
                continue;
            }
            double normalNorth = east / length;
            double normalEast = -north / length;
            Geometry probe =
                    geometry.createPoint(
                            new Coordinate(
                                    lon
                                            + normalEast
                                                    * 50
                                                    / (METERS_PER_DEGREE
                                                            * Math.cos(Math.toRadians(lat))),
                                    lat + normalNorth * 50 / METERS_PER_DEGREE));
            if (!zone.area().contains(probe)) {
                normalNorth = -normalNorth;
                normalEast = -normalEast;
            }
            swings.add(
                    new Swing(
                            FIRST_MMSI + swings.size(),
                            lat,
                            lon,
                            normalNorth,
                            normalEast,
                            random.nextLong((long) (2 * Swing.HALF_PERIOD_MILLIS))));
        }
        return swings;
    }

    /** Sends fixes at the rate until the time, each vessel in turn, timed as it is sent. */
    private static long feed(
            String bootstrap,
            String topic,
            int partitions,
            List<Swing> swings,
            int rate,
            long until) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        NmeaWriter nmea = new NmeaWriter("latency-feed");
        long sent = 0;
        long startNanos = System.nanoTime();
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            while (true) {
                long due = startNanos + sent * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long now = System.currentTimeMillis();
                if (now >= until) {
                    break;
                }
                Swing swing = swings.get((int) (sent % swings.size()));
                for (String line : nmea.sentences(AisEncoder.position(swing.at(now)), 'A', now)) {
                    producer.send(
                            new ProducerRecord<>(
                                    topic, (int) (swing.mmsi() % partitions), now, null, line));
                }
                sent++;
            }
        }
        return sent;
    }

    /** Reads the alert topic read_committed and keeps the latency of each entry and exit. */
    private static final class AlertWatch implements Runnable {

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final long measureFrom;
        private final long measureUntil;
        private volatile long stopAt = Long.MAX_VALUE;
        private final List<Long> latencies = new ArrayList<>();
        private final java.util.TreeMap<Long, List<Long>> byTenSeconds = new java.util.TreeMap<>();

        AlertWatch(String bootstrap, String topic, long measureFrom, long measureUntil) {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            this.consumer =
                    new KafkaConsumer<>(
                            props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
            List<TopicPartition> assigned = new ArrayList<>();
            consumer.partitionsFor(topic)
                    .forEach(p -> assigned.add(new TopicPartition(topic, p.partition())));
            consumer.assign(assigned);
            consumer.seekToEnd(assigned);
            assigned.forEach(consumer::position);
        }

        void stopAt(long time) {
            stopAt = time;
        }

        @Override
        public void run() {
            try (consumer) {
                while (System.currentTimeMillis() < stopAt) {
                    for (ConsumerRecord<byte[], byte[]> record :
                            consumer.poll(Duration.ofMillis(100))) {
                        long seen = System.currentTimeMillis();
                        if (!(SingleObjectValues.decode(record.value()) instanceof Alert alert)) {
                            continue;
                        }
                        long fixTime = alert.getStartTime().toEpochMilli();
                        if ((alert.getType() == AlertType.ZONE_ENTRY
                                        || alert.getType() == AlertType.ZONE_EXIT)
                                && alert.getMmsi() >= FIRST_MMSI
                                && fixTime >= measureFrom
                                && fixTime < measureUntil) {
                            latencies.add(seen - fixTime);
                            byTenSeconds
                                    .computeIfAbsent(
                                            (fixTime - measureFrom) / 10_000,
                                            k -> new ArrayList<>())
                                    .add(seen - fixTime);
                        }
                    }
                }
            }
        }

        /**
         * The median latency of each 10 s of feed time: whether the job keeps up or falls behind.
         */
        String mediansByTenSeconds() {
            StringBuilder out = new StringBuilder();
            byTenSeconds.forEach(
                    (ten, values) -> {
                        long[] sorted =
                                values.stream().mapToLong(Long::longValue).sorted().toArray();
                        out.append(
                                String.format(
                                        Locale.ROOT,
                                        " %ds: %d ms",
                                        ten * 10,
                                        percentile(sorted, 50)));
                    });
            return out.toString();
        }

        /** The latencies seen; read once the watch has stopped. */
        long[] latencies() {
            return latencies.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private static long percentile(long[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
