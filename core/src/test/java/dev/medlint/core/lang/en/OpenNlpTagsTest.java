package dev.medlint.core.lang.en;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/**
 * The tagger medlint runs (a beam of one) gives the tags of the model as shipped (a beam of three) on every distinct
 * sentence of the samples and the evaluation sets, tokenized and prepared as a check does.
 */
class OpenNlpTagsTest {
    private static final List<Path> TEXTS = List.of(Path.of("../samples"), Path.of("../rules/src/test/resources/eval"));

    @Test
    void theGreedyTaggerAgreesWithTheShippedBeam() throws IOException {
        POSModel shipped = OpenNlpAnalyzer.shippedTagModel();
        assertEquals("3", shipped.getManifestProperty("BeamSize"), "the comparison is with a wider beam");
        POSTaggerME reference = new POSTaggerME(shipped);
        POSModel oneBeam = OpenNlpAnalyzer.greedy(shipped);
        assertEquals("1", oneBeam.getManifestProperty("BeamSize"));
        POSTaggerME greedy = new POSTaggerME(oneBeam);
        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer();
        Set<String> seen = new HashSet<>();
        int tokens = 0;
        for (Path root : TEXTS) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(md|txt|html|tsv)"))
                        .sorted().toList();
            }
            for (Path f : files) {
                for (String paragraph : Files.readString(f).split("\\n\\s*\\n|\\t")) {
                    for (var span : analyzer.sentences(paragraph)) {
                        String sentence = paragraph.substring(span.start(), span.end());
                        if (!seen.add(sentence)) {
                            continue;
                        }
                        String[] words = analyzer.tokens(sentence).stream()
                                .map(t -> sentence.substring(t.start(), t.end())).toArray(String[]::new);
                        String[] input = OpenNlpAnalyzer.headline(words) ? OpenNlpAnalyzer.lowerCase(words) : words;
                        assertArrayEquals(reference.tag(input), greedy.tag(input), () -> "tags of: " + sentence);
                        tokens += words.length;
                    }
                }
            }
        }
        assertTrue(seen.size() > 3000 && tokens > 50_000, seen.size() + " sentences, " + tokens + " tokens");
    }
}
