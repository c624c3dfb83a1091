package dev.medlint.core.report;

import java.util.List;

/**
 * The configuration that applies to a file or folder, for {@code medlint config}: which file (null when none), each
 * setting with its value and where the value comes from, whether a walk of a folder would check the path (null for
 * a folder), and the rules with their changes.
 */
public record ConfigurationView(String file, List<Setting> settings, Boolean walked, List<RuleDescriptor> rules) {
    public ConfigurationView {
        settings = List.copyOf(settings);
        rules = List.copyOf(rules);
    }

    /** A setting: its name, its value as written, and its origin ("default", or {@code file:line:col}). */
    public record Setting(String name, String value, String origin, boolean isDefault) {
    }
}
