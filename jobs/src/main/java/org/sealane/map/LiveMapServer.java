package org.sealane.map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live map's web server, on 127.0.0.1 only: the page ({@code /}), the zone catalogue ({@code
 * /zones.geojson}), the alerts held now ({@code /alerts}: the window, a sequence number and the
 * alerts) and the stream of alert states after a sequence number ({@code /alerts/stream}, Server-
 * Sent Events, each event's id its sequence number). A page loads the alerts, then streams from
 * their sequence number; a browser that reconnects sends the last id it saw and gets every state
 * after it, none twice.
 *
 * <p>The map has no login, so it answers only requests addressed to a loopback name: a web page
 * elsewhere cannot reach it through a DNS name that resolves to 127.0.0.1.
 */
public final class LiveMapServer implements AutoCloseable {

    /** How often an idle stream gets a comment, so that nothing between closes it. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private static final long RECONNECT_MILLIS = 1000;

    private final HttpServer server;
    private final ExecutorService threads;
    private final RecentAlerts alerts;
    private final long windowMillis;
    private final byte[] page;
    private final byte[] zones;

    private LiveMapServer(
            HttpServer server,
            ExecutorService threads,
            RecentAlerts alerts,
            Duration window,
            String page,
            String zones) {
        this.server = server;
        this.threads = threads;
        this.alerts = alerts;
        this.windowMillis = window.toMillis();
        this.page = page.getBytes(StandardCharsets.UTF_8);
        this.zones = zones.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Starts serving on 127.0.0.1.
     *
     * @param port the port, or 0 for a free one
     * @param alerts what the map shows
     * @param window how far back the alerts go, for the page to drop the ones that leave it
     * @param zonesGeoJson the zone catalogue, GeoJSON
     */
    public static LiveMapServer start(
            int port, RecentAlerts alerts, Duration window, String zonesGeoJson)
            throws IOException {
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger count = new AtomicInteger();
        // A thread per open page, most of them waiting on the stream; daemons, so a page left
        // open never keeps the JVM alive.
        ExecutorService threads =
                Executors.newCachedThreadPool(
                        task -> {
                            Thread thread =
                                    new Thread(task, "sealane-map-http-" + count.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
        LiveMapServer map =
                new LiveMapServer(
                        server, threads, alerts, window, LiveMapPage.html(), zonesGeoJson);
        server.createContext("/", map.guarded(map::page));
        server.createContext("/zones.geojson", map.guarded(map::zones));
        server.createContext("/alerts", map.guarded(map::snapshot));
        server.createContext("/alerts/stream", map.guarded(map::stream));
        server.setExecutor(threads);
        server.start();
        return map;
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        // Wakes the streams' threads from their wait.
        threads.shutdownNow();
    }

    private HttpHandler guarded(HttpHandler handler) {
        return exchange -> {
            try {
                String host = exchange.getRequestHeaders().getFirst("Host");
                if (!isLoopbackHost(host)) {
                    send(exchange, 403, "text/plain", "only for 127.0.0.1 or localhost\n");
                } else if (!"GET".equals(exchange.getRequestMethod())) {
                    exchange.getResponseHeaders().set("Allow", "GET");
                    send(exchange, 405, "text/plain", "GET only\n");
                } else {
                    handler.handle(exchange);
                }
            } finally {
                exchange.close();
            }
        };
    }

    static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private void page(HttpExchange exchange) throws IOException {
        if (!"/".equals(exchange.getRequestURI().getPath())) {
            send(exchange, 404, "text/plain", "not found\n");
            return;
        }
        send(exchange, 200, "text/html; charset=utf-8", page);
    }

    private void zones(HttpExchange exchange) throws IOException {
        send(exchange, 200, "application/geo+json", zones);
    }

    private void snapshot(HttpExchange exchange) throws IOException {
        if (!"/alerts".equals(exchange.getRequestURI().getPath())) {
            send(exchange, 404, "text/plain", "not found\n");
            return;
        }
        RecentAlerts.Snapshot snapshot = alerts.snapshot();
        StringBuilder json = new StringBuilder(256 + 400 * snapshot.alerts().size());
        json.append("{\"windowMillis\":").append(windowMillis);
        json.append(",\"sequence\":").append(snapshot.sequence());
        json.append(",\"alerts\":[");
        List<MapAlert> held = snapshot.alerts();
        for (int i = 0; i < held.size(); i++) {
            json.append(i == 0 ? "" : ",").append(held.get(i).json());
        }
        json.append("]}");
        send(exchange, 200, "application/json", json.toString());
    }

    private void stream(HttpExchange exchange) throws IOException {
        long seen =
                ServerSentEvents.resumeAfter(
                        exchange.getRequestHeaders().getFirst(ServerSentEvents.LAST_EVENT_ID),
                        parameter(exchange.getRequestURI(), "after"));
        if (seen < 0) {
            seen = alerts.sequence();
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        write(out, ServerSentEvents.retry(RECONNECT_MILLIS));
        try {
            while (true) {
                RecentAlerts.Snapshot update = alerts.awaitAfter(seen, KEEP_ALIVE);
                if (update.alerts().isEmpty()) {
                    write(out, ServerSentEvents.keepAlive());
                }
                for (MapAlert alert : update.alerts()) {
                    write(out, ServerSentEvents.event(alert.sequence(), "alert", alert.json()));
                }
                seen = update.sequence();
            }
        } catch (InterruptedException e) {
            // The server is stopping.
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The page was closed.
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String parameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
