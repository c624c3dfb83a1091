package dev.medlint.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** medlint as reports name it: its name and version (filtered into the jar at build time). */
public final class Tool {
    public static final String NAME = "medlint";
    private static final String VERSION = readVersion();

    private Tool() {
    }

    /** The version of the core jar, or "unknown" when run from classes Maven did not filter. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Tool.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.contains("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }
}
