package dev.medlint.core.lang.en;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every form of an English lemma: its regular inflections plus the irregular forms of common verbs (be: is, was,
 * 's ...; feel: felt; prefer: preferred). A pattern's "form of lemma L" test reads this table instead of running the
 * statistical lemmatizer on each candidate sentence, which cost more than all other analysis together.
 */
final class EnglishLemmaForms {
    private static final Map<String, Set<String>> IRREGULAR = Map.ofEntries(
            Map.entry("be", Set.of("am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m", "’s",
                    "’re", "’m")),
            Map.entry("have", Set.of("has", "had", "having", "'ve", "’ve", "'d", "’d")),
            Map.entry("do", Set.of("does", "did", "done", "doing")),
            Map.entry("go", Set.of("goes", "went", "gone", "going")),
            Map.entry("get", Set.of("got", "gotten", "getting")),
            Map.entry("feel", Set.of("felt")),
            Map.entry("beat", Set.of("beaten")),
            Map.entry("speak", Set.of("spoke", "spoken")),
            Map.entry("choose", Set.of("chose", "chosen")),
            Map.entry("come", Set.of("came")),
            Map.entry("become", Set.of("became")),
            Map.entry("bring", Set.of("brought")),
            Map.entry("buy", Set.of("bought")),
            Map.entry("think", Set.of("thought")),
            Map.entry("seek", Set.of("sought")),
            Map.entry("teach", Set.of("taught")),
            Map.entry("catch", Set.of("caught")),
            Map.entry("swear", Set.of("swore", "sworn")),
            Map.entry("wear", Set.of("wore", "worn")),
            Map.entry("tear", Set.of("tore", "torn")),
            Map.entry("win", Set.of("won", "winning")),
            Map.entry("sting", Set.of("stung")),
            Map.entry("swing", Set.of("swung")),
            Map.entry("burn", Set.of("burnt")),
            Map.entry("dream", Set.of("dreamt")),
            Map.entry("learn", Set.of("learnt")),
            Map.entry("spell", Set.of("spelt")),
            Map.entry("hurt", Set.of("hurt")),
            Map.entry("cut", Set.of("cutting")),
            Map.entry("put", Set.of("putting")),
            Map.entry("set", Set.of("setting")),
            Map.entry("let", Set.of("letting")),
            Map.entry("spotlight", Set.of("spotlit")),
            Map.entry("light", Set.of("lit")),
            Map.entry("prefer", Set.of("preferred", "preferring")),
            Map.entry("refer", Set.of("referred", "referring")),
            Map.entry("occur", Set.of("occurred", "occurring")),
            Map.entry("commit", Set.of("committed", "committing")),
            Map.entry("admit", Set.of("admitted", "admitting")),
            Map.entry("control", Set.of("controlled", "controlling")),
            Map.entry("begin", Set.of("began", "begun", "beginning")),
            Map.entry("give", Set.of("gave", "given")),
            Map.entry("take", Set.of("took", "taken")),
            Map.entry("make", Set.of("made")),
            Map.entry("see", Set.of("saw", "seen")),
            Map.entry("know", Set.of("knew", "known")),
            Map.entry("grow", Set.of("grew", "grown")),
            Map.entry("show", Set.of("shown")),
            Map.entry("find", Set.of("found")),
            Map.entry("keep", Set.of("kept")),
            Map.entry("leave", Set.of("left")),
            Map.entry("lose", Set.of("lost")),
            Map.entry("pay", Set.of("paid")),
            Map.entry("say", Set.of("said")),
            Map.entry("sell", Set.of("sold")),
            Map.entry("tell", Set.of("told")),
            Map.entry("send", Set.of("sent")),
            Map.entry("spend", Set.of("spent")),
            Map.entry("build", Set.of("built")),
            Map.entry("hold", Set.of("held")),
            Map.entry("stand", Set.of("stood")),
            Map.entry("understand", Set.of("understood")),
            Map.entry("run", Set.of("ran", "running")),
            Map.entry("meet", Set.of("met")),
            Map.entry("lead", Set.of("led")),
            Map.entry("write", Set.of("wrote", "written")),
            Map.entry("rise", Set.of("rose", "risen")),
            Map.entry("drive", Set.of("drove", "driven")),
            Map.entry("forget", Set.of("forgot", "forgotten", "forgetting")),
            Map.entry("shine", Set.of("shone")),
            Map.entry("fall", Set.of("fell", "fallen")),
            Map.entry("break", Set.of("broke", "broken")),
            Map.entry("can", Set.of("could")),
            Map.entry("will", Set.of("would")),
            Map.entry("shall", Set.of("should")));

    private EnglishLemmaForms() {
    }

    static Set<String> of(String lemma) {
        Set<String> forms = new LinkedHashSet<>(EnglishInflections.of(lemma));
        forms.addAll(IRREGULAR.getOrDefault(lemma, Set.of()));
        return forms;
    }
}
