package io.abaco.cutover;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a {@code main} class of the test classpath in a separate JVM, for cross-process and crash tests. */
public final class ChildJvm {
    private ChildJvm() {}

    public static Process start(Class<?> main, Map<String, String> environment, Path log, String... args)
            throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of("-cp", classpath, main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }
}
