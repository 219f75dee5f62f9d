package org.sealane.ais;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.sealane.cli.DecodedAisPrinter;

/**
 * Runs {@code sealane decode}'s own code over a file and reads its JSON lines back, numbers kept
 * exactly as printed (36.9100000 is not 36.91), so that formatting is compared too.
 */
final class DecodedJson {

    static final ObjectMapper JSON =
            new ObjectMapper()
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private DecodedJson() {}

    /** The messages {@code sealane decode [--unscaled] file} prints. */
    static List<ObjectNode> messages(Path file, boolean scaled) {
        return parseLines(print(file, false, scaled));
    }

    /** The lines {@code sealane decode --rejected file} prints. */
    static List<ObjectNode> rejected(Path file) {
        return parseLines(print(file, true, true));
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(json, e);
        }
    }

    private static List<ObjectNode> parseLines(String lines) {
        return lines.lines().map(DecodedJson::parse).toList();
    }

    private static String print(Path file, boolean rejected, boolean scaled) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new DecodedAisPrinter(List.of(file), out, rejected, scaled).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
