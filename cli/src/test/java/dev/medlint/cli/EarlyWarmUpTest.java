package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.api.LanguageModels;
import dev.medlint.core.lang.Languages;
import dev.medlint.core.lang.ko.NoriAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Korean dictionary starts loading before the arguments are parsed, for Korean articles named on the line only. */
class EarlyWarmUpTest {
    @TempDir
    Path dir;

    @Test
    void aKoreanArticleNamedOnTheLineStartsTheDictionary() throws Exception {
        Path ko = Files.writeString(dir.resolve("ko.md"), "# 필러 안내\n\n필러 시술 후 붓기와 멍이 생길 수 있습니다.\n");
        Languages languages = Languages.builtIn();
        EarlyWarmUp.start(LanguageModels.of(languages), new String[] {"check", "--fail-on", "never", ko.toString()});
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!nori(languages).isLoaded() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(nori(languages).isLoaded());
    }

    @Test
    void anOptionsValueOrAFileOfAnotherKindStartsNothing() throws Exception {
        Path en = Files.writeString(dir.resolve("en.md"), "# Fillers\n\nSwelling and bruising may follow.\n");
        Path config = Files.writeString(dir.resolve("ko.yaml"), "# 설정: 한국어 주석\npacks: [kr-medical-ad]\n");
        Path value = Files.writeString(dir.resolve("value.md"), "한국어 본문입니다.\n");
        Languages languages = Languages.builtIn();
        EarlyWarmUp.start(LanguageModels.of(languages),
                new String[] {"check", "--config", value.toString(), config.toString(), en.toString()});
        Thread.sleep(1500); // the dictionary loads in well under this when it is started
        assertFalse(nori(languages).isLoaded(), "an English article, a YAML file and an option's value");
    }

    private static NoriAnalyzer nori(Languages languages) {
        return (NoriAnalyzer) languages.find("ko").orElseThrow().analyzer();
    }
}
