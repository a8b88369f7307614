package io.abaco.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code abaco --version}: the version and the git commit the build came from ({@code version.properties}). */
public final class VersionProvider implements IVersionProvider {
    private static final String RESOURCE = "/io/abaco/cli/version.properties";

    @Override
    public String[] getVersion() {
        Properties properties = load();
        return new String[] {
            "abaco " + value(properties, "version"), "commit " + value(properties, "commit"),
        };
    }

    /** The tool version, for manifests; "unknown" when not built by Maven. */
    public static String version() {
        return value(load(), "version");
    }

    /** The commit the build came from; "unknown" outside git. */
    public static String commit() {
        return value(load(), "commit");
    }

    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key, "").trim();
        // an unfiltered resource (running from an IDE) still holds the ${...} expression
        return value.isEmpty() || value.startsWith("${") ? "unknown" : value;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            // an unreadable resource means an unknown version, not a failed command
        }
        return properties;
    }
}
