package io.abaco.cutover.report;

/** TEMPORARY stand-in. */
public record Artifact(String path, String sha256) {}
