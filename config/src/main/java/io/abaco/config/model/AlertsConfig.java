package io.abaco.config.model;

/** Where alerts go. */
public record AlertsConfig(SlackConfig slack) {}
