package io.abaco.pipeline.transform;

/**
 * The HMAC key that masks PII. Never printed: {@link #toString()} hides it.
 *
 * @param bytes key material (not copied: do not modify)
 * @param source {@code env} (from {@code ABACO_PII_KEY}) or {@code workspace_file} ({@code .abaco/pii.key})
 */
public record PiiKey(byte[] bytes, String source) {
    public static final String SOURCE_ENV = "env";
    public static final String SOURCE_WORKSPACE_FILE = "workspace_file";

    @Override
    public String toString() {
        return "PiiKey[source=" + source + "]";
    }
}
