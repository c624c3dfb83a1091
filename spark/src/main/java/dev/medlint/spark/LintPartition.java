package dev.medlint.spark;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Problem;
import dev.medlint.core.report.Report;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Checks the posts of one partition with this JVM's engine for the shipped rules ({@link Engines}): only the rules'
 * text travels with the task; the engine and its models stay in the executor for the partitions after. Each post is
 * read like a file (size, NUL bytes, UTF-8); a post that cannot be checked becomes a problem row.
 */
final class LintPartition implements MapPartitionsFunction<Row, Row> {
    /** Where posts stand for the configuration: nowhere in particular (the configuration is explicit or none). */
    private static final Path NOWHERE = Path.of("");

    private final JobRules rules;

    LintPartition(JobRules rules) {
        this.rules = rules;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> posts) throws EngineException {
        Engine engine = Engines.forRules(rules);
        // Lazily, post by post, so a partition's results are never all in memory at once.
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(posts, Spliterator.ORDERED), false)
                .flatMap(post -> check(engine, post).stream()).iterator();
    }

    static List<Row> check(Engine engine, Row post) {
        String id = post.getString(0);
        String name = post.getString(1);
        String url = post.getString(2);
        String known = post.getString(4);
        List<Row> out = new ArrayList<>();
        if (known != null) {
            out.add(ResultRow.problem(id, url, new Problem(name, post.getInt(5), post.getInt(6), known)));
            return out;
        }
        Report report;
        try {
            report = engine.checkStream(new ByteArrayInputStream((byte[]) post.get(3)), name, NOWHERE);
        } catch (EngineException e) {
            out.add(ResultRow.problem(id, url, Engine.problem(name, e.getMessage())));
            return out;
        }
        for (Problem p : report.problems()) {
            out.add(ResultRow.problem(id, url, p));
        }
        if (report.problems().isEmpty()) {
            out.add(ResultRow.checked(id, url, name));
        }
        for (Finding f : report.findings()) {
            out.add(ResultRow.finding(id, url, f));
        }
        return out;
    }
}
