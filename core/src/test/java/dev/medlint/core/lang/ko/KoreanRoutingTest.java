package dev.medlint.core.lang.ko;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.lang.Languages;
import dev.medlint.core.lang.Span;
import dev.medlint.core.lang.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Korean analyzer: morphemes with stems, 없애다 apart from 없다, sentence ends, and a lazy dictionary. */
class KoreanRoutingTest {
    @Test
    void morphemesCarryTagsStemsAndOffsetsIntoTheSentence() {
        String s = "부작용없음, 주름을 없애는 시술";
        List<Token> ms = new NoriAnalyzer().analyze(s);
        assertTrue(ms.stream().anyMatch(t -> t.lemma().equals("없다") && t.tag().equals("VA")), ms.toString());
        assertTrue(ms.stream().anyMatch(t -> t.lemma().equals("없애다")), ms.toString());
        for (Token t : ms) {
            assertTrue(t.start() >= 0 && t.end() <= s.length() && t.start() < t.end(), t.toString());
        }
        assertEquals("부작용", s.substring(ms.get(0).start(), ms.get(0).end()));
    }

    @Test
    void anEmojiVariationSelectorDoesNotGlueTheNextWordIntoAnUnknownToken() {
        String s = "✔️노붓기 ✔️확실한 효과";
        List<Token> ms = new NoriAnalyzer().analyze(s);
        assertTrue(ms.stream().anyMatch(t -> t.text().equals("확실")), ms.toString());
        assertTrue(ms.stream().anyMatch(t -> t.text().equals("노")), ms.toString());
        assertTrue(ms.stream().noneMatch(t -> t.tag().equals("UNKNOWN")), ms.toString());
        for (Token t : ms) {
            assertTrue(t.start() >= 0 && t.end() <= s.length() && t.start() < t.end(), t.toString());
        }
    }

    @Test
    void sentencesEndAtKoreanEndingsButNotAtAWrappedLine() {
        String text = "시술은 보통 30분 정도 걸리며 마취 방법과 시술 범위는 피부 상태와 개인에 따라\n다를 수 있습니다. 궁금하신가요? 편하게 오세요~ 😊\n- 항목 하나\n- 항목 둘";
        List<Span> spans = KoreanSentences.split(text);
        List<String> out = spans.stream().map(x -> x.of(text)).toList();
        assertEquals(List.of("시술은 보통 30분 정도 걸리며 마취 방법과 시술 범위는 피부 상태와 개인에 따라\n다를 수 있습니다.", "궁금하신가요?", "편하게 오세요~ 😊",
                "- 항목 하나", "- 항목 둘"), out);
    }

    @Test
    void theDictionaryIsNotLoadedUntilKoreanTextIsAnalysed() {
        Korean korean = (Korean) Languages.builtIn().find("ko").orElseThrow();
        korean.analyzer().sentences("Thread lifting may cause bruising.");
        assertFalse(korean.analyzer().isLoaded());
        korean.analyzer().analyze("부기가 생길 수 있습니다.");
        assertTrue(korean.analyzer().isLoaded());
    }
}
