package dev.medlint.core.analysis;

import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.Language;
import dev.medlint.core.report.Finding;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.RuleHit;
import dev.medlint.core.rule.RuleMeta;
import dev.medlint.core.source.SourceDocument;
import dev.medlint.core.text.LineMap;
import dev.medlint.core.text.TextExtractor;
import dev.medlint.core.text.KoreanParticles;
import dev.medlint.core.text.TextView;
import dev.medlint.core.source.Format;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Runs every rule over one document, each on the blocks of its language ({@link LanguageRouter}) as that
 * language annotates them, turns what they found into
 * findings with source positions, and passes them through the finding pipeline's filters.
 */
final class DocumentChecker {
    /** Sources longer than this (characters) are checked in {@link Sections}. */
    static final int SECTIONED_ABOVE = 4 << 20;
    /** The length a section aims at. */
    static final int SECTION = 1 << 20;

    private final List<Rule> rules;
    private final FindingPipeline pipeline;
    private final Set<String> active;
    private final Set<String> wholeDocument;
    private final List<Language> languages;
    private final int threads;
    private final LanguageTables languageTables;

    /** A checker of {@code rules}; a document checked in sections has up to {@code threads} of them checked at once. */
    DocumentChecker(List<Rule> rules, FindingPipeline pipeline, int threads) {
        this(rules, pipeline, threads, new LanguageTables(rules));
    }

