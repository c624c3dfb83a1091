package dev.medlint.core.lang.en;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The regular inflected forms of an English word (guarantee: guarantees, guaranteed, guaranteeing). The word scan
 * uses them to find every form of a term without running the lemmatizer over the whole text.
 */
final class EnglishInflections {
    private EnglishInflections() {
    }

    static Set<String> of(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
            if (word.chars().allMatch(Character::isLetter)) {
                forms.add(word + "s");
            }
            return forms;
        }
        char last = word.charAt(word.length() - 1);
        char beforeLast = word.charAt(word.length() - 2);
        String stem = word.substring(0, word.length() - 1);
        forms.add(word + "s");
        if (last == 'e') {
            forms.add(word + "d");
            forms.add(stem + "ing");
        } else if (last == 'y' && !isVowel(beforeLast)) {
            forms.add(stem + "ies");
            forms.add(stem + "ied");
            forms.add(word + "ing");
        } else {
            if (last == 's' || last == 'x' || last == 'z' || word.endsWith("ch") || word.endsWith("sh")) {
                forms.add(word + "es");
            }
            forms.add(word + "ed");
            forms.add(word + "ing");
            if (isShortConsonantVowelConsonant(word)) {
                forms.add(word + last + "ed");
                forms.add(word + last + "ing");
            }
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean isShortConsonantVowelConsonant(String w) {
        int n = w.length();
        char c3 = w.charAt(n - 1);
        return n <= 4 && !isVowel(c3) && c3 != 'w' && c3 != 'x' && c3 != 'y' && isVowel(w.charAt(n - 2))
                && !isVowel(w.charAt(n - 3));
    }
}
