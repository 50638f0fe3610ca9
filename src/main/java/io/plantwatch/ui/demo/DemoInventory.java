package io.plantwatch.ui.demo;

import io.plantwatch.bench.lightsensor.LightInventory;
import io.plantwatch.model.ApiAdditionalInformation;
import io.plantwatch.model.ApiAlert;
import io.plantwatch.model.ApiConnection;
import io.plantwatch.model.ApiConnectionProtocol;
import io.plantwatch.model.ApiDevice;
import io.plantwatch.model.ApiDeviceProtocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo plant's inventory as three sensors see it: a "Process control" zone watched by two
 * sensors with overlapping views (one PLC's firmware reported differently, to show a conflict)
 * and a "Packaging" zone watched by one. Vendors, models and MAC prefixes are those of real
 * industrial equipment. Deterministic for a given start time; immutable once built.
 */
final class DemoInventory {
    static final String NORTH = "demo-north";
    static final String SOUTH = "demo-south";
    static final String PACKAGING = "demo-packaging";

    /** One device of the plant and the sensors that see it. */
    private record Spec(String name, String mac, String ip, String vendor, String type, String model, String firmware,
                        String os, int purdue, List<String> sensors) {
    }

    private final long now;
    private final Map<String, LightInventory> inventories = new HashMap<>();
    private final Map<String, Map<String, Long>> ids = new HashMap<>();

    DemoInventory(long now) {
        this.now = now;
        for (String sensor : List.of(NORTH, SOUTH, PACKAGING)) {
            inventories.put(sensor, new LightInventory());
            ids.put(sensor, new HashMap<>());
        }
        devices().forEach(this::add);
        connections();
        alerts();
    }

    LightInventory of(String sensor) {
        return inventories.get(sensor);
    }

    private static List<Spec> devices() {
        List<String> north = List.of(NORTH);
        List<String> south = List.of(SOUTH);
        List<String> both = List.of(NORTH, SOUTH);
        List<String> pack = List.of(PACKAGING);
        List<Spec> specs = new ArrayList<>(List.of(
                new Spec("core-switch-1", "00:80:63:1a:20:01", "10.10.1.1", "Hirschmann", "Switch", "RSP35",
                        "09.1.04", null, 2, both),
                new Spec("PLC-boiler-1", "00:1b:1b:6a:10:11", "10.10.1.11", "Siemens AG", "PLC", "CPU 1516-3 PN/DP",
                        "V2.9.4", null, 1, north),
                new Spec("PLC-boiler-2", "00:1b:1b:6a:10:12", "10.10.1.12", "Siemens AG", "PLC", "CPU 1516-3 PN/DP",
                        "V2.9.4", null, 1, north),
                new Spec("PLC-turbine", "28:63:36:8c:01:13", "10.10.1.13", "Siemens AG", "PLC", "CPU 1518-4 PN/DP",
                        "V2.9.4", null, 1, both),
                new Spec("PLC-feedwater", "00:00:bc:5e:22:14", "10.10.1.14", "Rockwell Automation", "PLC",
                        "ControlLogix 1756-L83E", "33.011", null, 1, both),
                new Spec("PLC-cooling", "00:00:bc:5e:22:15", "10.10.1.15", "Rockwell Automation", "PLC",
                        "ControlLogix 1756-L83E", "33.011", null, 1, south),
                new Spec("PLC-water-treat", "00:80:f4:0c:33:16", "10.10.1.16", "Schneider Electric", "PLC",
                        "Modicon M580 BMEP584040", "3.20", null, 1, south),
                new Spec("RTU-substation", "00:02:a3:71:00:17", "10.10.1.17", "ABB", "RTU", "RTU560", "13.2.1", null,
                        1, south),
                new Spec("HMI-control-room-1", "00:1b:1b:7f:40:21", "10.10.2.21", "Siemens AG", "HMI",
                        "TP1500 Comfort", "V17.0.0.3", "Windows CE", 2, north),
                new Spec("HMI-control-room-2", "00:1b:1b:7f:40:22", "10.10.2.22", "Siemens AG", "HMI",
                        "TP1500 Comfort", "V17.0.0.3", "Windows CE", 2, north),
                new Spec("HMI-feedwater", "00:00:bc:6a:41:23", "10.10.2.23", "Rockwell Automation", "HMI",
                        "PanelView Plus 7", "13.100", null, 2, both),
                new Spec("ENG-station-1", "18:66:da:3b:50:31", "10.10.2.31", "Dell", "Engineering Station",
                        "Precision 3660", null, "Windows 10 Enterprise", 2, both),
                new Spec("historian", "3c:d9:2b:55:60:41", "10.10.3.41", "Hewlett Packard Enterprise", "Historian",
                        "ProLiant DL380 Gen10", null, "Windows Server 2019", 3, south),
                new Spec("io-rack-boiler", "00:a0:45:2e:70:51", "10.10.1.51", "Phoenix Contact", "Remote I/O",
                        "AXC F 2152", "2023.0.2", null, 0, north),
                new Spec("io-rack-pumps", "00:30:de:4c:70:52", "10.10.1.52", "WAGO", "Remote I/O", "750-8212",
                        "04.02.13", null, 0, south),
                new Spec("drive-pump-1", "00:0a:cd:11:80:61", "10.10.1.61", "Danfoss", "Drive", "VLT FC 302",
                        "8.42", null, 0, both),
                new Spec("drive-pump-2", "00:0a:cd:11:80:62", "10.10.1.62", "Danfoss", "Drive", "VLT FC 302",
                        "8.42", null, 0, south),
                new Spec("pack-switch", "00:90:e8:44:01:01", "10.20.1.1", "Moxa", "Switch", "EDS-510E", "5.7", null, 2,
                        pack),
                new Spec("PLC-filler", "00:00:bc:2d:11:11", "10.20.1.11", "Rockwell Automation", "PLC",
                        "CompactLogix 5380", "33.013", null, 1, pack),
                new Spec("PLC-capper", "00:00:bc:2d:11:12", "10.20.1.12", "Rockwell Automation", "PLC",
                        "CompactLogix 5380", "32.012", null, 1, pack),
                new Spec("PLC-palletizer", "00:00:0a:8e:11:13", "10.20.1.13", "Omron", "PLC", "NX102-9000", "1.48",
                        null, 1, pack),
                new Spec("HMI-line-1", "00:00:bc:3a:21:21", "10.20.2.21", "Rockwell Automation", "HMI",
                        "PanelView 5510", "8.011", null, 2, pack),
                new Spec("HMI-line-2", "00:00:0a:8e:21:22", "10.20.2.22", "Omron", "HMI", "NA5-12W", "1.16", null, 2,
                        pack),
                new Spec("label-printer", "00:07:4d:19:31:31", "10.20.3.31", "Zebra Technologies", "Printer",
                        "ZT610", "V92.21.39Z", null, 3, pack),
                new Spec("vision-camera", "00:01:ec:77:31:32", "10.20.3.32", "Cognex", "Camera", "In-Sight 7000",
                        "6.1.2", null, 1, pack),
                new Spec("pack-workstation", "54:ee:75:c1:41:41", "10.20.3.41", "Lenovo", "Workstation",
                        "ThinkCentre M90q", null, "Windows 11 Pro", 3, pack)));
        String[] officeVendors = {"Dell", "Hewlett Packard Enterprise", "Lenovo"};
        String[] officeOui = {"18:66:da", "3c:d9:2b", "54:ee:75"};
        for (int i = 0; i < 9; i++) {
            specs.add(new Spec("ops-pc-" + (i + 1), String.format("%s:%02x:%02x:%02x", officeOui[i % 3], 0x90, 0x10, i),
                    "10.10.3." + (100 + i), officeVendors[i % 3], "Workstation", null, null, "Windows 10 Enterprise", 3,
                    i % 2 == 0 ? north : south));
        }
        return specs;
    }

    private void add(Spec spec) {
        for (String sensor : spec.sensors()) {
            Map<String, Long> sensorIds = ids.get(sensor);
            long id = sensorIds.size() + 1L;
            sensorIds.put(spec.name(), id);
            // The south sensor saw the turbine PLC before its firmware update: a conflict to show.
            String firmware = sensor.equals(SOUTH) && spec.name().equals("PLC-turbine") ? "V2.9.2" : spec.firmware();
            long firstSeen = now - 6 * 3_600_000L - id * 97_000L;
            long lastSeen = now - (id * 37_000L) % 900_000L;
            inventories.get(sensor).putDevice(new ApiDevice(id, List.of(spec.ip()), spec.name(), spec.vendor(),
                    spec.os(), List.of(spec.mac()), spec.type(), spec.type().equals("Engineering Station"), true,
                    false, List.of(new ApiDeviceProtocol(null, protocolOf(spec), List.of(spec.ip()))), null, false,
                    "mac:" + spec.mac(), spec.model(), firmware, spec.purdue(), firstSeen, lastSeen, null, null, null,
                    lastSeen));
        }
    }

    private static String protocolOf(Spec spec) {
        if (spec.vendor().startsWith("Siemens")) {
            return "s7comm";
        }
        if (spec.vendor().startsWith("Rockwell") || spec.vendor().equals("Omron")) {
            return "enip";
        }
        if (spec.vendor().startsWith("Schneider") || spec.vendor().equals("WAGO") || spec.vendor().equals("Danfoss")) {
            return "modbus";
        }
        if (spec.vendor().equals("ABB")) {
            return "iec60870_104";
        }
        return "tcp";
    }

    private void connections() {
        link(NORTH, "HMI-control-room-1", "PLC-boiler-1", 102, "s7comm", "Read Var", "Write Var");
        link(NORTH, "HMI-control-room-1", "PLC-boiler-2", 102, "s7comm", "Read Var");
        link(NORTH, "HMI-control-room-2", "PLC-turbine", 102, "s7comm", "Read Var", "Write Var");
        link(NORTH, "ENG-station-1", "PLC-turbine", 102, "s7comm", "Read Var", "Download block");
        link(SOUTH, "ENG-station-1", "PLC-turbine", 102, "s7comm", "Read Var", "Download block");
        link(NORTH, "PLC-boiler-1", "io-rack-boiler", 502, "modbus", "Read Holding Registers");
        link(NORTH, "HMI-feedwater", "PLC-feedwater", 44818, "enip", "Read Tag", "Write Tag");
        link(SOUTH, "HMI-feedwater", "PLC-feedwater", 44818, "enip", "Read Tag", "Write Tag");
        link(SOUTH, "PLC-cooling", "drive-pump-1", 502, "modbus", "Write Single Register");
        link(SOUTH, "PLC-cooling", "drive-pump-2", 502, "modbus", "Write Single Register");
        link(SOUTH, "PLC-water-treat", "io-rack-pumps", 502, "modbus", "Read Coils", "Write Multiple Coils");
        link(SOUTH, "historian", "PLC-cooling", 4840, "opcua", "Read");
        link(SOUTH, "historian", "PLC-water-treat", 4840, "opcua", "Read");
        link(SOUTH, "historian", "RTU-substation", 2404, "iec60870_104", "M_ME_NC_1");
        link(PACKAGING, "HMI-line-1", "PLC-filler", 44818, "enip", "Read Tag", "Write Tag");
        link(PACKAGING, "HMI-line-1", "PLC-capper", 44818, "enip", "Read Tag");
        link(PACKAGING, "HMI-line-2", "PLC-palletizer", 44818, "enip", "Read Tag");
        link(PACKAGING, "PLC-filler", "vision-camera", 44818, "enip", "Read Tag");
        link(PACKAGING, "pack-workstation", "label-printer", 9100, "tcp");
    }

    private void link(String sensor, String first, String second, int port, String protocol, String... commands) {
        long a = ids.get(sensor).get(first);
        long b = ids.get(sensor).get(second);
        String firstIp = ip(sensor, a);
        String secondIp = ip(sensor, b);
        inventories.get(sensor).putConnection(new ApiConnection(a, b, now - 30_000, now - 5 * 3_600_000L,
                List.of(port), List.of(new ApiConnectionProtocol(protocol, List.of(commands))), "tcp", firstIp,
                49152 + (int) a, secondIp, port, 1_000L + a * 17, 120_000L + a * 900, now - 30_000));
    }

    private String ip(String sensor, long id) {
        return inventories.get(sensor).devices().stream().filter(device -> device.id() == id).findFirst()
                .orElseThrow().ipAddresses().get(0);
    }

    private void alerts() {
        alert(NORTH, "n-1", 42, "Unauthorized PLC program download", "Critical", "Policy Violation",
                "ENG-station-1", "PLC-turbine", "T0843", "A program block was downloaded to the PLC outside a "
                        + "maintenance window, from a station not approved for downloads.");
        alert(SOUTH, "s-1", 41, "Unauthorized PLC program download", "Critical", "Policy Violation",
                "ENG-station-1", "PLC-turbine", "T0843", "A program block was downloaded to the PLC outside a "
                        + "maintenance window, from a station not approved for downloads.");
        alert(NORTH, "n-2", 95, "Firmware version changed", "Major", "Operational", "PLC-turbine", null, "T0857",
                "The PLC reports firmware V2.9.4; it reported V2.9.2 before.");
        alert(SOUTH, "s-2", 130, "Modbus exception: illegal function", "Minor", "Protocol Violation",
                "PLC-cooling", "drive-pump-2", "T0855", "The drive answered a write with exception code 1.");
        alert(SOUTH, "s-3", 210, "Address scan detected", "Major", "Anomaly", "ops-pc-2", null, "T0846",
                "One host probed 240 addresses of the control network within a minute.");
        alert(NORTH, "n-3", 300, "New device in the control network", "Warning", "Anomaly", "ops-pc-7", null,
                "T0848", "A device not seen during learning started talking to the PLC network.");
        alert(NORTH, "n-4", 15, "PLC stop command", "Critical", "Policy Violation", "HMI-control-room-2",
                "PLC-boiler-2", "T0881", "The PLC received a CPU stop (S7 PI service P_PROGRAM).");
        alert(SOUTH, "s-4", 520, "Connection to the internet", "Major", "Anomaly", "historian", null, "T0883",
                "The historian connected to 203.0.113.50:443, an address outside the plant.");
        alert(PACKAGING, "p-1", 60, "Unauthorized Ethernet/IP write", "Major", "Policy Violation",
                "pack-workstation", "PLC-capper", "T0855", "A workstation wrote tag Speed_Setpoint on the PLC.");
        alert(PACKAGING, "p-2", 240, "Excessive login failures", "Minor", "Policy Violation", "pack-workstation",
                "HMI-line-2", "T0806", "Nine failed logins on the HMI's web server within five minutes.");
        alert(PACKAGING, "p-3", 900, "Unknown protocol on a PLC port", "Warning", "Protocol Violation",
                "vision-camera", "PLC-palletizer", "T0869", "Traffic on 44818/tcp did not decode as EtherNet/IP.");
        alert(NORTH, "n-5", 1400, "ARP address spoofing", "Critical", "Malware", "ops-pc-1", "core-switch-1",
                "T0830", "Two MAC addresses claimed 10.10.1.1 within a second.");
    }

    private void alert(String sensor, String uuid, int minutesAgo, String title, String severity, String engine,
                       String source, String destination, String technique, String message) {
        Map<String, Long> sensorIds = ids.get(sensor);
        Long sourceId = sensorIds.get(source);
        Long destinationId = destination == null ? null : sensorIds.get(destination);
        long time = now - minutesAgo * 60_000L;
        inventories.get(sensor).putAlert(new ApiAlert(uuid, time, title, message, severity, engine, sourceId,
                destinationId, ip(sensor, sourceId), destinationId == null ? null : ip(sensor, destinationId),
                List.of("Confirm with the plant's operators whether this was planned."),
                new ApiAdditionalInformation(message, List.of()), false, List.of(technique), "NEW", time));
    }
}
