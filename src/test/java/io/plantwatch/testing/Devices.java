package io.plantwatch.testing;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.inventory.Device;

import java.nio.file.Path;
import java.util.List;

/** Runs the standard analysis and finds devices in its inventory, for identity tests. */
public final class Devices {
    private Devices() {
    }

    public static AnalysisReport analyze(Path capture) {
        return Analyzer.standard().analyze(List.of(capture), Progress.NONE);
    }

    /** The device owning this IP; fails the test when there is none. */
    public static Device withIp(AnalysisReport report, String ip) {
        return report.inventory().devices().stream().filter(d -> d.ips().contains(ip)).findFirst()
                .orElseThrow(() -> new AssertionError("no device has " + ip));
    }

    /** The values of one identity field on a device, as "value (protocol)". */
    public static List<String> property(Device device, String field) {
        return device.properties().stream().filter(p -> p.field().equals(field))
                .map(p -> p.value() + " (" + p.protocol() + ")").distinct().toList();
    }
}
