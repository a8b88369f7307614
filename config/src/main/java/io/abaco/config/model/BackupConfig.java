package io.abaco.config.model;

/** Backups go to {@code dir}/<cutover_id>/ (workspace-relative). */
public record BackupConfig(String dir) {}
