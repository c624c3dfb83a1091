package dev.medlint.core.analysis;

import dev.medlint.core.lang.BackgroundLoad;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.LiteralTable;
import dev.medlint.core.lang.RuleTables;
import dev.medlint.core.lang.WordTable;
import dev.medlint.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link RuleTables} of a linter's rules for each language, built on a daemon thread when the second document of
 * that language asks for them: building takes about a tenth of a second, which a check of one small file should
 * neither wait for nor spend on the core its models load on. Until they are ready, documents are checked without
 * tables: the rules then search each block and look each word up
 * themselves, and find the same, so which documents had the tables never changes a report.
 */
final class LanguageTables {
    /** When tables are built: on a daemon thread (checks), on the first asking thread, or never (tests). */
    enum Build { IN_BACKGROUND, AT_ONCE, NEVER }

    private final List<Rule> rules;
    private final Build build;
    private final ConcurrentHashMap<Language, Slot> slots = new ConcurrentHashMap<>();

    private static final class Slot {
        private volatile RuleTables tables;
        private final AtomicInteger asked = new AtomicInteger();
    }

    LanguageTables(List<Rule> rules) {
        this(rules, Build.IN_BACKGROUND);
    }

    LanguageTables(List<Rule> rules, Build build) {
        this.rules = rules;
        this.build = build;
    }

    /** The tables of the rules of this language, or null while they are being built. */
    RuleTables of(Language language) {
        if (build == Build.NEVER) {
            return null;
        }
        if (build == Build.AT_ONCE) {
            return slots.computeIfAbsent(language, l -> {
                Slot s = new Slot();
                s.tables = build(l);
                return s;
            }).tables;
        }
        Slot slot = slots.computeIfAbsent(language, l -> new Slot());
        RuleTables t = slot.tables;
        if (t == null && slot.asked.incrementAndGet() == 2) {
            Slot s = slot;
            BackgroundLoad.start("medlint-rule-tables", () -> s.tables = build(language));
        }
        return t;
    }

    private RuleTables build(Language language) {
        List<String> literals = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Rule r : rules) {
            if (r.language() == language) {
                literals.addAll(r.literals());
                words.addAll(r.words());
            }
        }
        return new RuleTables(LiteralTable.of(literals), WordTable.of(words));
    }
}