    /** As above, with the tables of the rules' literals (those of the linter, which are built once). */
    DocumentChecker(List<Rule> rules, FindingPipeline pipeline, int threads, LanguageTables languageTables) {
        this.rules = rules;
        this.languageTables = languageTables;
        this.threads = Math.max(1, threads);
        List<Language> ls = new ArrayList<>();
        for (Rule r : rules) {
            if (ls.stream().noneMatch(l -> l == r.language())) {
                ls.add(r.language());
            }
        }
        this.languages = List.copyOf(ls);
        this.pipeline = pipeline;
        this.active = rules.stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());
        this.wholeDocument = rules.stream().filter(Rule::judgesWholeDocument).map(Rule::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The document's findings as the pipeline's filters left them (not yet judged by the fail level or sorted: a
     * final filter may still follow), the analysed text they came from (no view for a document checked in sections),
     * and what filters know of the document.
     */
    record Checked(List<Finding> findings, TextView view, LineMap lines, DocumentContext context) {
    }

    /**
     * Checks a document: as a whole, or, when it is very large Markdown or plain text, section by section with the
     * findings moved to the document's lines and offsets. In a sectioned file each section is judged as an article
     * of its own by the rules about the whole article, and an identical finding about the whole article is kept once.
     */
    Checked check(SourceDocument doc) {
        return check(doc, SECTIONED_ABOVE, SECTION);
    }

    Checked check(SourceDocument doc, int sectionedAbove, int section) {
        String source = doc.text();
        if (source.length() <= sectionedAbove || doc.format() == Format.HTML) {
            return checkWhole(doc);
        }
        List<int[]> sections = Sections.split(source, doc.format(), section);
        if (sections.size() == 1) {
            return checkWhole(doc);
        }
        LineMap lines = new LineMap(source);
        List<Finding> all = new ArrayList<>();
        Set<String> wholeArticle = new HashSet<>();
        List<List<Finding>> parts = sectionFindings(doc, sections);
        for (int k = 0; k < sections.size(); k++) {
            int[] s = sections.get(k);
            int lineShift = lines.position(s[0]).line() - 1; // a section starts a line, so columns stay
            for (Finding f : parts.get(k)) {
                if (f.isDocumentLevel() || f.offset() < 0) {
                    if (wholeArticle.add(f.ruleId() + '\0' + f.message())) {
                        all.add(f);
                    }
                } else {
                    all.add(new Finding(f.path(), f.ruleId(), f.category(), f.severity(), f.line() + lineShift,
                            f.column(), f.endLine() + lineShift, f.endColumn(), f.message(), f.law(), f.match(),
                            f.suggestion(), f.offset() + s[0], f.endOffset() + s[0], f.pack(), f.failing(),
                            f.fingerprint()));
                }
            }
        }
        all.sort(Finding.ORDER);
        return new Checked(all, null, lines, new DocumentContext(doc.path(), source, null, lines, active, wholeDocument));
    }

    /**
     * The findings of each section, in the sections' order. One huge file would otherwise keep one core busy while
     * the others idle, so its sections are shared by up to {@code threads} workers; the merge is in order, so the
     * report is the same for any number of them.
     */
    private List<List<Finding>> sectionFindings(SourceDocument doc, List<int[]> sections) {
        List<Callable<List<Finding>>> tasks = new ArrayList<>();
        for (int[] s : sections) {
            // the section's text is cut when its task runs, so only the sections in work are copied at a time
            tasks.add(() -> checkWhole(new SourceDocument(doc.path(), doc.format(),
                    doc.text().substring(s[0], s[1]))).findings());
        }
        int workers = Math.min(threads, sections.size());
        List<List<Finding>> parts = new ArrayList<>();
        if (workers == 1) {
            for (Callable<List<Finding>> t : tasks) {
                parts.add(call(t));
            }
            return parts;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "medlint-section");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Finding>>> futures = new ArrayList<>();
            for (Callable<List<Finding>> t : tasks) {
                futures.add(pool.submit(t));
            }
            for (Future<List<Finding>> f : futures) {
                parts.add(f.get());
            }
            return parts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + doc.path(), e);
        } catch (ExecutionException e) {
            // the section's failure is the file's, as if it had been checked on this thread
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Finding> call(Callable<List<Finding>> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Checked checkWhole(SourceDocument doc) {
        TextView view = TextExtractor.forFormat(doc.format()).extract(doc.text());
        LineMap lines = new LineMap(doc.text());
        LanguageRouter.Routing routing = LanguageRouter.route(view, languages);
        Map<Language, AnnotatedText> annotated = new IdentityHashMap<>();
        Map<Language, AnnotatedText> whole = new IdentityHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            AnnotatedText text;
            if (rule.judgesWholeDocument()) {
                if (languages.size() > 1 && rule.language() != routing.main()) {
                    continue; // the document's main language judges the document as a whole
                }
                text = whole.computeIfAbsent(rule.language(), l -> routing.visibleTo(l) == null
                        ? annotated.computeIfAbsent(l, x -> annotate(view, x, null))
                        : annotate(view, l, null));
            } else {
                if (routing.seesNothing(rule.language())) {
                    continue; // not built or run for nothing: a Korean article leaves the English rules unbuilt
                }
                text = annotated.computeIfAbsent(rule.language(),
                        l -> annotate(view, l, routing.visibleTo(l)));
            }
            for (RuleHit hit : rule.check(text)) {
                findings.add(toFinding(doc.path(), rule.meta(), hit, view, lines));
            }
        }
        DocumentContext context = new DocumentContext(doc.path(), doc.text(), view, lines, active, wholeDocument);
        return new Checked(pipeline.filter(context, findings), view, lines, context);
    }

    private AnnotatedText annotate(TextView view, Language language, boolean[] visible) {
        return new AnnotatedText(view, language.analyzer(), visible, languageTables.of(language));
    }

    /** Long matches (a quoted testimonial) are cut in messages; the full text stays in the finding's match. */
    private static String shorten(String match) {
        String oneLine = match.replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    private static Finding toFinding(String path, RuleMeta meta, RuleHit hit, TextView view, LineMap lines) {
        LineMap.Position start;
        LineMap.Position end;
        int offset = -1;
        int endOffset = -1;
        if (hit.isDocumentLevel()) {
            start = new LineMap.Position(1, 1);
            end = start;
        } else {
            offset = view.sourceOffset(hit.start());
            endOffset = view.sourceEndOffset(hit.end());
            start = lines.position(offset);
            end = lines.position(endOffset);
        }
        String template = hit.message() != null ? hit.message() : meta.message();
        String message = KoreanParticles.fill(template, shorten(hit.match()));
        return new Finding(path, meta.id(), meta.category().id(), meta.severity(), start.line(), start.column(),
                end.line(), end.column(), message, meta.law(), hit.match(), meta.suggestion(), offset, endOffset,
                meta.pack(), false);
    }
}
