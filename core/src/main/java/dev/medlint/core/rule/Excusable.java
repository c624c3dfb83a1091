package dev.medlint.core.rule;

import java.util.List;
import java.util.Set;
import com.google.re2j.Pattern;

/** A rule whose matches context can excuse ({@code unless}) and sentence patterns can exempt ({@code exceptions}). */
public interface Excusable {
    Set<Excuse> unless();

    List<Pattern> exceptions();

    /** The same rule with other excuses and exceptions (how diagnosis finds which one silenced a match). */
    Rule withExcuses(Set<Excuse> unless, List<Pattern> exceptions);
}
