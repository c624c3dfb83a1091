package dev.medlint.cli;

import dev.medlint.core.report.Tool;
import picocli.CommandLine.IVersionProvider;

/**
 * The version as {@code medlint <version>}: the one reports carry ({@link Tool#version()}), or else the jar
 * manifest's Implementation-Version.
 */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"medlint " + version()};
    }

    public static String version() {
        String v = Tool.version();
        if (!v.equals("unknown")) {
            return v;
        }
        String manifest = VersionProvider.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "unknown";
    }
}
