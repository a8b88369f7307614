package io.abaco.config.model;

/** How V1 and V2 are controlled, how close V2 must be to V1, where backups go. */
public record CutoverConfig(ServiceConfig v1, ServiceConfig v2, ShadowConfig shadow, BackupConfig backup) {}
