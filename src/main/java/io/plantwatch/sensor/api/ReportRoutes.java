package io.plantwatch.sensor.api;

import io.plantwatch.inventory.Inventory;
import io.plantwatch.model.ApiDevice;
import io.plantwatch.model.ApiOpenPort;
import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.merge.SensorWriter;
import io.plantwatch.sensor.store.StoreReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Defender's three vulnerability reports, filled with what the sensor knows: authorisation,
 * scanners, engineering stations, open and remote-access ports, internet connections, IP
 * networks and protocol volumes. Tables that need data Plantwatch does not collect yet
 * (firewall rules, backups, antivirus, CVEs before TI) are present and empty.
 */
final class ReportRoutes {
    private static final Set<Integer> REMOTE_ACCESS_PORTS = Set.of(22, 23, 3389, 5900, 5938);

    private final StoreReader reader;
    private final SensorWriter writer;
    private final Json json;

    ReportRoutes(StoreReader reader, SensorWriter writer, Json json) {
        this.reader = reader;
        this.writer = writer;
        this.json = json;
    }

    void register(Router router) {
        router.get("/api/v1/reports/vulnerabilities/devices", r -> ok(devicesReport()))
                .get("/api/v1/reports/vulnerabilities/security", r -> ok(securityReport()))
                .get("/api/v1/reports/vulnerabilities/operational", r -> ok(operationalReport()));
    }

    private ApiResponse ok(Object report) {
        return ApiResponse.json(200, json.write(report));
    }

    private List<ApiDevice> devices() throws Exception {
        List<ApiDevice> devices = new ArrayList<>();
        for (String body : reader.bodies(new StoreReader.Query("SELECT body FROM device WHERE NOT removed ORDER BY id",
                List.of()))) {
            devices.add(json.read(body, ApiDevice.class));
        }
        return devices;
    }

    private List<Map<String, Object>> devicesReport() throws Exception {
        List<Map<String, Object>> report = new ArrayList<>();
        for (ApiDevice d : devices()) {
            List<Map<String, Object>> remote = new ArrayList<>();
            List<Map<String, Object>> opened = new ArrayList<>();
            for (ApiOpenPort p : d.openPorts() == null ? List.<ApiOpenPort>of() : d.openPorts()) {
                opened.add(Map.of("port", p.port(), "transport", p.transport(), "protocol", "",
                        "isConflictingWithFirewall", false));
                if (REMOTE_ACCESS_PORTS.contains(p.port())) {
                    remote.add(Map.of("port", p.port(), "transport", p.transport(), "client", "", "clientSoftware", ""));
                }
            }
            if (d.authorized() && !d.scanner() && remote.isEmpty()) {
                continue; // Defender leaves devices without vulnerabilities out
            }
            int score = 100 - (d.authorized() ? 0 : 30) - (d.scanner() ? 20 : 0) - (remote.isEmpty() ? 0 : 10);
            Map<String, Object> vulnerabilities = new LinkedHashMap<>();
            vulnerabilities.put("antiViruses", List.of());
            vulnerabilities.put("plainTextPasswords", List.of());
            vulnerabilities.put("remoteAccess", remote);
            vulnerabilities.put("isBackupServer", false);
            vulnerabilities.put("openedPorts", opened);
            vulnerabilities.put("isEngineeringStation", d.engineeringStation());
            vulnerabilities.put("isKnownScanner", d.scanner());
            vulnerabilities.put("cves", List.of());
            vulnerabilities.put("isUnauthorized", !d.authorized());
            vulnerabilities.put("malwareIndicationsDetected", false);
            vulnerabilities.put("weakAuthentication", List.of());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", d.name());
            row.put("ipAddresses", d.ipAddresses());
            row.put("securityScore", score);
            row.put("vendor", d.vendor());
            row.put("firmwareVersion", d.firmwareVersion());
            row.put("model", d.model());
            row.put("isWirelessAccessPoint", "Wireless Access Point".equals(d.type()));
            Map<String, Object> os = new LinkedHashMap<>();
            os.put("name", d.operatingSystem());
            os.put("type", d.operatingSystem());
            os.put("version", null);
            os.put("latestVersion", null);
            row.put("operatingSystem", os);
            row.put("vulnerabilities", vulnerabilities);
            report.add(row);
        }
        return report;
    }

    private Map<String, Object> securityReport() throws Exception {
        List<Map<String, Object>> unauthorized = new ArrayList<>();
        List<Map<String, Object>> accessPoints = new ArrayList<>();
        for (ApiDevice d : devices()) {
            String address = d.ipAddresses().isEmpty() ? (d.macAddresses().isEmpty() ? "" : d.macAddresses().get(0))
                    : d.ipAddresses().get(0);
            if (!d.authorized()) {
                unauthorized.add(Map.of("address", address, "name", d.name(),
                        "firstDetectionTime", d.firstSeen(), "lastSeen", d.lastSeen()));
            }
            if ("Wireless Access Point".equals(d.type())) {
                accessPoints.add(Map.of("macAddress", d.macAddresses().isEmpty() ? "" : d.macAddresses().get(0),
                        "vendor", String.valueOf(d.vendor()), "ipAddress", address, "name", d.name(), "wireless", "Yes"));
            }
        }
        Map<String, List<String>> internet = new TreeMap<>();
        for (String body : reader.bodies(new StoreReader.Query(
                "SELECT body FROM alert WHERE rule = 'internet-connection' ORDER BY id", List.of()))) {
            var alert = json.read(body, io.plantwatch.model.ApiAlert.class);
            internet.computeIfAbsent(alert.sourceDeviceAddress(), k -> new ArrayList<>())
                    .add(alert.destinationDeviceAddress());
        }
        List<Map<String, Object>> internetConnections = new ArrayList<>();
        internet.forEach((inside, outside) -> internetConnections.add(Map.of("internalAddress", inside,
                "authorized", false, "externalAddresses", outside)));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("unauthorizedDevices", unauthorized);
        report.put("illegalTrafficByFirewallRules", List.of());
        report.put("weakFirewallRules", List.of());
        report.put("accessPoints", accessPoints);
        report.put("connectionsBetweenSubnets", List.of());
        report.put("industrialMalwareIndicators", List.of());
        report.put("internetConnections", internetConnections);
        return report;
    }

    private Map<String, Object> operationalReport() throws Exception {
        Map<String, Integer> networks = new TreeMap<>();
        for (ApiDevice d : devices()) {
            for (String ip : d.ipAddresses()) {
                int last = ip.lastIndexOf('.');
                if (last > 0 && ip.indexOf(':') < 0) {
                    networks.merge(ip.substring(0, last) + ".0", 1, Integer::sum);
                }
            }
        }
        List<Map<String, Object>> ipNetworks = new ArrayList<>();
        networks.forEach((network, count) -> ipNetworks.add(Map.of("addresses", count, "network", network,
                "mask", "255.255.255.0")));
        List<Map<String, Object>> volumes = new ArrayList<>();
        Inventory latest = writer.latestInventory();
        if (latest != null) {
            latest.protocols().forEach((name, counts) -> volumes.add(Map.of("protocol", name,
                    "volume", String.format(java.util.Locale.ROOT, "%.2f MB", counts[1] / 1e6))));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("backupServer", List.of());
        report.put("ipNetworks", ipNetworks);
        report.put("protocolProblems", List.of());
        report.put("protocolDataVolumes", volumes);
        report.put("disconnections", List.of());
        return report;
    }
}
