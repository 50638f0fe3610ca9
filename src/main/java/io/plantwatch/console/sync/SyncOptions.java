package io.plantwatch.console.sync;

/**
 * Tuning of a sync run. Immutable.
 *
 * @param concurrency sensors synced at the same time (fetching in parallel; merges of one zone
 *     take turns)
 * @param pageSize items asked per {@code changes} page
 */
public record SyncOptions(int concurrency, int pageSize, RetryPolicy retry) {
    public static final SyncOptions DEFAULT = new SyncOptions(8, 5000, RetryPolicy.DEFAULT);

    public SyncOptions {
        if (concurrency < 1 || pageSize < 1) {
            throw new IllegalArgumentException("concurrency and page size must be positive");
        }
    }

    public SyncOptions withRetry(RetryPolicy policy) {
        return new SyncOptions(concurrency, pageSize, policy);
    }

    public SyncOptions withConcurrency(int sensors) {
        return new SyncOptions(sensors, pageSize, retry);
    }
}
