package io.abaco.cutover.presentation;

import java.util.Objects;

/**
 * A part of the report whose source file may be missing: either its content, or the reason it is not available
 * (which renderers print as "not available: reason"). Immutable.
 *
 * @param content the content, null when not available
 * @param unavailableReason why there is no content, null when there is
 * @param <T> the content type
 */
public record Section<T>(T content, String unavailableReason) {
    public Section {
        if ((content == null) == (unavailableReason == null)) {
            throw new IllegalArgumentException("a section has either content or a reason it is not available");
        }
    }

    public static <T> Section<T> of(T content) {
        return new Section<>(Objects.requireNonNull(content, "content"), null);
    }

    public static <T> Section<T> unavailable(String reason) {
        return new Section<>(null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean available() {
        return content != null;
    }
}
