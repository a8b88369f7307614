package io.abaco.config.placeholder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Expands {@code ${VAR}} (required), {@code ${VAR:-default}} and the literal escape {@code $${...}} in one string.
 * An unset or empty variable counts as missing. Values taken from the environment are inserted as they are and
 * never expanded again, so a variable holding {@code ${OTHER}} stays literal and no expansion can loop.
 * Thread-safe when the environment map is not modified.
 */
public final class PlaceholderResolver {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private final Map<String, String> environment;

    public PlaceholderResolver(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** What became of one string. */
    public sealed interface Resolution {}

    /** Every placeholder resolved; {@code variables} are the environment variables whose values were used. */
    public record Resolved(String value, Set<String> variables) implements Resolution {
        public Resolved {
            variables = Set.copyOf(variables);
        }
    }

    /** Required variables that are not set, in the order written. */
    public record Missing(List<String> variables) implements Resolution {
        public Missing {
            variables = List.copyOf(variables);
        }
    }

    /** A placeholder that cannot be read. */
    public record Malformed(String message) implements Resolution {}

    /** True when {@code text} may hold a placeholder. */
    public static boolean mayContainPlaceholder(String text) {
        return text != null && text.contains("${");
    }

    public Resolution resolve(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Set<String> used = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        int index = 0;
        while (index < text.length()) {
            if (text.startsWith("$${", index)) {
                int close = text.indexOf('}', index + 3);
                int end = close < 0 ? text.length() : close + 1;
                out.append(text, index + 1, end);
                index = end;
            } else if (text.startsWith("${", index)) {
                int close = text.indexOf('}', index + 2);
                if (close < 0) return new Malformed("unclosed placeholder '" + text.substring(index) + "'");
                String inner = text.substring(index + 2, close);
                int separator = inner.indexOf(":-");
                String name = separator < 0 ? inner : inner.substring(0, separator);
                if (!NAME.matcher(name).matches()) {
                    return new Malformed("invalid placeholder '${" + inner + "}': write ${NAME} or ${NAME:-default}");
                }
                String value = environment.get(name);
                if (value != null && !value.isEmpty()) {
                    out.append(value);
                    used.add(name);
                } else if (separator >= 0) {
                    out.append(inner, separator + 2, inner.length());
                } else {
                    missing.add(name);
                }
                index = close + 1;
            } else {
                out.append(text.charAt(index++));
            }
        }
        return missing.isEmpty() ? new Resolved(out.toString(), used) : new Missing(missing);
    }
}
