package org.sealane.cli;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;

/** A Kafka client's failure as the one line a command ends with. */
final class KafkaFailure {

    private KafkaFailure() {}

    /** A broker that did not answer in time is named with the topic; any other failure as is. */
    static IllegalStateException of(KafkaException e, String bootstrapServers, String topic) {
        if (e instanceof TimeoutException) {
            return new IllegalStateException(
                    "no answer from Kafka at "
                            + bootstrapServers
                            + " about topic '"
                            + topic
                            + "': "
                            + e.getMessage(),
                    e);
        }
        return new IllegalStateException("Kafka: " + message(e), e);
    }

    /** An exception's message, with its cause's when that says more. */
    static String message(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !cause.getMessage().equals(message)) {
            message = (message == null ? "" : message + ": ") + cause.getMessage();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
