package dev.medlint.core.analysis;

import dev.medlint.core.lang.BackgroundLoad;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.LiteralTable;
import dev.medlint.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link LiteralTable} of a linter's rules for each language, built on a daemon thread when the first document
 * of that language asks for it (building takes a tenth of a second, which a small check should not wait for). Until
 * it is ready, documents are checked without a table: the rules then search each block themselves and find the
 * same, so which documents had the table never changes a report.
 */
final class LiteralTables {
    /** When a table is built: on a daemon thread (checks), on the first asking thread, or never (tests). */
    enum Build { IN_BACKGROUND, AT_ONCE, NEVER }

    private final List<Rule> rules;
    private final Build build;
    private final ConcurrentHashMap<Language, Slot> slots = new ConcurrentHashMap<>();

    private static final class Slot {
        private volatile LiteralTable table;
    }

    LiteralTables(List<Rule> rules) {
        this(rules, Build.IN_BACKGROUND);
    }

    LiteralTables(List<Rule> rules, Build build) {
        this.rules = rules;
        this.build = build;
    }

    /** The table of the rules of this language, or null while it is being built. */
    LiteralTable of(Language language) {
        if (build == Build.NEVER) {
            return null;
        }
        if (build == Build.AT_ONCE) {
            return slots.computeIfAbsent(language, l -> {
                Slot s = new Slot();
                s.table = build(l);
                return s;
            }).table;
        }
        Slot slot = slots.get(language);
        if (slot == null) {
            Slot fresh = new Slot();
            slot = slots.putIfAbsent(language, fresh);
            if (slot == null) {
                slot = fresh;
                BackgroundLoad.start("medlint-literal-table", () -> fresh.table = build(language));
            }
        }
        return slot.table;
    }

    private LiteralTable build(Language language) {
        List<String> literals = new ArrayList<>();
        for (Rule r : rules) {
            if (r.language() == language) {
                literals.addAll(r.literals());
            }
        }
        return LiteralTable.of(literals);
    }
}
