package org.sealane.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Loads a decoded-CSV AIS log (MMSI in the first column) onto a topic for the Kafka throughput
 * benchmark, spread over partitions by vessel as a real feed keyed by MMSI would be, so that every
 * source reader of the job has its share and each vessel's fixes stay in order.
 *
 * <pre>
 * java -cp benchmarks.jar org.sealane.bench.PublishByVessel BOOTSTRAP TOPIC PARTITIONS CSV[.gz]
 * </pre>
 */
public final class PublishByVessel {

    private PublishByVessel() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: PublishByVessel BOOTSTRAP TOPIC PARTITIONS CSV[.gz]");
            System.exit(2);
        }
        String topic = args[1];
        int partitions = Integer.parseInt(args[2]);
        Path csv = Path.of(args[3]);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        long started = System.nanoTime();
        long sent = 0;
        try (InputStream file = Files.newInputStream(csv);
                InputStream in =
                        csv.toString().endsWith(".gz") ? new GZIPInputStream(file, 1 << 16) : file;
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                KafkaProducer<String, String> producer =
                        new KafkaProducer<>(
                                props, new StringSerializer(), new StringSerializer())) {
            lines.readLine(); // the header
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int comma = line.indexOf(',');
                String mmsi = comma < 0 ? line : line.substring(0, comma);
                int partition = Math.floorMod(mmsi.hashCode(), partitions);
                producer.send(new ProducerRecord<>(topic, partition, null, line));
                sent++;
            }
            producer.flush();
        }
        System.err.printf(
                Locale.ROOT,
                "bench: published %,d lines to %s over %d partitions in %.1f s%n",
                sent,
                topic,
                partitions,
                (System.nanoTime() - started) / 1e9);
    }
}
