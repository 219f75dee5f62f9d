package org.sealane.map;

/**
 * The text of a Server-Sent Events stream (the HTML standard's {@code text/event-stream}): events
 * with an id, so that a browser reconnecting sends the last one it saw as {@code Last-Event-ID},
 * and comments that keep an idle connection open through proxies.
 */
public final class ServerSentEvents {

    /** The header a reconnecting browser names its last seen event id in. */
    public static final String LAST_EVENT_ID = "Last-Event-ID";

    private ServerSentEvents() {}

    /**
     * One event. Each line of {@code data} gets a {@code data:} field of its own, so the browser
     * hands back exactly {@code data}.
     */
    public static String event(long id, String name, String data) {
        StringBuilder event = new StringBuilder(data.length() + 40);
        event.append("id: ").append(id).append('\n');
        event.append("event: ").append(name).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            event.append("data: ").append(line).append('\n');
        }
        return event.append('\n').toString();
    }

    /** How long a browser waits before reconnecting after the stream broke. */
    public static String retry(long millis) {
        return "retry: " + millis + "\n\n";
    }

    /** A comment line: ignored by the browser, it shows the connection is alive. */
    public static String keepAlive() {
        return ": keep-alive\n\n";
    }

    /**
     * The event id a stream resumes after: the {@code Last-Event-ID} header of a reconnecting
     * browser, else the number the page got with its snapshot, else none (-1: from now on).
     */
    public static long resumeAfter(String lastEventId, String afterParameter) {
        long lastEvent = nonNegative(lastEventId);
        return lastEvent >= 0 ? lastEvent : nonNegative(afterParameter);
    }

    private static long nonNegative(String text) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        try {
            return Math.max(-1, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
