package io.abaco.pipeline.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** abaco's version, from the build (resource filtered by Maven). */
public final class ToolVersion {
    private static final String VERSION = load();

    private ToolVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/io/abaco/pipeline/version.properties")) {
            if (in == null) return "unknown";
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
