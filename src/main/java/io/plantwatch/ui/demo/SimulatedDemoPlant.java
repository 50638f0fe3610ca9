package io.plantwatch.ui.demo;

import io.plantwatch.console.demo.DemoProgress;
import io.plantwatch.ui.task.TaskContext;

/**
 * The demo of the console services ({@link io.plantwatch.console.demo.DemoPlant}: a simulated
 * factory replayed by three real sensor services on loopback) behind the screens' seam.
 * Thread-safe as the service is.
 */
public final class SimulatedDemoPlant implements DemoPlant {
    private final io.plantwatch.console.demo.DemoPlant demo;

    public SimulatedDemoPlant(io.plantwatch.console.demo.DemoPlant demo) {
        this.demo = demo;
    }

    @Override
    public void start(TaskContext context, Runnable synced) throws Exception {
        demo.start(new DemoProgress() {
            @Override
            public void step(String message, long done, long total) {
                context.message(message);
                context.progress(done, total);
            }

            @Override
            public void synced() {
                synced.run();
            }
        }, context.cancellation());
    }

    @Override
    public void stopAndRemove(TaskContext context) {
        context.message("Stopping and removing the demo plant");
        demo.stopAndRemove();
    }

    @Override
    public boolean isInstalled() {
        return demo.isInstalled();
    }

    @Override
    public boolean isRunning() {
        return demo.isRunning();
    }
}
