package org.sealane.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The event stream's text, as the HTML standard's EventSource reads it. */
class ServerSentEventsTest {

    @Test
    void anEventCarriesItsIdNameAndDataAndEndsWithABlankLine() {
        assertThat(ServerSentEvents.event(42, "alert", "{\"type\":\"LOITERING\"}"))
                .isEqualTo("id: 42\nevent: alert\ndata: {\"type\":\"LOITERING\"}\n\n");
    }

    @Test
    void eachLineOfTheDataIsADataFieldSoNoLineEndsTheEventEarly() {
        assertThat(ServerSentEvents.event(7, "alert", "first\nsecond\r\n\nfourth"))
                .isEqualTo(
                        "id: 7\nevent: alert\ndata: first\ndata: second\ndata: \ndata: fourth\n\n");
    }

    @Test
    void aReconnectingBrowsersLastEventIdWinsOverThePagesStartingPoint() {
        assertThat(ServerSentEvents.resumeAfter("17", "3")).isEqualTo(17);
        assertThat(ServerSentEvents.resumeAfter(null, "3")).isEqualTo(3);
        assertThat(ServerSentEvents.resumeAfter(" ", "0")).isZero();
        assertThat(ServerSentEvents.resumeAfter("not a number", null)).isEqualTo(-1);
        assertThat(ServerSentEvents.resumeAfter(null, null)).isEqualTo(-1);
    }

    @Test
    void keepAliveAndRetryAreLinesTheBrowserDoesNotShowAsEvents() {
        assertThat(ServerSentEvents.keepAlive()).startsWith(":").endsWith("\n\n");
        assertThat(ServerSentEvents.retry(1000)).isEqualTo("retry: 1000\n\n");
    }
}
