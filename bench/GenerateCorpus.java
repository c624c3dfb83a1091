import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic benchmark corpus of clinic-style articles (Markdown, HTML and plain text): mostly careful
 * prose with hedged claims, some violations, side-effect notices and compliance statements, in the proportions of
 * the genre. Usage: java bench/GenerateCorpus.java OUT_DIR [FILES] [BYTES_PER_FILE]
 */
public class GenerateCorpus {
    private static final List<String> PROSE = List.of(
            "As the seasons change, many people notice that the jawline looks softer than it did a few years ago.",
            "The tissue that supports the skin loosens gradually, and fat slowly moves downward over time.",
            "A mini facelift is a procedure in which a short incision is made near the sideburn inside the hairline.",
            "Thread lifting places dissolvable threads under the skin to reposition tissue that has descended.",
            "Filler adds volume where it has been lost, for example in the temples or under the eyes.",
            "The right method depends on the thickness of the skin, the degree of sagging and the patient's goals.",
            "Compared with a full facelift, the incision of a mini lift is shorter and the dissection is limited.",
            "It may help improve sagging along the lower face, depending on the individual.",
            "Recovery differs from person to person, and most people plan a few quiet days after the procedure.",
            "During the consultation, the doctor examines how the face moves when the patient speaks and smiles.",
            "The most important step is an accurate diagnosis of what is causing the change in contour.",
            "Not only the skin but also the deeper layers are considered when a plan is made.",
            "Results vary, and some people may need a different approach after a careful examination.",
            "The SMAS layer is a thin fascial layer beneath the skin that helps hold the face in shape.",
            "We recommend choosing a method based on diagnosis rather than on the price or the name of a technique.",
            "Hyaluronic acid filler is gradually absorbed by the body over a period of months.",
            "Threads with small cogs grip the tissue and may encourage collagen formation over time.",
            "Please avoid strenuous exercise and saunas for about a week after the procedure.",
            "Can a thread lift be combined with filler? In some cases the two are planned together.",
            "The first step is a face-to-face consultation with a board-certified plastic surgeon.",
            "Swelling usually settles within one to two weeks, though this differs between individuals.",
            "Only a small incision is needed, and the scar is placed where hair usually covers it.");
    private static final List<String> VIOLATIONS = List.of(
            "Our thread lift guarantees a sharper jawline for every patient.",
            "We are the best lifting clinic in Gangnam.",
            "There are no side effects, and the procedure is completely painless.",
            "This filler removes deep folds completely.",
            "Unlike other clinics, we only use premium threads.",
            "Book this month and receive a free skin booster with your mini lift.",
            "Our clinic won the Korea Beauty Award two years in a row.",
            "Dr. Han, our lifting specialist, designs every thread vector himself.",
            "Read our real patient reviews before you book.",
            "Mini lifting restores a youthful contour.");
    private static final List<String> NOTICES = List.of(
            "Swelling, bruising, asymmetry, infection or nerve injury may occur depending on the individual.",
            "Side effects such as bruising, dimpling and inflammation may occur after thread lifting.",
            "All procedures carry a risk of side effects, including bleeding, infection and scarring.");
    private static final String STATEMENT =
            "This article was written in compliance with Article 56 of the Medical Service Act.";

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-corpus");
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int bytesPerFile = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        Random random = new Random(56);
        Files.createDirectories(out);
        long total = 0;
        for (int i = 0; i < files; i++) {
            int kind = i % 3;
            StringBuilder body = new StringBuilder();
            List<String> paragraphs = new java.util.ArrayList<>();
            int approx = 0;
            while (approx < bytesPerFile - 400) {
                StringBuilder p = new StringBuilder();
                int sentences = 3 + random.nextInt(4);
                for (int s = 0; s < sentences; s++) {
                    String sentence = random.nextInt(40) == 0 ? pick(VIOLATIONS, random) : pick(PROSE, random);
                    p.append(s == 0 ? "" : " ").append(sentence);
                }
                paragraphs.add(p.toString());
                approx += p.length() + 2;
            }
            if (random.nextInt(4) != 0) {
                paragraphs.add(pick(NOTICES, random));
            }
            if (random.nextInt(3) != 0) {
                paragraphs.add(STATEMENT);
            }
            String title = "Lifting notes " + (i + 1);
            String name;
            switch (kind) {
                case 0 -> {
                    name = "article-" + i + ".md";
                    body.append("# ").append(title).append("\n\n");
                    for (String p : paragraphs) {
                        body.append(wrap(p, 100)).append("\n\n");
                    }
                }
                case 1 -> {
                    name = "article-" + i + ".html";
                    body.append("<html><head><title>").append(title).append("</title></head><body>\n<h1>")
                            .append(title).append("</h1>\n");
                    for (String p : paragraphs) {
                        body.append("<p>").append(p.replace("&", "&amp;")).append("</p>\n");
                    }
                    body.append("</body></html>\n");
                }
                default -> {
                    name = "article-" + i + ".txt";
                    body.append(title).append("\n\n");
                    for (String p : paragraphs) {
                        body.append(wrap(p, 60)).append("\n\n");
                    }
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

    /** Clinic posts wrap lines in the middle of sentences. */
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
