package io.plantwatch.simulate.events;

import java.util.List;

/**
 * An event as it went into the capture: when its first frame is, who did it to whom, and the
 * techniques it represents. Addresses are text as tshark prints them.
 *
 * @param targets every destination (a scan has many); {@code destination} is the first
 */
public record InjectedEvent(String type, long timeNanos, String source, String sourceMac, String destination,
                            List<String> targets, String protocol, List<String> techniques, String description) {
    public InjectedEvent {
        targets = List.copyOf(targets);
        techniques = List.copyOf(techniques);
    }
}
