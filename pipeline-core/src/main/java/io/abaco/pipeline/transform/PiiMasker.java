package io.abaco.pipeline.transform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Masks the values of PII columns: {@code "pii_" + first 16 hex of HMAC-SHA256(key, value)}. A column is PII when
 * its lower-cased name contains one of the configured keywords. The same value and key always give the same mask,
 * so masked columns still join. Not thread-safe (one {@link Mac} per instance).
 */
public final class PiiMasker {
    private final Mac mac;
    private final int[] maskedIndexes;
    private final List<String> maskedColumns;
    // borrowers recur across receivables: remember recent masks (bounded, cleared when full)
    private final java.util.HashMap<String, String> recent = new java.util.HashMap<>();
    private static final int RECENT_LIMIT = 1 << 16;

    public PiiMasker(PiiKey key, List<String> keywords, List<String> extraColumns) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
        }
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

    public String mask(String value) {
        String known = recent.get(value);
        if (known != null) return known;
        if (recent.size() == RECENT_LIMIT) recent.clear();
        String masked = computeMask(value);
        recent.put(value, masked);
        return masked;
    }

    // bin/abaco names this method (-XX:CompileCommand=dontinline): keep the HMAC out of the compiled per-row loop
    private String computeMask(String value) {
        byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
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
