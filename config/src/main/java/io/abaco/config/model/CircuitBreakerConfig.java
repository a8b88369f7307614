package io.abaco.config.model;

/** Opens after {@code failureThreshold} consecutive failures; half-opens after {@code resetSeconds}. */
public record CircuitBreakerConfig(int failureThreshold, double resetSeconds) {}
