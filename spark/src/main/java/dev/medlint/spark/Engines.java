package dev.medlint.spark;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.api.LanguageModels;
import java.util.HashMap;
import java.util.Map;

/**
 * The engines of this JVM (a Spark executor, or the driver): one per set of rules shipped, made on first use and
 * reused by every task and partition after it, all sharing one holder of language models, so the models load once
 * per JVM and never per record or per partition.
 */
public final class Engines {
    private static final LanguageModels MODELS = LanguageModels.builtIn();
    private static final Map<JobRules, Engine> ENGINES = new HashMap<>();

    private Engines() {
    }

    /** The engine for these rules; made (rules compiled) the first time a task of this JVM asks. */
    public static synchronized Engine forRules(JobRules rules) throws EngineException {
        Engine e = ENGINES.get(rules);
        if (e == null) {
            e = Engine.create(rules.options(MODELS));
            ENGINES.put(rules, e);
        }
        return e;
    }

    /** How many engines this JVM has made (one per distinct set of rules). */
    public static synchronized int count() {
        return ENGINES.size();
    }

    /** The JVM's language models (shared by every engine here). */
    public static LanguageModels models() {
        return MODELS;
    }
}
