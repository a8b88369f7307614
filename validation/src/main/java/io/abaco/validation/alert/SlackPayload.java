package io.abaco.validation.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abaco.config.Secrets;
import io.abaco.validation.CheckResult;
import io.abaco.validation.report.ValidationReport;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Slack-compatible message ({@code text} for notifications and plain webhooks, {@code blocks} for Slack) about the
 * checks of a written report whose state changed. The text is redacted as a whole before it leaves.
 */
public final class SlackPayload {
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private SlackPayload() {}

    public static String build(ValidationReport report, List<CheckChange> changes) {
        Severity loudest =
                changes.stream().map(CheckChange::severity).min(Enum::compareTo).orElse(Severity.RESOLVED);
        String summary = changes.stream()
                .map(c ->
                        c.check().name() + " " + c.previous() + "→" + c.check().status())
                .collect(Collectors.joining(", "));
        String title = "abaco validate " + report.environment() + ": " + report.status();
        ObjectNode payload = COMPACT.createObjectNode();
        payload.put("text", "[" + loudest.label() + "] " + title + " — " + summary);
        ArrayNode blocks = payload.putArray("blocks");
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", title);
        for (CheckChange change : changes) {
            CheckResult check = change.check();
            String body = "*" + check.name() + "* — " + change.severity().label() + " (" + change.previous() + " → "
                    + check.status() + ")\n" + check.message() + "\nobserved: " + text(check.observed())
                    + " · threshold: " + text(check.threshold());
            ObjectNode section = blocks.addObject().put("type", "section");
            section.putObject("text").put("type", "mrkdwn").put("text", body);
        }
        ObjectNode context = blocks.addObject().put("type", "context");
        context.putArray("elements")
                .addObject()
                .put("type", "mrkdwn")
                .put(
                        "text",
                        "report " + report.timestamp() + " · " + report.issues().size() + " issue(s)");
        try {
            return Secrets.redact(COMPACT.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot build alert payload", e);
        }
    }

    private static String text(Object value) {
        if (value == null) return "-";
        try {
            return value instanceof String s ? s : COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
