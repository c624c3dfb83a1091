package dev.medlint.core.report;

import dev.medlint.core.util.Registry;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The output formats, by name. Immutable; {@link #builtIn()} is the one place formats are registered. */
public final class Reporters {
    private final Registry<Reporter> reporters;

    private Reporters(Registry<Reporter> reporters) {
        this.reporters = reporters;
    }

    /** The formats medlint ships. */
    public static Reporters builtIn() {
        return new Reporters(new Registry<>("output format", Reporter::name,
                List.of(
                        new TextReporter(),
                        new JsonReporter(),
                        new SarifReporter(),
                        new CheckstyleReporter(),
                        new JunitReporter(),
                        new GithubReporter(),
                        new RdjsonlReporter(),
                        new HtmlReporter())));
    }

    /** These formats and one more (an embedder's, or a test's). */
    public Reporters with(Reporter reporter) {
        return new Reporters(reporters.with(reporter));
    }

    public Optional<Reporter> find(String name) {
        return reporters.find(name);
    }

    /** Every format's name, in registration order. */
    public List<String> names() {
        return reporters.names();
    }

    /** The names of the formats that can write rule lists. */
    public List<String> ruleListNames() {
        return names(Reporter::writesRuleLists);
    }

    /** The names of the formats that can write analyses. */
    public List<String> analysisNames() {
        return names(Reporter::writesAnalyses);
    }

    private List<String> names(Predicate<Reporter> can) {
        return reporters.all().stream().filter(can).map(Reporter::name).toList();
    }
}
