package io.abaco.cutover.presentation;

import io.abaco.config.Secrets;

/**
 * A small builder of XHTML-compatible markup (every element closed, every attribute quoted, only the five XML
 * escapes), so the page is valid HTML5 and also parses as XML. Every piece of text goes through {@link #text} or
 * {@link #attr}: secrets redacted, then escaped. Not thread-safe.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Escapes text for element content and attribute values, after removing secrets. */
    static String escape(String text) {
        if (text == null) return "";
        String redacted = Secrets.redact(text);
        StringBuilder escaped = new StringBuilder(redacted.length() + 16);
        for (int i = 0; i < redacted.length(); i++) {
            char c = redacted.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters even as references; they carry no meaning here.
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') escaped.append(c);
                }
            }
        }
        return escaped.toString();
    }

    /** Opens {@code tag} with attributes given as name/value pairs (values escaped). */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with escaped text content. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A self-closed element, e.g. {@code <circle ... />}. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append("/>");
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup this class produced or a constant; never text from a file. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void appendAttributes(String... attributes) {
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("attributes come in name/value pairs");
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) continue;
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(attributes[i + 1]))
                    .append('"');
        }
    }
}
