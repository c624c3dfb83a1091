package dev.medlint.core.lang;

/**
 * Runs a model or dictionary load on a daemon thread of its own. A load that fails here is left to the thread that
 * needs the model, which loads it again and reports the error in one line; the background thread prints nothing.
 */
public final class BackgroundLoad {
    private BackgroundLoad() {
    }

    /** Starts {@code load} on a daemon thread named {@code name}. */
    public static void start(String name, Runnable load) {
        Thread t = new Thread(() -> {
            try {
                load.run();
            } catch (RuntimeException | LinkageError e) {
                // reported by the caller that needs the model (a failed holder class init surfaces as LinkageError)
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
