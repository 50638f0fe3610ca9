package io.plantwatch.testing;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/** Looks things up in the inventory of a shared capture, for identity tests. */
public final class Inventories {
    private Inventories() {
    }

    public static AnalysisReport analyze(String capture) {
        return Analyzer.standard().analyze(List.of(SharedData.pcap(capture)), Progress.NONE);
    }

    public static Device deviceWithIp(AnalysisReport report, String ip) {
        return report.inventory().devices().stream().filter(d -> d.ips().contains(ip)).findFirst()
                .orElseThrow(() -> new AssertionError("no device with IP " + ip));
    }

    public static Device deviceWithMac(AnalysisReport report, String mac) {
        return report.inventory().devices().stream().filter(d -> d.macs().contains(mac)).findFirst()
                .orElseThrow(() -> new AssertionError("no device with MAC " + mac));
    }

    /** Every value the wire stated for one identity field ("name", "model", ...) of a device. */
    public static List<String> values(Device device, String field) {
        return device.properties().stream().filter(p -> p.field().equals(field)).map(Device.Property::value).toList();
    }

    public static List<ObservedActivity> activities(AnalysisReport report, ActivityType type) {
        return report.inventory().activities().stream().filter(a -> a.activity().type() == type).toList();
    }
}
