package io.plantwatch.console.sync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently one sensor request is retried: exponential backoff with jitter
 * (so a hundred sensors restarting together are not hammered in step), for broken connections,
 * 429 and 5xx answers. Immutable.
 *
 * @param attempts tries in all, at least 1
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(5));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** The pause before try number {@code attempt + 1} (attempt counts from 1). */
    public Duration delayAfter(int attempt) {
        long base = firstDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, maxDelay.toMillis());
        long jitter = capped / 4 == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped / 4);
        return Duration.ofMillis(capped - capped / 8 + jitter);
    }

    public static boolean retryableStatus(int status) {
        return status == 429 || status >= 500;
    }
}
