package io.abaco.pipeline.transform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Masks the values of PII columns: {@code "pii_" + first 16 hex of HMAC-SHA256(key, value)}. A column is PII when
 * its lower-cased name contains one of the configured keywords. The same value and key always give the same mask,
 * so masked columns still join. Not thread-safe (one {@link HmacSha256} per instance).
 */
public final class PiiMasker {
    private final HmacSha256 hmac;
    private final int[] maskedIndexes;
    private final List<String> maskedColumns;
    /** Slots of the mask cache: at most this many masks are remembered, whatever the tape's size. */
    static final int CACHE_SLOTS = 1 << 14;

    // Rows come grouped by receivable, so most rows repeat the previous row's value: one equals() finds it. Other
    // repeats go through a direct-mapped cache, a value's slot chosen by its hash: a new value replaces only the
    // one in its slot. Measured on the 1M-row demo tape (99k borrowers, repeats ~37k receivables apart): a map big
    // enough to hold them all cost more per lookup (cache misses through its nodes) than the HMAC it saved; small
    // arrays stay in the CPU's cache and still serve tapes with a few thousand recurring values.
    private String lastValue;
    private String lastMask;
    private final int[] cachedHashes = new int[CACHE_SLOTS];
    private final String[] cachedValues = new String[CACHE_SLOTS];
    private final String[] cachedMasks = new String[CACHE_SLOTS];
    private long computed;

    public PiiMasker(PiiKey key, List<String> keywords, List<String> extraColumns) {
        hmac = new HmacSha256(key.bytes());
        List<Integer> indexes = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int index = 0; index < extraColumns.size(); index++) {
            String name = extraColumns.get(index).toLowerCase(Locale.ROOT);
            for (String keyword : keywords) {
                if (name.contains(keyword.toLowerCase(Locale.ROOT))) {
                    indexes.add(index);
                    columns.add(extraColumns.get(index));
                    break;
                }
            }
        }
        maskedIndexes = indexes.stream().mapToInt(Integer::intValue).toArray();
        maskedColumns = List.copyOf(columns);
    }

    /** Names of the extra columns that are masked, in tape order. */
    public List<String> maskedColumns() {
        return maskedColumns;
    }

    /** The mask of a non-null value. */
    public String mask(String value) {
        if (value.equals(lastValue)) return lastMask;
        int hash = value.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (CACHE_SLOTS - 1);
        String masked;
        if (cachedHashes[slot] == hash && value.equals(cachedValues[slot])) {
            masked = cachedMasks[slot];
        } else {
            masked = computeMask(value);
            computed++;
            cachedHashes[slot] = hash;
            cachedValues[slot] = value;
            cachedMasks[slot] = masked;
        }
        lastValue = value;
        lastMask = masked;
        return masked;
    }

    /** How many HMACs were computed (tests: repeats are served from the cache). */
    long computedCount() {
        return computed;
    }

    /** How many masks are remembered (tests: the memory stays bounded). */
    int rememberedCount() {
        int count = 0;
        for (String value : cachedValues) if (value != null) count++;
        return count;
    }

    // bin/abaco names this method (-XX:CompileCommand=dontinline): keep the HMAC out of the compiled per-row loop
    private String computeMask(String value) {
        byte[] digest = hmac.mac(value.getBytes(StandardCharsets.UTF_8));
        return "pii_" + HexFormat.of().formatHex(digest, 0, 8);
    }

    /** The extras with PII columns masked (a new array when anything was masked; null values stay null). */
    public String[] maskExtras(String[] extras) {
        if (maskedIndexes.length == 0 || extras == null) return extras;
        String[] masked = extras.clone();
        for (int index : maskedIndexes) {
            if (index < masked.length && masked[index] != null) masked[index] = mask(masked[index]);
        }
        return masked;
    }
}
