package dev.medlint.rules.scale;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineOptions;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.ReportSettings;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a forked JVM with a small heap by {@link HugeInputTest}: writes one huge input of a kind, checks it with
 * the built-in packs, and verifies every finding against the source (offsets inside it, line:col recomputed here,
 * the match equal to the source text there) and that every planted claim was found. Prints "ok N findings, B bytes,
 * cpu S s" (the process's CPU time) and exits 0, or prints what is wrong and exits 1.
 */
public final class HugeInputProbe {
    static final String FILLER = "The consultation usually takes about an hour and the nurse explains each step. ";
    static final String CLAIM = "Results are guaranteed for every patient. ";
    /** One planted claim every this many filler sentences. */
    static final int EVERY = 40;

    private HugeInputProbe() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        Path dir = Path.of(args[1]);
        int bytes = Integer.parseInt(args[2]);
        Input in = write(kind, dir, bytes);
        Engine engine = Engine.create(new EngineOptions().threads(1));
        Report report = engine.check(List.of(in.file()));
        if (!report.problems().isEmpty()) {
            fail("problems: " + report.problems());
        }
        String source = Files.readString(in.file());
        LineIndex lines = new LineIndex(source);
        int claims = 0;
        for (Finding f : report.findings()) {
            if (f.isDocumentLevel()) {
                continue;
            }
            if (f.offset() < 0 || f.endOffset() > source.length() || f.offset() >= f.endOffset()) {
                fail("offsets outside the source: " + f);
            }
            int[] at = lines.position(f.offset());
            if (at[0] != f.line() || at[1] != f.column()) {
                fail("position " + f.line() + ":" + f.column() + " but the offset is at " + at[0] + ":" + at[1]);
            }
            String there = source.substring(f.offset(), f.endOffset());
            if (!squash(there).equals(squash(f.match()))) {
                fail("match '" + f.match() + "' but the source has '" + there + "' at " + f.line() + ":" + f.column());
            }
            if (f.ruleId().equals("guarantee") && f.match().equals("guaranteed")) {
                claims++;
            }
        }
        if (claims != in.claims()) {
            fail("found " + claims + " of the " + in.claims() + " planted claims");
        }
        if (kind.equals("long-line")) {
            // The text format quotes a window of a long line, so the report grows with the findings, not with
            // findings times the line.
            StringBuilder text = new StringBuilder();
            new dev.medlint.core.report.TextReporter().write(report, ReportSettings.PLAIN, text);
            if (text.length() > 1000L * report.findings().size() + 1000) {
                fail("text report of " + text.length() + " chars for " + report.findings().size() + " findings");
            }
        }
        double cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        System.out.printf(java.util.Locale.ROOT, "ok %d findings, %d bytes, cpu %.1f s%n", report.findings().size(),
                Files.size(in.file()), cpu);
    }

    private record Input(Path file, int claims) {
    }

    /** Writes the input: filler sentences with a planted claim every {@link #EVERY}, laid out as the kind says. */
    private static Input write(String kind, Path dir, int bytes) throws IOException {
        String name = switch (kind) {
            case "wrapped-text" -> "huge.txt";
            default -> "huge.md";
        };
        Path file = dir.resolve(name);
        int claims = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = 0;
            int sentence = 0;
            switch (kind) {
                case "table" -> {
                    // One header, the delimiter row and one body row of cells, each cell a short sentence.
                    int cells = bytes / 60;
                    StringBuilder head = new StringBuilder("|");
                    StringBuilder delim = new StringBuilder("|");
                    for (int i = 0; i < cells; i++) {
                        head.append(" h |");
                        delim.append("---|");
                    }
                    w.write(head + "\n" + delim + "\n|");
                    for (int i = 0; i < cells; i++) {
                        boolean claim = i % EVERY == EVERY - 1;
                        w.write(" " + (claim ? CLAIM : FILLER).strip() + " |");
                        claims += claim ? 1 : 0;
                    }
                    w.write("\n");
                    return new Input(file, claims);
                }
                case "comments" -> {
                    // Unclosed comment openers, each in a paragraph of its own, with the claim once at the top.
                    w.write(CLAIM + "\n\n");
                    while (written < bytes) {
                        String s = "<!-- note " + sentence++ + "\n\nSome text.\n\n";
                        w.write(s);
                        written += s.length();
                    }
                    return new Input(file, 1);
                }
                default -> {
                    while (written < bytes) {
                        boolean claim = sentence % EVERY == EVERY - 1;
                        String s = claim ? CLAIM : FILLER;
                        claims += claim ? 1 : 0;
                        sentence++;
                        switch (kind) {
                            case "long-line" -> {
                                w.write(s);
                            }
                            case "paragraph", "wrapped-text" -> {
                                w.write(s.strip());
                                w.write(sentence % 2 == 0 ? "\n" : " ");
                            }
                            case "sections" -> {
                                w.write(s);
                                if (sentence % 8 == 0) {
                                    w.write(sentence % 64 == 0 ? "\n\n## Part " + sentence + "\n\n" : "\n\n");
                                }
                            }
                            default -> throw new IllegalArgumentException("unknown kind " + kind);
                        }
                        written += s.length() + 1;
                    }
                    w.write("\n");
                }
            }
        }
        return new Input(file, claims);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static void fail(String why) {
        System.out.println("FAIL " + why);
        System.exit(1);
    }

    /** Line starts, found here independently of medlint's own line map. */
    private static final class LineIndex {
        private final String source;
        private final int[] starts;

        LineIndex(String source) {
            this.source = source;
            int n = 1;
            for (int i = 0; i < source.length(); i++) {
                if (source.charAt(i) == '\n') {
                    n++;
                }
            }
            starts = new int[n];
            int k = 1;
            for (int i = 0; i < source.length(); i++) {
                if (source.charAt(i) == '\n') {
                    starts[k++] = i + 1;
                }
            }
        }

        int[] position(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            int line = i >= 0 ? i : -i - 2;
            return new int[] {line + 1, source.codePointCount(starts[line], offset) + 1};
        }
    }
}
