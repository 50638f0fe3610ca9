package io.plantwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantwatch.testing.SharedData;
import io.plantwatch.ti.TiSources;
import io.plantwatch.ti.format.SigningKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze --ti PACKAGE --trust PUBKEY} on real captures: the indicators of a signed package
 * built from the real feeds raise Malware alerts for the traffic that meets them (a DNS query in
 * modbusSmall.pcap, an HTTP Host and a server address in mixed-vlan-mpls.pcap), the same captures
 * without the package raise none, and a package the key does not vouch for is refused.
 */
class AnalyzeIndicatorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path pkg;
    static Path pub;
    static Path foreign;

    @BeforeAll
    static void buildPackages() throws Exception {
        KeyPair keys = SigningKeys.generate();
        SigningKeys.write(keys, temp.resolve("keys"));
        pub = temp.resolve("keys").resolve(SigningKeys.PUBLIC_FILE);
        String[] indicators = {"domain,google.com,test C2 domain", "ip,125.190.109.199,test C2 server",
            "domain,icir.org,test domain", "cidr,198.51.100.0/24,never seen"};
        pkg = Files.write(temp.resolve("ti.zip"),
                TiSources.buildWithIndicators(keys, "2026.11.5", temp, indicators).zip());
        foreign = Files.write(temp.resolve("foreign.zip"),
                TiSources.buildWithIndicators(SigningKeys.generate(), "2026.11.6", temp, indicators).zip());
    }

    @Test
    void aDnsQueryForAListedDomainIsAMalwareAlert() throws Exception {
        Path capture = SharedData.pcap("modbus/modbusSmall.pcap");

        List<String> malware = malwareAlerts("--ti", pkg.toString(), "--trust", pub.toString(), capture.toString());

        // frames 101 and 103 ask for mail.google.com: one alert; videosearch.ubuntu.com is not listed
        assertThat(malware).containsExactly("malware-domain Major Traffic to a known malicious domain"
                + " 118.189.96.132 -> 118.189.96.132 [\"T0869\"] 118.189.96.132 looked up mail.google.com;"
                + " domain google.com is an indicator of compromise (test C2 domain)");
        assertThat(malwareAlerts(capture.toString())).isEmpty();
    }

    @Test
    void anHttpHostAndAServerAddressOnTheListAreMalwareAlerts() throws Exception {
        Path capture = SharedData.pcap("linktypes/mixed-vlan-mpls.pcap");

        List<String> malware = malwareAlerts("--ti", pkg.toString(), "--trust", pub.toString(), capture.toString());

        assertThat(malware).anyMatch(a -> a.startsWith("malware-domain Major Traffic to a known malicious domain"
                + " 141.42.64.125 -> 125.190.109.199") && a.contains("sent an HTTP request for www.icir.org"));
        assertThat(malware).anyMatch(a -> a.startsWith("malware-address Major Connection with a known malicious address")
                && a.contains("125.190.109.199") && a.contains("(test C2 server)"));
        assertThat(malware).allMatch(a -> a.contains("125.190.109.199"));
        assertThat(malwareAlerts(capture.toString())).isEmpty();
    }

    @Test
    void aPackageTheTrustedKeyDidNotSignIsRefused() {
        Path capture = SharedData.pcap("modbus/modbusSmall.pcap");

        LauncherRun foreignKey = LauncherRun.of("analyze", "--json", "--ti", foreign.toString(), "--trust",
                pub.toString(), capture.toString());
        LauncherRun noKey = LauncherRun.of("analyze", "--json", "--ti", pkg.toString(), capture.toString());

        assertThat(foreignKey.code()).isEqualTo(2);
        assertThat(foreignKey.err()).contains("TI package not used").contains("not trusted");
        assertThat(foreignKey.out()).isEmpty();
        assertThat(noKey.code()).isEqualTo(2);
        assertThat(noKey.err()).contains("--ti needs --trust");
    }

    private static List<String> malwareAlerts(String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of("analyze", "--json"));
        line.addAll(List.of(args));
        LauncherRun run = LauncherRun.of(line.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        List<String> found = new ArrayList<>();
        for (JsonNode a : JSON.readTree(run.out()).get("alerts")) {
            if ("Malware".equals(a.get("engine").asText())) {
                found.add(a.get("rule").asText() + " " + a.get("severity").asText() + " " + a.get("title").asText() + " "
                        + a.get("source").asText() + " -> " + a.get("destination").asText() + " " + a.get("techniques")
                        + " " + a.get("message").asText());
            }
        }
        return found;
    }
}
