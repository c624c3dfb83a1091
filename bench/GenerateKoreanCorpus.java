import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic corpus of Korean clinic-style articles (Markdown, HTML and plain text), the Korean
 * counterpart of GenerateCorpus: mostly careful prose, some violations, side-effect notices and compliance
 * statements, a few English product names. Every byte goes through the Korean analyzer, so it measures Nori.
 * Usage: java bench/GenerateKoreanCorpus.java OUT_DIR [FILES] [BYTES_PER_FILE]
 */
public class GenerateKoreanCorpus {
    private static final List<String> PROSE = List.of(
            "계절이 바뀌면 턱선이 예전보다 부드러워 보인다고 느끼는 분들이 많습니다.",
            "피부를 받치는 조직은 나이가 들면서 조금씩 느슨해지고 지방도 아래로 내려옵니다.",
            "미니거상은 귀 앞 머리카락 안쪽을 짧게 절개해 처진 조직을 당겨 올리는 수술입니다.",
            "실리프팅은 녹는 실을 피부 아래에 넣어 내려온 조직의 위치를 바로잡는 시술입니다.",
            "필러는 관자놀이나 눈 밑처럼 볼륨이 줄어든 부위를 채울 때 쓰입니다.",
            "어떤 방법이 맞는지는 피부 두께와 처짐의 정도, 원하시는 방향에 따라 달라집니다.",
            "상담에서는 말하고 웃을 때 얼굴이 어떻게 움직이는지 의료진이 직접 살펴봅니다.",
            "가장 중요한 단계는 윤곽이 변한 원인을 정확히 진단하는 일입니다.",
            "개인에 따라 처진 턱선을 개선하는 데 도움이 될 수 있습니다.",
            "회복 기간은 사람마다 다르며 대부분 시술 뒤 며칠은 여유 있게 일정을 잡으십니다.",
            "히알루론산 필러는 몇 달에 걸쳐 몸에 서서히 흡수됩니다.",
            "시술 후 일주일 정도는 사우나와 격한 운동을 피해 주세요.",
            "SMAS 층은 피부 아래에서 얼굴의 형태를 잡아 주는 얇은 근막입니다.",
            "Ultherapy 같은 초음파 장비는 깊이를 나누어 에너지를 전달합니다.",
            "보톡스는 근육의 움직임을 줄여 표정 주름을 옅게 하는 주사입니다.",
            "지방흡입은 가는 관으로 피하지방을 흡입해 몸의 라인을 다듬는 수술입니다.",
            "수술 전에는 복용 중인 약과 알레르기 여부를 꼭 알려 주세요.",
            "효과가 나타나는 시기와 유지 기간은 개인차가 있습니다.",
            "실밥은 보통 일주일 뒤 내원하셔서 제거합니다.",
            "비용은 부위와 방법에 따라 다르므로 상담 후 안내해 드립니다.",
            "최근에는 절개 없이 진행하는 방법을 문의하시는 분들도 늘었습니다.",
            "흡연은 상처 회복을 늦추므로 수술 전후 2주간 금연을 권합니다.");
    private static final List<String> VIOLATIONS = List.of(
            "부작용이 전혀 없는 실리프팅으로 바로 일상에 복귀하세요!",
            "강남 최고의 리프팅 병원, 효과를 100% 보장합니다.",
            "이번 달만 보톡스 50% 할인, 선착순 30명!",
            "연예인들이 선택한 필러로 다섯 살 어려 보여요.",
            "제가 직접 받아 봤는데 너무 만족해요ㅎㅎ",
            "타 병원과는 차원이 다른 결과를 약속드립니다.",
            "통증없이10분만에끝나는리프팅",
            "평생 유지되는 눈매교정, 지금 만나 보세요.");
    private static final List<String> NOTICES = List.of(
            "시술 후 부기, 멍, 비대칭, 감염 등의 부작용이 발생할 수 있습니다.",
            "개인에 따라 출혈, 염증, 신경 손상 등의 합병증이 생길 수 있으니 전문의와 상담하세요.",
            "필러 시술 후 드물게 혈관 폐색이나 괴사가 발생할 수 있습니다.");
    private static final String STATEMENT = "본 게시물은 의료법 제56조를 준수하여 작성되었습니다.";

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-corpus-ko");
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int bytesPerFile = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        Random random = new Random(56);
        Files.createDirectories(out);
        long total = 0;
        for (int i = 0; i < files; i++) {
            List<String> paragraphs = new ArrayList<>();
            int approx = 0;
            while (approx < bytesPerFile - 500) {
                StringBuilder p = new StringBuilder();
                int sentences = 3 + random.nextInt(4);
                for (int s = 0; s < sentences; s++) {
                    String sentence = random.nextInt(40) == 0 ? pick(VIOLATIONS, random) : pick(PROSE, random);
                    p.append(s == 0 ? "" : " ").append(sentence);
                }
                paragraphs.add(p.toString());
                approx += p.toString().getBytes(StandardCharsets.UTF_8).length + 2;
            }
            if (random.nextInt(4) != 0) {
                paragraphs.add(pick(NOTICES, random));
            }
            if (random.nextInt(3) != 0) {
                paragraphs.add(STATEMENT);
            }
            String title = "리프팅 이야기 " + (i + 1);
            StringBuilder body = new StringBuilder();
            String name;
            switch (i % 3) {
                case 0 -> {
                    name = "article-" + i + ".md";
                    body.append("# ").append(title).append("\n\n");
                    paragraphs.forEach(p -> body.append(wrap(p, 45)).append("\n\n"));
                }
                case 1 -> {
                    name = "article-" + i + ".html";
                    body.append("<html><head><title>").append(title).append("</title></head><body>\n<h1>")
                            .append(title).append("</h1>\n");
                    paragraphs.forEach(p -> body.append("<p>").append(p).append("</p>\n"));
                    body.append("</body></html>\n");
                }
                default -> {
                    name = "article-" + i + ".txt";
                    body.append(title).append("\n\n");
                    paragraphs.forEach(p -> body.append(wrap(p, 30)).append("\n\n"));
                }
            }
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            total += bytes.length;
            Files.write(out.resolve(name), bytes);
        }
        System.out.printf("wrote %d articles, %.1f MB, to %s%n", files, total / 1e6, out);
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** Clinic posts wrap lines in the middle of sentences (widths in characters, Hangul being wide). */
    private static String wrap(String text, int width) {
        StringBuilder b = new StringBuilder();
        int line = 0;
        for (String word : text.split(" ")) {
            if (line > 0 && line + word.length() + 1 > width) {
                b.append('\n');
                line = 0;
            } else if (line > 0) {
                b.append(' ');
                line++;
            }
            b.append(word);
            line += word.length();
        }
        return b.toString();
    }
}
