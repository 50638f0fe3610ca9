package io.plantwatch.inventory.classify;

import io.plantwatch.decode.MacAddress;
import io.plantwatch.decode.Role;
import io.plantwatch.inventory.Classification;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.DeviceProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Classification from plain profiles: the roles, identities and ports other decoders report. */
class StandardClassifierTest {
    private final StandardClassifier classifier = new StandardClassifier();

    /** Builds a profile fluently. */
    private static final class Profile {
        final List<Long> macs = new ArrayList<>();
        final List<String> ips = new ArrayList<>(List.of("10.0.0.5"));
        final Map<String, List<String>> identities = new LinkedHashMap<>();
        final Map<String, Set<Role>> roles = new LinkedHashMap<>();
        final Set<String> protocols = new java.util.HashSet<>();
        final List<Device.OpenPort> ports = new ArrayList<>();

        Profile mac(String mac) {
            macs.add(MacAddress.parse(mac));
            return this;
        }

        Profile ip(String ip) {
            ips.clear();
            ips.add(ip);
            return this;
        }

        Profile role(String protocol, Role role) {
            roles.computeIfAbsent(protocol, p -> EnumSet.noneOf(Role.class)).add(role);
            protocols.add(protocol);
            return this;
        }

        Profile says(String field, String value) {
            identities.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
            return this;
        }

        Profile port(String transport, int port) {
            ports.add(new Device.OpenPort(transport, port));
            return this;
        }

        DeviceProfile build() {
            return new DeviceProfile(macs, ips, identities, roles, protocols, ports);
        }
    }

    private Classification classify(Profile p) {
        return classifier.classify(p.build());
    }

    @Test
    void industrialServersAreControllers() {
        assertThat(classify(new Profile().role("modbus", Role.SERVER)).type()).isEqualTo("PLC");
        assertThat(classify(new Profile().role("s7comm", Role.SERVER)).type()).isEqualTo("PLC");
        assertThat(classify(new Profile().role("enip", Role.SERVER).role("cip", Role.SERVER)).type()).isEqualTo("PLC");
        assertThat(classify(new Profile().role("dnp3", Role.SERVER)).type()).isEqualTo("RTU");
        assertThat(classify(new Profile().role("iec60870_104", Role.SERVER)).type()).isEqualTo("RTU");
        assertThat(classify(new Profile().role("bacapp", Role.SERVER)).type()).isEqualTo("HVAC");
        Classification plc = classify(new Profile().role("modbus", Role.SERVER));
        assertThat(plc.purdueLevel()).isEqualTo(1);
        assertThat(plc.evidence()).contains("answers modbus requests (80)", "Purdue level 1 for a PLC");
    }

    @Test
    void programmingWinsOverPollingAndPollingOverWebBrowsing() {
        Classification eng = classify(new Profile().role("s7comm", Role.ENGINEERING).role("s7comm", Role.CLIENT)
                .role("modbus", Role.CLIENT));
        assertThat(eng.type()).isEqualTo("Engineering Station");
        assertThat(eng.purdueLevel()).isEqualTo(2);
        assertThat(eng.evidence().get(0)).isEqualTo("programs or configures controllers over s7comm (90)");
        Classification hmi = classify(new Profile().role("modbus", Role.CLIENT).says("OS", "Windows 7")
                .says("SOFTWARE", "Mozilla/5.0 (Windows NT 6.1)").role("nbss", Role.CLIENT));
        assertThat(hmi.type()).isEqualTo("HMI");
        assertThat(classify(new Profile().says("OS", "Windows 7").role("nbss", Role.CLIENT)).type())
                .isEqualTo("Workstation");
    }

    @Test
    void aPlcWithAWebServerStaysAPlc() {
        Classification c = classify(new Profile().role("s7comm", Role.SERVER).role("http", Role.SERVER)
                .role("snmp", Role.SERVER).port("tcp", 102).port("tcp", 80));
        assertThat(c.type()).isEqualTo("PLC");
    }

