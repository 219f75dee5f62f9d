package org.sealane.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Writes one JSON object as a line, with sealane's conventions: times as ISO-8601 UTC. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private Json() {}

    static String object(Body body) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            body.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static void time(JsonGenerator json, String field, long epochMillis, boolean known)
            throws IOException {
        if (known) {
            json.writeStringField(field, Instant.ofEpochMilli(epochMillis).toString());
        } else {
            json.writeNullField(field);
        }
    }
}
