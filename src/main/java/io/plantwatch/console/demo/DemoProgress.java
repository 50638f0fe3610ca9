package io.plantwatch.console.demo;

/**
 * Hears how starting the demo goes. Called from the starting thread; implementations hand the
 * calls to their UI thread.
 */
public interface DemoProgress {
    DemoProgress NONE = new DemoProgress() {
        @Override
        public void step(String message, long done, long total) {
        }

        @Override
        public void synced() {
        }
    };

    void step(String message, long done, long total);

    /** A sync of the demo sensors committed: the store holds more of the plant than before. */
    void synced();
}
