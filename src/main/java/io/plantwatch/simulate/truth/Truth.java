package io.plantwatch.simulate.truth;

import java.util.List;

/**
 * The ground truth written beside a simulated capture ({@code FILE.truth.json}): what was asked,
 * what was written, every device with its identity, and every injected event. Field names are
 * snake_case in JSON. Immutable.
 */
public record Truth(String generator, Spec spec, Capture capture, List<ZoneInfo> zones, List<TruthDevice> devices,
                    List<TruthEvent> events) {

    public record Spec(String plant, int devices, double durationSeconds, long seed, int zones, boolean perZoneFiles,
                       List<String> events) {
    }

    /** Times are epoch seconds. */
    public record Capture(List<String> files, long packets, long bytes, double firstTs, double lastTs) {
    }

    /** One zone: its subnet, gateway, and (with per-zone files) the capture a sensor there sees. */
    public record ZoneInfo(int index, String name, String subnet, String gateway, String file) {
    }

    /**
     * One device. {@code vendor}, {@code model} and {@code firmware} are exactly as the protocol named
     * in {@code identity_source} states them (the vendor may carry a legal suffix there, e.g. "Johnson
     * Controls, Inc."); null when the wire does not carry them.
     */
    public record TruthDevice(String id, String name, List<String> macs, List<String> ips, String vendor, String model,
                              String firmware, String type, Integer purdueLevel, int zone, String role, String os,
                              List<String> protocols, String identitySource, String orderNumber, String serial,
                              boolean authorized, List<Advisory> advisories) {
    }

    /** A CISA advisory whose affected range holds the device's firmware. */
    public record Advisory(String id, String product, String range) {
    }

    /** An injected event; {@code time} is its first frame, epoch seconds. */
    public record TruthEvent(String type, double time, String source, String sourceMac, String destination,
                             List<String> targets, String protocol, List<String> techniques, String description) {
    }
}
