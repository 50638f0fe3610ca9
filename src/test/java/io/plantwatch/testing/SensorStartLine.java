package io.plantwatch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a sensor process logs once its API is up ({@code listening on https://HOST:PORT/
 * certificate SHA-256 AB:CD:...}), awaited in the process's stderr file: what tests starting real
 * sensor processes need to reach and pin them.
 */
public record SensorStartLine(String url, String fingerprint) {
    private static final Pattern LISTENING =
            Pattern.compile("listening on (https://[^/\\s]+)/ certificate SHA-256 ([0-9A-F:]{95})");

    public int port() {
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }

    /** Waits until {@code log} holds the line; fails early with the log when the process exits. */
    public static SensorStartLine await(Process process, Path log, String name, int timeoutSeconds)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(Files.readString(log));
            if (listening.find()) {
                return new SensorStartLine(listening.group(1), listening.group(2));
            }
            if (!process.isAlive()) {
                throw new AssertionError("sensor " + name + " exited: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("sensor " + name + " did not start: " + Files.readString(log));
    }
}
