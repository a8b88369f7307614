package io.abaco.cutover.controller;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a program on the PATH of the environment handed to the controllers. The JVM would look it up on its own
 * PATH, so a {@code systemctl} placed first on the child's PATH would otherwise be ignored.
 */
final class Executables {
    private Executables() {}

    /** The absolute path of {@code program} on {@code environment}'s PATH, or the name itself when not found. */
    static String resolve(String program, Map<String, String> environment) {
        return find(program, environment).map(Path::toString).orElse(program);
    }

    static Optional<Path> find(String program, Map<String, String> environment) {
        if (program.contains("/")) return Optional.of(Path.of(program));
        String path = environment.getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) continue;
            Path candidate = Path.of(directory, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
