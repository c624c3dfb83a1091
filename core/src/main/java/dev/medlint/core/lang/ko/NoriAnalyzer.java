package dev.medlint.core.lang.ko;

import dev.medlint.core.lang.Analyzer;
import dev.medlint.core.lang.BackgroundLoad;
import dev.medlint.core.lang.Span;
import dev.medlint.core.lang.Token;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.Dictionary;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.UnknownDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Korean analysis with Lucene Nori and its bundled mecab-ko-dic: every token is split into its morphemes (a noun, a
 * particle {@code J}, a predicate stem {@code VV}/{@code VA}/{@code VX}, an ending {@code E} ...), each with the
 * mecab-ko-dic tag and a stem (a predicate's stem is given its dictionary form: 없 -> 없다). Compounds are kept
 * whole ({@code DecompoundMode.NONE}; DISCARD would drop them). Offsets point into the sentence: a morpheme Nori
 * reads off the surface (부작용|이) has its own span; the morphemes of a fused form (했 = 하 + 았) share the span of
 * the characters that realise them.
 *
 * <p>The dictionary (a few seconds to read) is loaded the first time a Korean sentence is analysed, and only then;
 * Nori keeps it for the process. Tokenizers are not thread-safe, so each thread gets its own.
 */
public final class NoriAnalyzer implements Analyzer {
    private static final String VERSION = "lucene-nori-9.12-mecab-ko-dic-2.1.1";

    private volatile boolean loaded;
    private boolean warming;
    private final ThreadLocal<KoreanTokenizer> tokenizers = ThreadLocal.withInitial(this::newTokenizer);

    @Override
    public List<Span> sentences(String text) {
        return KoreanSentences.split(text);
    }

    @Override
    public List<Span> tokens(String sentence) {
        List<Span> out = new ArrayList<>();
        for (Token t : analyze(sentence)) {
            out.add(new Span(t.start(), t.end()));
        }
        return out;
    }

    /** Tags of tokens analysed one by one (context-free; {@link #analyze} is what rules use). */
    @Override
    public String[] tags(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            List<Token> ms = analyze(tokens[i]);
            out[i] = ms.isEmpty() ? "SY" : ms.get(0).tag();
        }
        return out;
    }

    @Override
    public String[] lemmas(String[] tokens, String[] tags) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            List<Token> ms = analyze(tokens[i]);
            out[i] = ms.isEmpty() ? tokens[i] : ms.get(0).lemma();
        }
        return out;
    }

    /**
     * The morphemes of a sentence in order, white space left out: surface, [start, end) in the sentence, tag and
     * stem.
     */
    @Override
    public List<Token> analyze(String sentence) {
        KoreanTokenizer tk = tokenizers.get();
        List<Token> out = new ArrayList<>();
        try {
            tk.setReader(new StringReader(blankJoiners(sentence)));
            tk.reset();
            OffsetAttribute off = tk.getAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tk.getAttribute(PartOfSpeechAttribute.class);
            while (tk.incrementToken()) {
                int s = off.startOffset();
                int e = off.endOffset();
                String surface = sentence.substring(s, e);
                if (surface.isBlank()) {
                    continue;
                }
                Dictionary.Morpheme[] parts = pos.getMorphemes();
                if (parts == null || parts.length == 0 || pos.getPOSType() == POS.Type.COMPOUND) {
                    out.add(morpheme(surface.strip(), s, s + surface.strip().length(), pos.getLeftPOS()));
                } else {
                    for (Dictionary.Morpheme m : parts) {
                        out.add(morpheme(m.surfaceForm, s, e, m.posTag));
                    }
                }
            }
            tk.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not throw
        } finally {
            try {
                tk.close();
            } catch (IOException ignored) {
                // closing a tokenizer over a StringReader cannot fail
            }
        }
        return out;
    }

    /**
     * The sentence with emoji variation selectors, the zero-width joiner and the keycap mark turned into spaces (same
     * length, so offsets hold): Nori glues them to the next Hangul word as one unknown token, so "✔️노붓기" and
     * "✔️확실한 효과" would lose their words.
     */
    static String blankJoiners(String sentence) {
        char[] cs = null;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '\uFE0E' || c == '\uFE0F' || c == '\u200D' || c == '\u20E3') {
                if (cs == null) {
                    cs = sentence.toCharArray();
                }
                cs[i] = ' ';
            }
        }
        return cs == null ? sentence : new String(cs);
    }

    private static Token morpheme(String surface, int start, int end, POS.Tag tag) {
        String name = tag.name();
        String stem = surface;
        if (name.equals("VV") || name.equals("VA") || name.equals("VX") || name.equals("VCN") || name.equals("VCP")
                || name.equals("XSV") || name.equals("XSA")) {
            stem = surface + "다";
        }
        return new Token(surface, start, end, name, stem);
    }

    @Override
    public String modelVersion() {
        return VERSION;
    }

    @Override
    public synchronized boolean preload() {
        if (loaded) {
            return false;
        }
        tokenizers.get();
        return true;
    }

    /**
     * Reads Nori's dictionaries on two daemon threads, once: the connection costs (the largest file, decoded value
     * by value) on one, the word and unknown-word dictionaries on the other, so that on two cores they load side by
     * side. A tokenizer created meanwhile waits for the loads under way (Nori's holders) instead of starting others;
     * a load that fails is left to it, and the analyzer does not count as loaded.
     */
    @Override
    public void warmUpInBackground() {
        synchronized (this) {
            if (loaded || warming) {
                return;
            }
            warming = true;
        }
        AtomicInteger running = new AtomicInteger(2);
        Runnable done = () -> {
            if (running.decrementAndGet() == 0) {
                loaded = true;
            }
        };
        BackgroundLoad.start("medlint-nori-costs", () -> {
            NoriConnectionCosts.get();
            done.run();
        });
        BackgroundLoad.start("medlint-nori-words", () -> {
            TokenInfoDictionary.getInstance();
            UnknownDictionary.getInstance();
            done.run();
        });
    }

    /** Whether the dictionary has been loaded by this analyzer (tests check English-only input never loads it). */
    public boolean isLoaded() {
        return loaded;
    }

    private KoreanTokenizer newTokenizer() {
        KoreanTokenizer tk = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                TokenInfoDictionary.getInstance(), UnknownDictionary.getInstance(), NoriConnectionCosts.get(), null,
                KoreanTokenizer.DecompoundMode.NONE, false, false);
        tk.addAttribute(OffsetAttribute.class);
        tk.addAttribute(PartOfSpeechAttribute.class);
        loaded = true;
        return tk;
    }
}
