package io.abaco.pipeline.ingest.dedup;

/**
 * A 64-bit hash of a tuple of key values, each trimmed of surrounding spaces and tabs.
 *
 * <p>Each character goes through {@code h = (h ^ c) * K}, a bijection of the state for a fixed character, so two
 * different values of the same length never collide before the end of the value; each value ends with its length
 * (so {@code ("ab","c")} and {@code ("a","bc")} differ) and the whole tuple goes through MurmurHash3's {@code fmix64}
 * finalizer, which spreads every bit over the 64-bit result. Null and empty values hash alike (both "missing").
 *
 * <p>Stateless and thread-safe. Not a cryptographic hash: a tape crafted to collide could do so.
 */
public final class KeyHasher {
    private static final long SEED = 0x6A09E667F3BCC908L;
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private KeyHasher() {}

    /** Starts a tuple. */
    public static long start() {
        return SEED;
    }

    /** Adds one value (null means missing) to the tuple hashed so far. */
    public static long add(long hash, String value) {
        int start = 0;
        int end = value == null ? 0 : value.length();
        while (start < end && isBlank(value.charAt(start))) start++;
        while (end > start && isBlank(value.charAt(end - 1))) end--;
        long h = hash;
        for (int i = start; i < end; i++) {
            h = (h ^ value.charAt(i)) * MULTIPLIER;
        }
        return fmix64(h ^ (end - start)) * MULTIPLIER;
    }

    /** Finishes a tuple. */
    public static long finish(long hash) {
        return fmix64(hash);
    }

    static long fmix64(long value) {
        long k = value;
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
