package io.abaco.cutover.presentation;

/**
 * Where one artifact is and how to tell it is intact.
 *
 * @param source who recorded it: a phase name, {@code backup-manifest}, or {@code evidence} for the files this report read
 * @param path workspace-relative path as recorded
 * @param sha256 lower-case hex SHA-256 as recorded; null when the producer recorded none
 * @param bytes size in bytes when recorded, else null
 * @param copyOf for a backup copy, the workspace-relative path of the original; null otherwise
 */
public record ArtifactRef(String source, String path, String sha256, Long bytes, String copyOf) {}
