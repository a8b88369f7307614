package io.abaco.config.model;

/** PostgreSQL output. {@code url} is a JDBC URL (its password is a secret); {@code user}/{@code password} optional. */
public record DatabaseConfig(boolean enabled, String url, String user, String password, String schema) {}
