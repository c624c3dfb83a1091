package dev.medlint.core.lang.ko;

import dev.medlint.core.lang.Analyzer;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.LanguageProfile;

/** Korean: the {@link KoreanProfile} and Lucene Nori's morphological analysis, loaded on first Korean text. */
public final class Korean implements Language {
    private final LanguageProfile profile = new KoreanProfile();
    private final NoriAnalyzer analyzer = new NoriAnalyzer();

    @Override
    public String id() {
        return "ko";
    }

    @Override
    public String name() {
        return "Korean";
    }

    /** Text whose letters are mostly Hangul (an English product name inside a Korean sentence stays Korean). */
    @Override
    public boolean claims(CharSequence text, int start, int end) {
        return dev.medlint.core.lang.Script.mostlyHangul(text, start, end);
    }

    @Override
    public LanguageProfile profile() {
        return profile;
    }

    @Override
    public NoriAnalyzer analyzer() {
        return analyzer;
    }
}
