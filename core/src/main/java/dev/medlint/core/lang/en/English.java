package dev.medlint.core.lang.en;

import dev.medlint.core.lang.Analyzer;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.LanguageProfile;

/** English: the {@link EnglishProfile} and OpenNLP's models, loaded on first use by this instance. */
public final class English implements Language {
    private final LanguageProfile profile = new EnglishProfile();
    private final Analyzer analyzer = new OpenNlpAnalyzer();

    @Override
    public String id() {
        return "en";
    }

    @Override
    public String name() {
        return "English";
    }

    /** Text not mostly in Hangul (Latin letters, digits, symbols): "필러 시술" inside an English sentence stays English. */
    @Override
    public boolean claims(CharSequence text, int start, int end) {
        return !dev.medlint.core.lang.Script.mostlyHangul(text, start, end);
    }

    @Override
    public LanguageProfile profile() {
        return profile;
    }

    @Override
    public Analyzer analyzer() {
        return analyzer;
    }
}
