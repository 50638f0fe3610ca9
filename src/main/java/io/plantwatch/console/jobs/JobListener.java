package io.plantwatch.console.jobs;

/** Hears a bulk job's progress. Called from the job's thread; implementations must be thread-safe. */
public interface JobListener {
    JobListener NONE = new JobListener() {
    };

    default void progress(long done, long total) {
    }
}
