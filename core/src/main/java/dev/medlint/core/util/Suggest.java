package dev.medlint.core.util;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for misspelt keys, ids and values: the closest known word within a small edit distance. */
public final class Suggest {
    private Suggest() {
    }

    public static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word.toLowerCase(), k.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        // A word cut short ("warn", "explan") is closer than its edit distance says.
        if (word.length() >= 3) {
            String lower = word.toLowerCase();
            Optional<String> prefixOf = known.stream().filter(k -> k.toLowerCase().startsWith(lower)).sorted()
                    .findFirst();
            if (prefixOf.isPresent()) {
                return prefixOf;
            }
            // Another form of the same word ("negation" for "negated"): a long common beginning.
            String bestPrefix = null;
            int longest = 0;
            for (String k : known) {
                int n = commonPrefix(lower, k.toLowerCase());
                if (n > longest) {
                    longest = n;
                    bestPrefix = k;
                }
            }
            if (bestPrefix != null && longest >= 5 && longest * 2 >= word.length()) {
                return Optional.of(bestPrefix);
            }
        }
        return Optional.empty();
    }

    /** " (did you mean 'x'?)" or "". */
    public static String hint(String word, Collection<String> known) {
        return closest(word, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
