package io.abaco.workspace;

import java.nio.file.Path;

/**
 * What {@code abaco init} should create.
 *
 * @param directory the workspace to create; it must be absent or empty unless {@code force}
 * @param rows data rows of the synthetic tape, ≥ 0
 * @param seed seed of the synthetic tape (same seed, same bytes)
 * @param force write into a non-empty directory, replacing the scaffold's own files and leaving other files alone
 * @param abacoLauncher the {@code bin/abaco} the V2 service is started with; null when unknown ({@code abaco} is then
 *     looked up on the PATH)
 */
public record ScaffoldRequest(Path directory, long rows, long seed, boolean force, Path abacoLauncher) {
    public static final long DEFAULT_ROWS = 10_000;
    public static final long DEFAULT_SEED = 42;
}
