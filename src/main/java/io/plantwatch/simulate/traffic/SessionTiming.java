package io.plantwatch.simulate.traffic;

/**
 * When a session's messages happen: the polling interval, how many cycles per connection (-1:
 * until the capture closes), the pause before reconnecting (0: never), and whether the client
 * first resolves the server's MAC with ARP.
 */
public record SessionTiming(long intervalNanos, int cyclesPerConnection, long reconnectNanos, boolean arpFirst) {

    public static SessionTiming polling(double intervalSeconds, boolean arpFirst) {
        return new SessionTiming(nanos(intervalSeconds), -1, 0, arpFirst);
    }

    public static SessionTiming oneShot(boolean arpFirst) {
        return new SessionTiming(nanos(1), 0, 0, arpFirst);
    }

    public static SessionTiming repeated(double intervalSeconds, int cycles, double reconnectSeconds) {
        return new SessionTiming(nanos(intervalSeconds), cycles, nanos(reconnectSeconds), false);
    }

    public static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }
}
