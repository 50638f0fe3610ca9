package io.plantwatch.ui;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.SnapshotLoader;
import io.plantwatch.ui.data.StatusLine;
import io.plantwatch.ui.task.CurrentThreadTaskExecutor;

/** The shared pieces a view model needs, with tasks run at once on the test's thread (no FX toolkit). */
public record ViewModelContext(ConsoleServices services, CurrentThreadTaskExecutor tasks, ConsoleData data) {
    public static ViewModelContext of(ConsoleServices services) {
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        return new ViewModelContext(services, tasks, new ConsoleData(new SnapshotLoader(services), tasks,
                new StatusLine()));
    }

    /** Loads the store (synchronously) and returns the data. */
    public ConsoleData loaded() {
        data.reload();
        return data;
    }
}
