package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.report.Finding;
import dev.medlint.core.source.Format;
import dev.medlint.core.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Korean side-effect notice read over morphemes ({@code then.notices} and {@code then.leads}): a complication
 * with a predicate of occurring in any politeness level, a table or list under a heading that announces side
 * effects, a Q&A answer; "개인차가 있을 수 있습니다" alone, a denial, a question or a played-down mention are none.
 */
class KoreanNoticeTest {
    private static final Linter LINTER = Linter.of(TestRules.load("""
            pack: test-ko-notice
            language: ko
            classes:
              complication: [부기, 붓기, 멍, 감염, 염증, 괴사, 비대칭]
              possible: [생기다, 발생하다, 나타나다, 있다]
              symptom: [부작용, 증상, 것]
            rules:
              - id: notice
                title: 부작용 고지
                category: missing-side-effect-notice
                severity: error
                law: 제56조 제2항 제7호
                type: conditional
                if:
                  mentions: [필러, 보톡스, 시술]
                  except: ['시술\\s*예약[^.]*(?:변경|받지\\s*않)']
                then:
                  mentions: [부기, 붓기, 멍, 감염, 염증, 괴사, 비대칭]
                  markers: [발생할]
                  weakeners: [거의]
                  generic: [부작용]
                  notices:
                    - '@complication + @possible'
                  leads:
                    - '@possible + @symptom'
                    - '@symptom + 있다'
                  headings: [부작용, 합병증]
                  dismissals: ['(?:다는|단)\\s*걱정[^.!?]{0,10}(?:그만|끝)']
                message: "'{match}'"
                messages:
                  generic: "generic '{match}'"
                suggestion: 고지하세요.
                examples:
                  flag: [필러 시술입니다., 보톡스 주사입니다. 개인차가 있을 수 있습니다., "필러 후 멍이 생기나요?"]
                  pass: [필러 후 멍이 생길 수 있어요., 보톡스 후 붓기가 생겨요., 진료 시간 안내입니다.]
            """));

    private static int findings(Format format, String text) {
        List<Finding> fs = LINTER.checkText("t", format, text);
        return fs.size();
    }

    @Test
    void aComplicationWithAnOccurringPredicateCountsInAnyPolitenessLevel() {
        assertEquals(0, findings(Format.TEXT, "보톡스 맞고 나면 붓기랑 멍이 좀 있을 수 있어요."));
        assertEquals(0, findings(Format.TEXT, "필러 후 드물게 염증이 생기는 경우가 있어 주의가 필요합니다."));
        assertEquals(0, findings(Format.TEXT, "필러 후 비대칭이 생기기도 해요."));
        assertEquals(0, findings(Format.TEXT, "보톡스 후 멍이 나타납니다."));
    }

    @Test
    void individualDifferencesAloneADenialAQuestionOrAPlayedDownMentionAreNoNotice() {
        assertEquals(1, findings(Format.TEXT, "필러 시술입니다. 결과는 개인차가 있을 수 있습니다."));
        assertEquals(1, findings(Format.TEXT, "필러 시술은 멍이 생기지 않아요."));
        assertEquals(1, findings(Format.TEXT, "필러 맞으면 멍이 생기나요?"));
        assertEquals(1, findings(Format.TEXT, "필러 시술 후 거의 멍이 생기지 않습니다."));
        assertEquals(1, findings(Format.TEXT, "필러 후 멍이 생기면 연락 주세요."));
    }

    @Test
    void aComplicationNamedOnlyToWaveTheWorryAwayIsNoNotice() {
        assertEquals(1, findings(Format.TEXT, "보톡스 이벤트! 멍이 생길 수 있다는 걱정은 이제 그만!"));
        assertEquals(0, findings(Format.TEXT, "보톡스 후 멍이 생길 수 있다는 점을 기억해 주세요."));
    }

    @Test
    void aTableUnderAHeadingThatAnnouncesSymptomsCounts() {
        String html = "<h1>필러 안내</h1><h2>시술 후 나타날 수 있는 증상</h2><table><tr><th>증상</th><th>빈도</th></tr>"
                + "<tr><td>붓기, 멍</td><td>흔함</td></tr><tr><td>괴사</td><td>매우 드묾</td></tr></table>";
        assertEquals(0, findings(Format.HTML, html));
        String empty = "<h1>필러 안내</h1><h2>시술 후 나타날 수 있는 증상</h2><table><tr><th>증상</th></tr>"
                + "<tr><td>개인차</td></tr></table>";
        assertEquals(1, findings(Format.HTML, empty));
    }

    @Test
    void theGeneralWordAloneIsAWeakNoticeAndSaysSo() {
        List<Finding> fs = LINTER.checkText("t", Format.TEXT, "필러 시술입니다. 개인에 따라 부작용이 발생할 수 있습니다.");
        assertEquals(1, fs.size());
        assertEquals("generic '부작용이'", fs.get(0).message());
        assertEquals(0, findings(Format.TEXT, "필러 후 멍, 감염 등의 부작용이 발생할 수 있습니다."));
    }

    @Test
    void aTableWhoseHeaderIsTheWordSideEffectsCountsButNotADenyingTitle() {
        assertEquals(0, findings(Format.HTML, "<h1>필러 안내</h1><table><tr><th>부작용</th><th>기간</th></tr>"
                + "<tr><td>멍</td><td>1~2주</td></tr></table>"));
        assertEquals(1, findings(Format.HTML, "<h1>필러 안내</h1><h2>부작용 없음</h2><p>멍</p>"));
    }

    @Test
    void aProcedureNamedOnlyAsClinicBusinessNeedsNoNotice() {
        assertEquals(0, findings(Format.TEXT, "연휴 안내\n\n시술 예약은 다음 주로 변경해 드립니다."));
        assertEquals(1, findings(Format.TEXT, "필러 이벤트\n\n시술 예약은 다음 주로 변경해 드립니다."));
    }

    @Test
    void anAnswerAfterAQuestionAboutSideEffectsCountsButADenyingAnswerDoesNot() {
        assertEquals(0, findings(Format.TEXT, "필러 Q&A\n\nQ. 부작용은 어떤 것이 있나요?\n\nA. 멍, 붓기, 드물게 감염."));
        assertEquals(1, findings(Format.TEXT, "필러 Q&A\n\nQ. 부작용은 어떤 것이 있나요?\n\nA. 멍도 붓기도 없어요!"));
    }
}
