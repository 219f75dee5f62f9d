package org.sealane.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealane.avro.AlertType;
import org.sealane.avro.Severity;
import org.sealane.track.AlertFactory;
import org.sealane.zones.ZoneCatalogue;

/** The live map's server, as a browser talks to it: the page, the snapshot, the stream. */
class LiveMapServerTest {

    private static final long NOON = Instant.parse("2025-06-01T12:00:00Z").toEpochMilli();
    private static final AlertFactory ALERTS =
            new AlertFactory(ZoneCatalogue.of("test", List.of()));
    private static final String ZONES = "{\"type\":\"FeatureCollection\",\"features\":[]}";

    private final RecentAlerts recent = new RecentAlerts(Duration.ofHours(6), 1000);
    private final HttpClient http = HttpClient.newHttpClient();
    private LiveMapServer server;

    @BeforeEach
    void start() throws IOException {
        server = LiveMapServer.start(0, recent, Duration.ofHours(6), ZONES);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesThePageTheZonesAndTheAlertsHeldOnLoopbackOnly() throws Exception {
        recent.add(entry(366000001, 0));
        recent.add(entry(366000002, 1));

        assertThat(server.url().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(get("").body()).contains("sealane live map").contains("SealaneMap");
        assertThat(get("zones.geojson").body()).isEqualTo(ZONES);
        String snapshot = get("alerts").body();
        assertThat(snapshot)
                .startsWith("{\"windowMillis\":21600000,\"sequence\":2,\"alerts\":[{")
                .contains("366000001")
                .contains("366000002");
        assertThat(get("nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() throws IOException {
        // What a page elsewhere gets through a DNS name that resolves to 127.0.0.1.
        try (Socket socket = new Socket("127.0.0.1", server.url().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(
                    "GET /alerts HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                    .startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void theStreamSendsWhatComesAfterTheSnapshot() throws Exception {
        recent.add(entry(366000001, 0));
        long snapshot = recent.sequence();

        CompletableFuture<List<String>> events = events("alerts/stream?after=" + snapshot, null, 2);
        recent.add(entry(366000002, 1));
        recent.add(entry(366000003, 2));

        assertThat(events.get(20, TimeUnit.SECONDS))
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("id: 2\n").contains("366000002"),
                        second -> assertThat(second).startsWith("id: 3\n").contains("366000003"));
    }

    @Test
    void aReconnectingBrowserGetsEveryAlertAfterItsLastEventIdOnce() throws Exception {
        for (int i = 1; i <= 5; i++) {
            recent.add(entry(366000000 + i, i));
        }

        // It had seen up to event 3 (its URL still says where the page began: 1).
        List<String> events = events("alerts/stream?after=1", "3", 2).get(20, TimeUnit.SECONDS);

        assertThat(events)
                .satisfiesExactly(
                        fourth -> assertThat(fourth).startsWith("id: 4\n").contains("366000004"),
                        fifth -> assertThat(fifth).startsWith("id: 5\n").contains("366000005"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first {@code count} events of a stream, each as its lines. */
    private CompletableFuture<List<String>> events(String path, String lastEventId, int count)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url().resolve(path));
        if (lastEventId != null) {
            request.header(ServerSentEvents.LAST_EVENT_ID, lastEventId);
        }
        HttpResponse<Stream<String>> response =
                http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("text/event-stream; charset=utf-8");
        return CompletableFuture.supplyAsync(
                () -> {
                    List<String> events = new ArrayList<>();
                    StringBuilder event = new StringBuilder();
                    Iterator<String> lines = response.body().iterator();
                    while (events.size() < count && lines.hasNext()) {
                        String line = lines.next();
                        if (!line.isEmpty()) {
                            event.append(line).append('\n');
                        } else if (event.toString().startsWith("id:")) {
                            events.add(event.toString());
                            event.setLength(0);
                        } else {
                            event.setLength(0);
                        }
                    }
                    response.body().close();
                    return events;
                });
    }

    private static org.sealane.model.AlertEvent entry(long mmsi, int minute) {
        return ALERTS.instant(
                AlertType.ZONE_ENTRY,
                Severity.INFO,
                mmsi,
                "bab-el-mandeb",
                NOON + minute * 60_000L,
                12.6,
                43.3,
                AlertFactory.details());
    }
}
