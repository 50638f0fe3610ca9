package io.plantwatch.analysis;

import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.Inventory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The readable summary {@code analyze} prints without {@code --json}. */
public final class ReportText {
    private static final int MAX_ROWS = 50;

    public String write(AnalysisReport report) {
        StringBuilder out = new StringBuilder();
        CaptureSummary c = report.capture();
        Inventory inv = report.inventory();
        out.append("Capture    ").append(String.join(", ", c.files())).append('\n');
        out.append(String.format("Packets    %,d (%,d bytes on the wire)%n", c.packets(), c.bytes()));
        if (c.packets() > 0) {
            out.append("Time       ").append(Instant.ofEpochSecond(0, c.firstSeen())).append(" to ")
                    .append(Instant.ofEpochSecond(0, c.lastSeen())).append('\n');
        }
        out.append("Links      ").append(String.join(", ", c.linkTypes())).append('\n');
        out.append(String.format("Malformed  %,d%n", c.malformed()));
        out.append(String.format("%nDevices (%d)%n", inv.devices().size()));
        out.append(String.format("  %-19s %-40s %-20s %-22s %s%n", "MAC", "IP", "TYPE", "VENDOR", "MODEL / FIRMWARE"));
        inv.devices().stream().limit(MAX_ROWS).forEach(d -> out.append(deviceRow(d)));
        more(out, inv.devices().size());
        out.append(String.format("%nConnections (%d, busiest first)%n", inv.connections().size()));
        inv.connections().stream().sorted(Comparator.comparingLong(Connection::packets).reversed())
                .limit(MAX_ROWS).forEach(k -> out.append(String.format("  %-5s %-46s -> %-46s %,9d pkts %s%n",
                        k.transport(), endpoint(k.a()), endpoint(k.b()), k.packets(), String.join(",", k.protocols()))));
        more(out, inv.connections().size());
        out.append("\nProtocols\n");
        inv.protocols().forEach((name, n) -> out.append(String.format("  %-16s %,10d frames %,14d bytes%n", name, n[0], n[1])));
        if (!inv.functions().isEmpty()) {
            out.append("\nFunction codes\n");
            for (Map.Entry<String, Map<Integer, Long>> e : inv.functions().entrySet()) {
                out.append(String.format("  %-20s %s%n", e.getKey(), e.getValue()));
            }
        }
        out.append(String.format("%nAlerts (%d)%n", report.alerts().size()));
        report.alerts().stream().limit(MAX_ROWS).forEach(a -> out.append(String.format("  %-8s %-18s %s (%s -> %s)%n",
                a.severity(), a.engine().label(), a.title(), a.source(), a.destination())));
        return out.toString();
    }

    private static String deviceRow(Device d) {
        String mac = d.macs().isEmpty() ? "-" : d.macs().get(0);
        String ips = d.ips().isEmpty() ? "-" : String.join(",", d.ips());
        if (ips.length() > 40) {
            ips = ips.substring(0, 37) + "...";
        }
        String identity = join(d.model(), d.firmware());
        return String.format("  %-19s %-40s %-20s %-22s %s%n", mac, ips, d.type(), orDash(d.vendor()), identity);
    }

    private static String join(String a, String b) {
        return List.of(orDash(a), orDash(b)).stream().reduce((x, y) -> x + " / " + y).orElse("-");
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static String endpoint(Connection.Endpoint e) {
        return e.port() == null ? e.ip() : (e.ip().indexOf(':') >= 0 ? "[" + e.ip() + "]" : e.ip()) + ":" + e.port();
    }

    private static void more(StringBuilder out, int size) {
        if (size > MAX_ROWS) {
            out.append(String.format("  ... and %,d more (use --json for all)%n", size - MAX_ROWS));
        }
    }
}
