package org.sealane.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.locationtech.jts.geom.Point;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sealane.Poll;
import org.sealane.TestData;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.cli.SealaneCommand;
import org.sealane.kafka.AvroRecords;
import org.sealane.kafka.LocalKafkaBroker;
import org.sealane.kafka.SealaneKafkaRecords;
import org.sealane.model.AlertEvent;
import org.sealane.report.HeadlessChromium;
import org.sealane.track.AlertFactory;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;

/**
 * The operators' live map in headless Chromium, fed by a real broker: {@code sealane map} runs in
 * this JVM on a free port, the task-force patrol scenario's alerts (30 hours of them) are committed
 * to the alert topic as the job commits them (in a transaction), moved in time so that the last is
 * a minute ago, and each placed in its zone. The page shows them, then each new alert within 2 s of
 * its commit; the filters hide and show markers; an alert enters the open list when OPEN and leaves
 * it once CLOSED.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveMapBrowserITCase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration ON_THE_MAP_WITHIN = Duration.ofSeconds(2);
    private static final String TOPIC = "sealane.alerts";

    private static LocalKafkaBroker broker;
    private static KafkaProducer<byte[], byte[]> job;
    private static Thread map;
    private static ChromeDriver browser;
    private static ZoneCatalogue zones;
    private static AlertFactory alerts;
    private static List<AlertEvent> committed;
    private static final AtomicInteger nextVessel = new AtomicInteger(538000001);

    @BeforeAll
    static void commitTheScenarioAndOpenTheMap() throws Exception {
        broker = LocalKafkaBroker.start();
        broker.createTopic(TOPIC, 2);
        job = transactionalProducer(broker);
        zones =
                ZoneCatalogue.load(
                        TestData.repoRoot().resolve("replay-data/zones/sealane-zones.geojson"));
        alerts = new AlertFactory(zones);
        committed = scenarioAlertsEndingNow();
        commit(committed);

        String url = startTheMap();
        browser = HeadlessChromium.start(1400, 850);
        HeadlessChromium.open(browser, url);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (map != null) {
            // Interrupting its Kafka poll ends the command and closes its server.
            map.interrupt();
            map.join(WAIT.toMillis());
        }
        if (job != null) {
            job.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Order(1)
    void everyCommittedAlertIsAMarkerColouredByType() {
        assertThat(committed).hasSizeGreaterThan(100);
        Map<AlertType, Long> byType =
                committed.stream()
                        .collect(Collectors.groupingBy(AlertEvent::type, Collectors.counting()));
        waitForMarkers(committed.size());
        byType.forEach(
                (type, count) ->
                        assertThat(markers(type)).as(type.name()).hasSize(count.intValue()));
        assertThat(markers(AlertType.CHOKEPOINT_TRANSIT))
                .allSatisfy(m -> assertThat(m.getDomAttribute("fill")).isEqualTo("#33a02c"));
        assertThat(browser.findElement(By.id("feed-status")).getText()).isEqualTo("live");
        assertThat(browser.findElement(By.id("alert-count")).getText())
                .isEqualTo(
                        committed.size()
                                + " alerts in the last 36 h, "
                                + committed.size()
                                + " shown");
    }

    @Test
    @Order(2)
    void aNewAlertIsOnTheMapWithinTwoSecondsOfItsCommit() throws Exception {
        waitForMarkers(committed.size());
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            AlertEvent encounter =
                    alerts.closed(
                            AlertType.ENCOUNTER,
                            Severity.WARNING,
                            nextVessel.getAndIncrement(),
                            nextVessel.getAndIncrement(),
                            "red-sea-south",
                            now() - Duration.ofHours(2).toMillis(),
                            now(),
                            centre("red-sea-south").getY(),
                            centre("red-sea-south").getX(),
                            null,
                            AlertFactory.details());
            long committedAt = commit(List.of(encounter));
            long shownAt = shownAt(encounter);
            latencies.add(shownAt - committedAt);
            assertThat(markers(AlertType.ENCOUNTER)).hasSize(i + 1);
        }
        long slowest = latencies.stream().mapToLong(Long::longValue).max().orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "live map: commit to marker on the page, 5 alerts: %s ms (slowest %d ms)%n",
                latencies,
                slowest);
        assertThat(slowest).isLessThan(ON_THE_MAP_WITHIN.toMillis());
    }

    @Test
    @Order(3)
    void anOpenAlertIsListedUntilItsClosedStateComes() throws Exception {
        long start = now() - Duration.ofHours(3).toMillis();
        long loiterer = nextVessel.getAndIncrement();
        AlertEvent loitering = open(AlertType.LOITERING, loiterer, "bab-el-mandeb", start);
        AlertEvent dark =
                open(AlertType.AIS_GAP, nextVessel.getAndIncrement(), "gulf-of-aden-irtc", start);
        int loiteringBefore = markers(AlertType.LOITERING).size();

        commit(List.of(loitering, dark));
        shownAt(dark);
        assertThat(openList()).containsExactlyInAnyOrder(loitering.alertId(), dark.alertId());
        assertThat(browser.findElement(By.id("open-count")).getText()).isEqualTo("2");
        assertThat(
                        browser.findElement(
                                        By.cssSelector(
                                                "li[data-alert-id='" + loitering.alertId() + "']"))
                                .getText())
                .contains("LOITERING")
                .contains("MMSI " + loiterer)
                .contains("Bab-el-Mandeb");
        screenshot();

        AlertEvent ended =
                alerts.closed(
                        AlertType.LOITERING,
                        Severity.WARNING,
                        loiterer,
                        AlertEvent.NO_OTHER_VESSEL,
                        "bab-el-mandeb",
                        start,
                        now(),
                        loitering.lat(),
                        loitering.lon(),
                        null,
                        AlertFactory.details());
        commit(List.of(ended));
        shownAt(ended);
        assertThat(openList()).containsExactly(dark.alertId());
        // Its CLOSED replaced its OPEN: still one marker for the one loitering.
        assertThat(markers(AlertType.LOITERING)).hasSize(loiteringBefore + 1);
    }

    @Test
    @Order(4)
    void theTypeFilterHidesAndShowsThatTypesMarkers() {
        int all = markers().size();
        int entries = markers(AlertType.ZONE_ENTRY).size();
        assertThat(entries).isPositive();
        WebElement entryBox =
                browser.findElement(By.cssSelector("input.type-filter[value='ZONE_ENTRY']"));

        entryBox.click();
        assertThat(markers(AlertType.ZONE_ENTRY)).isEmpty();
        assertThat(markers()).hasSize(all - entries);

        entryBox.click();
        assertThat(markers(AlertType.ZONE_ENTRY)).hasSize(entries);
        assertThat(markers()).hasSize(all);
    }

    @Test
    @Order(5)
    void theZoneFilterShowsOnlyThatZonesAlertsAndOpenAlerts() {
        int all = markers().size();
        long inTheStrait =
                committed.stream().filter(a -> a.zoneId().equals("bab-el-mandeb")).count();
        Select zone = new Select(browser.findElement(By.id("zone-filter")));

        zone.selectByValue("bab-el-mandeb");
        // The scenario's and the loitering closed in this zone before.
        assertThat(markers()).hasSize((int) inTheStrait + 1);
        assertThat(openList()).as("the open AIS gap is in another zone").isEmpty();

        zone.selectByValue("");
        assertThat(markers()).hasSize(all);
        assertThat(openList()).hasSize(1);
    }

    /** The scenario's expected alerts, placed in their zones and moved to end a minute ago. */
    private static List<AlertEvent> scenarioAlertsEndingNow() throws IOException {
        List<JsonNode> expected = new ArrayList<>();
        for (String line :
                Files.readAllLines(
                        TestData.repoRoot()
                                .resolve(
                                        "replay-data/scenarios/task-force-patrol.expected.jsonl"))) {
            expected.add(JSON.readTree(line));
        }
        long last =
                expected.stream().mapToLong(a -> epochMillis(a.get("endTime"))).max().orElseThrow();
        long shift = now() - Duration.ofMinutes(1).toMillis() - last;
        Function<JsonNode, AlertEvent> toAlert =
                a -> {
                    Point centre = centre(a.get("zoneId").asText());
                    AlertType type = AlertType.valueOf(a.get("type").asText());
                    return alerts.closed(
                            type,
                            type == AlertType.ZONE_ENTRY || type == AlertType.ZONE_EXIT
                                    ? Severity.INFO
                                    : Severity.WARNING,
                            a.get("mmsi").asLong(),
                            a.get("otherMmsi").isNull()
                                    ? AlertEvent.NO_OTHER_VESSEL
                                    : a.get("otherMmsi").asLong(),
                            a.get("zoneId").asText(),
                            epochMillis(a.get("startTime")) + shift,
                            epochMillis(a.get("endTime")) + shift,
                            centre.getY(),
                            centre.getX(),
                            a.get("direction").isNull() ? null : a.get("direction").asText(),
                            AlertFactory.details());
                };
        return expected.stream().map(toAlert).toList();
    }

    private static AlertEvent open(AlertType type, long mmsi, String zone, long start) {
        Point centre = centre(zone);
        return alerts.open(
                type,
                Severity.WARNING,
                mmsi,
                AlertEvent.NO_OTHER_VESSEL,
                zone,
                start,
                centre.getY(),
                centre.getX(),
                AlertFactory.details());
    }

    private static Point centre(String zoneId) {
        return zones.zones().stream()
                .filter(z -> z.id().equals(zoneId))
                .map(Zone::area)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no zone " + zoneId))
                .getInteriorPoint();
    }

    /** Starts {@code sealane map} on a free port and returns the address it prints. */
    private static String startTheMap() throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new Both(console, printed), true, StandardCharsets.UTF_8));
        map =
                new Thread(
                        () ->
                                SealaneCommand.execute(
                                        "map",
                                        "--bootstrap-servers",
                                        broker.bootstrapServers(),
                                        "--topic",
                                        TOPIC,
                                        "--port",
                                        "0",
                                        "--hours",
                                        "36"),
                        "sealane-map");
        map.start();
        Pattern address =
                Pattern.compile("live map of " + TOPIC + " at (http://127\\.0\\.0\\.1:\\d+/)");
        try {
            return Poll.until(
                    "sealane map to print its address",
                    WAIT,
                    () -> {
                        Matcher found = address.matcher(printed.toString(StandardCharsets.UTF_8));
                        if (found.find()) {
                            return found.group(1);
                        }
                        assertThat(map.isAlive()).as("sealane map ended").isTrue();
                        return null;
                    });
        } finally {
            System.setOut(console);
        }
    }

    private static KafkaProducer<byte[], byte[]> transactionalProducer(LocalKafkaBroker broker) {
        Properties props = broker.clientProperties("sealane-test-alerts");
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "sealane-test-alerts");
        props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "60000");
        KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        producer.initTransactions();
        return producer;
    }

    /** Writes alerts in one transaction, as the job's sink does; returns when it was committed. */
    private static long commit(List<AlertEvent> batch) {
        job.beginTransaction();
        for (AlertEvent alert : batch) {
            job.send(
                    new ProducerRecord<>(
                            TOPIC,
                            SealaneKafkaRecords.alertKey(alert.mmsi()),
                            AvroRecords.encode(AvroRecords.toAvro(alert))));
        }
        job.commitTransaction();
        return System.currentTimeMillis();
    }

    /** When the page drew this state of the alert (the browser's clock, the same as ours). */
    private static long shownAt(AlertEvent alert) {
        String key = alert.alertId() + " " + alert.state();
        Number shown =
                new WebDriverWait(browser, WAIT, Duration.ofMillis(20))
                        .until(
                                d ->
                                        (Number)
                                                browser.executeScript(
                                                        "return sealaneLive.shownAt[arguments[0]];",
                                                        key));
        return shown.longValue();
    }

    private static void waitForMarkers(int count) {
        new WebDriverWait(browser, WAIT)
                .withMessage(
                        () ->
                                "markers on the page: "
                                        + markers().size()
                                        + " of "
                                        + count
                                        + "; the page holds "
                                        + browser.executeScript(
                                                "return Object.keys(sealaneLive.map.alertMarkers()).length;"))
                .until(d -> markers().size() == count);
    }

    private static List<WebElement> markers() {
        return browser.findElements(By.cssSelector("path.sealane-alert"));
    }

    private static List<WebElement> markers(AlertType type) {
        return browser.findElements(By.cssSelector("path.sealane-alert-" + type.name()));
    }

    private static List<String> openList() {
        return browser.findElements(By.cssSelector("#open-alerts li")).stream()
                .map(li -> li.getDomAttribute("data-alert-id"))
                .toList();
    }

    private static void screenshot() throws IOException {
        Path shot = TestData.repoRoot().resolve("docs/live-map.png");
        Files.copy(
                browser.getScreenshotAs(OutputType.FILE).toPath(),
                shot,
                StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(shot, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static long epochMillis(JsonNode time) {
        return Instant.parse(time.asText()).toEpochMilli();
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    /** Writes to two streams: the console, and what the test reads the address from. */
    private static final class Both extends OutputStream {
        private final OutputStream first;
        private final ByteArrayOutputStream second;

        Both(OutputStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
