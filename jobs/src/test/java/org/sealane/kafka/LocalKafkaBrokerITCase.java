package org.sealane.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The in-JVM Kafka broker the live path's tests run against (DESIGN 5, 6). */
@Timeout(60)
class LocalKafkaBrokerITCase {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static LocalKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void readCommittedSeesTheCommittedTransactionsAndNotTheAbortedOne() {
        String topic = "transactions";
        broker.createTopic(topic, 2);
        try (KafkaProducer<String, String> producer =
                broker.transactionalLineProducer("sealane-it-transactions")) {
            producer.initTransactions();

            producer.beginTransaction();
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(topic, i % 2, "k" + i, "committed-" + i));
            }
            producer.commitTransaction();

            producer.beginTransaction();
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(topic, i % 2, "k" + i, "aborted-" + i));
            }
            producer.flush(); // on the broker, so that the abort has something to abort
            producer.abortTransaction();

            // committed after the aborted records: a reader must get past them to see it
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, 0, "k5", "committed-5"));
            producer.commitTransaction();
        }
        List<String> committed =
                List.of(
                        "committed-0",
                        "committed-1",
                        "committed-2",
                        "committed-3",
                        "committed-4",
                        "committed-5");

        assertThat(broker.readAllCommittedLines(topic, TIMEOUT))
                .containsExactlyInAnyOrderElementsOf(committed);
        assertThat(broker.pollCommittedLines(topic, committed.size(), TIMEOUT))
                .containsExactlyInAnyOrderElementsOf(committed);
        // The aborted records are in the log all the same: read_committed is what hides them.
        assertThat(broker.readAllUncommittedLines(topic, TIMEOUT))
                .hasSize(9)
                .contains("aborted-0", "aborted-1", "aborted-2");
    }

    @Test
    void linesOfOneFeedArriveInOrder() {
        String topic = "lines";
        broker.createTopic(topic, 4);
        List<String> lines =
                List.of(
                        "\\c:1709294400*5C\\!AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D,0*24",
                        "!AIVDM,2,1,3,B,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*3E",
                        "!AIVDM,2,2,3,B,1@0000000000000,2*55",
                        "MMSI,BaseDateTime,LAT,LON");
        broker.produceLines(topic, lines);

        assertThat(broker.pollCommittedLines(topic, lines.size(), TIMEOUT))
                .containsExactlyElementsOf(lines);
    }

    @Test
    void aTransactionTimeoutAboveTheBrokersMaximumIsRefused() {
        Properties props = broker.clientProperties("sealane-it-too-long");
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "sealane-it-too-long");
        props.put(
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                Integer.toString(broker.transactionMaxTimeoutMs() + 1));
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            // The client reports the broker's INVALID_TRANSACTION_TIMEOUT as a plain
            // KafkaException.
            assertThatThrownBy(producer::initTransactions)
                    .isInstanceOf(KafkaException.class)
                    .hasMessageContaining("transaction.max.timeout.ms");
        }
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        List<Integer> ports = List.of(broker.port(), broker.controllerPort());
        for (int port : ports) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            }
            for (InetAddress address : nonLoopbackAddresses()) {
                assertThatThrownBy(
                                () -> {
                                    try (Socket socket = new Socket()) {
                                        socket.connect(new InetSocketAddress(address, port), 2000);
                                    }
                                })
                        .as("port %d on %s", port, address)
                        .isInstanceOf(IOException.class);
            }
        }
        // On Linux, the kernel's table of listening sockets says the same for every interface.
        Path tcp = Path.of("/proc/net/tcp");
        if (Files.isReadable(tcp)) {
            List<InetSocketAddress> listening = new ArrayList<>(listeningSockets(tcp));
            Path tcp6 = Path.of("/proc/net/tcp6");
            if (Files.isReadable(tcp6)) {
                listening.addAll(listeningSockets(tcp6));
            }
            for (int port : ports) {
                List<InetSocketAddress> onPort =
                        listening.stream()
                                .filter(a -> a.getPort() == port)
                                .collect(Collectors.toList());
                assertThat(onPort).as("listening on port %d", port).isNotEmpty();
                assertThat(onPort)
                        .as("listening on port %d", port)
                        .allSatisfy(a -> assertThat(a.getAddress().isLoopbackAddress()).isTrue());
            }
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(
                        nic -> {
                            try {
                                return nic.isUp();
                            } catch (SocketException e) {
                                return false;
                            }
                        })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress())
                .collect(Collectors.toList());
    }

    /** The local addresses of the LISTEN sockets in /proc/net/tcp or tcp6. */
    private static List<InetSocketAddress> listeningSockets(Path table) throws IOException {
        List<InetSocketAddress> sockets = new ArrayList<>();
        List<String> lines = Files.readAllLines(table);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.trim().split("\\s+");
            if (!fields[3].equals("0A")) { // TCP_LISTEN
                continue;
            }
            String[] local = fields[1].split(":");
            sockets.add(
                    new InetSocketAddress(
                            InetAddress.getByAddress(kernelAddress(local[0])),
                            Integer.parseInt(local[1], 16)));
        }
        return sockets;
    }

    /** The kernel prints an address as 32-bit words in host (little-endian) byte order. */
    private static byte[] kernelAddress(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = (word * 4 + i) * 2;
                bytes[word * 4 + 3 - i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        return bytes;
    }
}