    @Test
    void statedTypeWinsOutright() {
        Classification c = classify(new Profile().says("DEVICE_TYPE", "Switch").role("http", Role.SERVER));
        assertThat(c.type()).isEqualTo("Switch");
        assertThat(c.purdueLevel()).isNull();
        assertThat(c.evidence()).containsExactly("type stated on the wire: Switch");
    }

    @Test
    void modelsPortsAndServicesDecideWithoutRoles() {
        assertThat(classify(new Profile().says("MODEL", "6ES7 516-3AN00-0AB0")).type()).isEqualTo("PLC");
        assertThat(classify(new Profile().says("MODEL", "SIMATIC HMI TP1200 Comfort")).type()).isEqualTo("HMI");
        assertThat(classify(new Profile().says("MODEL", "SEL-751A")).type()).isEqualTo("IED");
        assertThat(classify(new Profile().says("DESCRIPTION", "Siemens, SIMATIC NET, SCALANCE X208")).type())
                .isEqualTo("Switch");
        assertThat(classify(new Profile().port("tcp", 502)).type()).isEqualTo("PLC");
        assertThat(classify(new Profile().port("tcp", 88).port("tcp", 389).port("tcp", 53)
                .role("dns", Role.SERVER)).type()).isEqualTo("Domain Controller");
        assertThat(classify(new Profile().port("tcp", 1433)).type()).isEqualTo("DB Server");
        assertThat(classify(new Profile().port("tcp", 9100)).type()).isEqualTo("Printer");
        assertThat(classify(new Profile().role("ntp", Role.SERVER)).type()).isEqualTo("NTP Server");
        assertThat(classify(new Profile().role("mqtt", Role.SERVER)).type()).isEqualTo("Server");
        assertThat(classify(new Profile().says("OS", "Windows Server 2008")).type()).isEqualTo("Server");
        assertThat(classify(new Profile().says("NAME", "HIST01")).type()).isEqualTo("Historian");
    }

    @Test
    void vendorComesFromTheMacPrefixAndHintsTheType() {
        Classification camera = classify(new Profile().mac("00:40:8c:12:34:56"));
        assertThat(camera.vendor()).isEqualTo("Axis Communications");
        assertThat(camera.type()).isEqualTo("IP Camera");
        assertThat(camera.evidence()).contains("vendor Axis Communications from MAC prefix 00:40:8c");
        Classification rockwell = classify(new Profile().mac("00:00:bc:5f:48:fa"));
        assertThat(rockwell.vendor()).isEqualTo("Rockwell Automation");
        assertThat(rockwell.type()).isEqualTo("PLC");
        // a Rockwell-made host that polls over CIP is an HMI, whatever its maker
        assertThat(classify(new Profile().mac("00:00:bc:5f:48:fa").role("cip", Role.CLIENT)).type()).isEqualTo("HMI");
    }

    @Test
    void internetPeersAndUnknowns() {
        assertThat(classify(new Profile().ip("66.175.213.4")).type()).isEqualTo("Internet");
        assertThat(classify(new Profile().ip("66.175.213.4")).purdueLevel()).isEqualTo(5);
        assertThat(classify(new Profile().ip("66.175.213.4").mac("00:0c:29:00:00:01")).type()).isNotEqualTo("Internet");
        Classification unknown = classify(new Profile());
        assertThat(unknown.type()).isEqualTo("Unknown");
        assertThat(unknown.purdueLevel()).isNull();
        assertThat(unknown.evidence()).isEmpty();
    }

    @Test
    void everyRuleParsesAndEveryTypeIsDefenders() {
        DeviceTypeRules rules = DeviceTypeRules.standard();
        Set<String> defender = Set.of("Engineering Station", "PLC", "Historian", "HMI", "Domain Controller",
                "DB Server", "Wireless Access Point", "Router", "Switch", "Workstation", "Server", "IP Camera",
                "Printer", "Firewall", "IED", "DCS Controller", "RTU", "NTP Server", "HVAC", "Internet",
                "Variable Frequency Drive", "I/O Adapter", "Protocol Converter", "Storage", "Smart TV", "IP Telephone");
        assertThat(rules.rules()).hasSizeGreaterThan(40);
        rules.rules().forEach(r -> assertThat(defender).as(r.evidence()).contains(r.type()));
    }
}
