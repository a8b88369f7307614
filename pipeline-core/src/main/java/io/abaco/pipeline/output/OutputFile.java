package io.abaco.pipeline.output;

/**
 * One file a run wrote, as recorded in {@code manifest.json}.
 *
 * @param path workspace-relative path (absolute when outside the workspace)
 * @param bytes size in bytes
 * @param rows data rows (header excluded); lines for JSON lines and the audit trail; 0 for documents
 * @param sha256 hex sha256 of the content
 */
public record OutputFile(String path, long bytes, long rows, String sha256) {}
