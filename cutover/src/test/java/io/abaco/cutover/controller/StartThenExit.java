package io.abaco.cutover.controller;

import io.abaco.config.Workspace;
import java.nio.file.Path;

/** Run in a separate JVM by {@link OutlivesAbacoTest}: starts a service the way {@code abaco service start} does,
 * then exits, as the CLI would. */
public final class StartThenExit {
    private StartThenExit() {}

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        ServiceController controller = ServiceControllers.create(
                "v1",
                ServiceConfigBuilder.process("bash", args[1]).build(),
                new Workspace(root),
                System.getenv(),
                false);
        System.out.println(controller.start().message());
        System.exit(0);
    }
}
