package io.abaco.cutover.report;

/**
 * A file a phase produced or relied on, with its checksum so that later phases (and people) can tell it is intact.
 *
 * @param path workspace-relative path (absolute only when outside the workspace)
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
public record Artifact(String path, String sha256) {}
