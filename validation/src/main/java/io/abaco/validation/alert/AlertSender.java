package io.abaco.validation.alert;

/** Delivers one alert payload somewhere (a webhook; nowhere in a dry run). Implementations never throw for peer errors. */
@FunctionalInterface
public interface AlertSender {
    /** @param payloadJson the whole request body, already free of secrets */
    SendResult send(String payloadJson);

    /**
     * @param delivered true when the peer accepted the message (2xx)
     * @param attempts requests made
     * @param detail the last HTTP status or error, one line, redacted
     */
    record SendResult(boolean delivered, int attempts, String detail) {}
}
