package dev.medlint.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/** A Maven {@link Log} that keeps every message with its level, for assertions. */
final class RecordingLog implements Log {
    record Entry(String level, String message) {
        @Override
        public String toString() {
            return "[" + level + "] " + message;
        }
    }

    final List<Entry> entries = new ArrayList<>();

    List<String> at(String level) {
        return entries.stream().filter(e -> e.level.equals(level)).map(Entry::message).toList();
    }

    String all() {
        return entries.stream().map(Entry::toString).collect(Collectors.joining("\n"));
    }

    private synchronized void add(String level, CharSequence content, Throwable error) {
        String text = content == null ? "" : content.toString();
        if (error != null) {
            text = text + (text.isEmpty() ? "" : " ") + error;
        }
        entries.add(new Entry(level, text));
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence content) {
        add("DEBUG", content, null);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        add("DEBUG", content, error);
    }

    @Override
    public void debug(Throwable error) {
        add("DEBUG", null, error);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        add("INFO", content, null);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        add("INFO", content, error);
    }

    @Override
    public void info(Throwable error) {
        add("INFO", null, error);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        add("WARNING", content, null);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        add("WARNING", content, error);
    }

    @Override
    public void warn(Throwable error) {
        add("WARNING", null, error);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        add("ERROR", content, null);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        add("ERROR", content, error);
    }

    @Override
    public void error(Throwable error) {
        add("ERROR", null, error);
    }
}
