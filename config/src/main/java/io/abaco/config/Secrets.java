package io.abaco.config;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knows which configuration keys hold secrets (DESIGN §4) and scrubs secret values out of any text before it is
 * printed, logged or written to a report (DESIGN §12.5).
 *
 * <p>Every secret value resolved from configuration or the environment is {@link #register registered} here;
 * {@link #redact} then replaces each occurrence, and the password of any JDBC/URL user-info, with {@link #MASK}.
 * Thread-safe.
 */
public final class Secrets {
    public static final String MASK = "***";
    private static final Set<String> SECRET_KEY_WORDS =
            Set.of("token", "password", "secret", "cookie", "webhook_url", "api_key", "apikey", "credentials");
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)([^&;\\s\"']+)");
    private static final Pattern USER_INFO = Pattern.compile("(://[^/:@\\s\"']+:)([^@/\\s\"']+)(@)");
    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

    private Secrets() {}

    /** True when a key (its last path segment) holds a secret by name. */
    public static boolean isSecretKey(String key) {
        String name = key.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot >= 0) name = name.substring(dot + 1);
        // "cookie_name" names the cookie; its value ("session") is no secret and must not be scrubbed everywhere
        if (name.endsWith("_name")) return false;
        for (String word : SECRET_KEY_WORDS) {
            if (name.contains(word)) return true;
        }
        return false;
    }

    /** Remembers a secret value so that {@link #redact} removes it everywhere. Short values are ignored. */
    public static void register(String value) {
        if (value != null && value.length() >= 4) VALUES.add(value);
    }

    /** Registers the values of environment variables whose names look secret (tokens, passwords, keys). */
    public static void registerFromEnvironment(java.util.Map<String, String> environment) {
        environment.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (isSecretKey(lower) || lower.endsWith("_key") || lower.contains("db_url")) {
                register(value);
                register(maskUrlPassword(value));
            }
        });
    }

    /** Replaces every registered secret value and every URL/JDBC password in {@code text}. Null-safe. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) return text;
        String out = text;
        for (String value : VALUES) {
            if (out.contains(value)) out = out.replace(value, MASK);
        }
        return maskUrlPassword(out);
    }

    /** Masks the password of a JDBC or URL string ({@code user:pass@host} and {@code password=...}). */
    public static String maskUrlPassword(String url) {
        if (url == null) return null;
        Matcher userInfo = USER_INFO.matcher(url);
        String out = userInfo.replaceAll("$1" + Matcher.quoteReplacement(MASK) + "$3");
        return URL_PASSWORD.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /** For tests: forget registered values. */
    static void clearForTests() {
        VALUES.clear();
    }
}
