package io.abaco.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts the passwords written in URLs ({@code user:pass@host} and {@code password=...}) of a text. */
final class UrlPasswords {
    private static final Pattern USER_INFO = Pattern.compile("://[^/:@\\s\"']+:([^@/\\s\"']+)@");
    private static final Pattern PARAMETER = Pattern.compile("(?i)password=([^&;\\s\"']+)");

    private UrlPasswords() {}

    static List<String> of(String text) {
        List<String> passwords = new ArrayList<>();
        for (Pattern pattern : List.of(USER_INFO, PARAMETER)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                passwords.add(matcher.group(1));
                String decoded = decode(matcher.group(1));
                if (!decoded.equals(matcher.group(1))) passwords.add(decoded);
            }
        }
        return passwords;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
