package io.abaco.config.model;

/** A Slack-compatible webhook; {@code webhookUrl} is a secret. At most one message per state change, {@code cooldownMinutes} apart, {@code maxPerDay} a day. */
public record SlackConfig(
        boolean enabled, String webhookUrl, double cooldownMinutes, int maxPerDay, double timeoutSeconds) {}
