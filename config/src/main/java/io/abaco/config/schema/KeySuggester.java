package io.abaco.config.schema;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known key an operator most likely meant, by edit distance (a swap of two letters counts as one edit). */
public final class KeySuggester {
    private KeySuggester() {}

    /** The nearest candidate, when it is close enough to be a plausible typo of {@code key}. */
    public static Optional<String> suggest(String key, Collection<String> candidates) {
        int tolerance = Math.max(2, key.length() / 3);
        return candidates.stream()
                .filter(candidate -> distance(key, candidate) <= tolerance)
                .min(Comparator.comparingInt((String candidate) -> distance(key, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String from, String to) {
        int[][] cost = new int[from.length() + 1][to.length() + 1];
        for (int i = 0; i <= from.length(); i++) cost[i][0] = i;
        for (int j = 0; j <= to.length(); j++) cost[0][j] = j;
        for (int i = 1; i <= from.length(); i++) {
            for (int j = 1; j <= to.length(); j++) {
                int substitution = from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1;
                int best =
                        Math.min(Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1), cost[i - 1][j - 1] + substitution);
                if (i > 1
                        && j > 1
                        && from.charAt(i - 1) == to.charAt(j - 2)
                        && from.charAt(i - 2) == to.charAt(j - 1)) {
                    best = Math.min(best, cost[i - 2][j - 2] + 1);
                }
                cost[i][j] = best;
            }
        }
        return cost[from.length()][to.length()];
    }
}
