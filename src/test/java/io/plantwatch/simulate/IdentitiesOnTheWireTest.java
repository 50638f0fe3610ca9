package io.plantwatch.simulate;

import io.plantwatch.simulate.truth.Truth;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every identity in the truth file is really on the wire, as tshark decodes it: for each device,
 * the fields of its identity protocol, in frames it sent, hold its vendor, model and firmware (the
 * vendor as the protocol spells it, which contains the truth's name); devices known only by OUI
 * have a MAC prefix the IEEE registers to their vendor; DHCP clients state their host name.
 */
class IdentitiesOnTheWireTest {
    private static final Pattern BACNET_PROPERTY =
            Pattern.compile("^\\s*(vendor-name|model-name|firmware-revision): UTF-8 '(.*)'$");
    private static final Pattern IP_SOURCE = Pattern.compile("^Internet Protocol Version 4, Src: (\\S+),");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"factory", "building", "utility"})
    void everyTruthIdentityIsDecodedByTshark(String plant) throws IOException {
        TsharkTool.assumeInstalled();
        SimulationResult r = SimulatedCaptures.write(dir, plant, 11);
        Path capture = r.files().get(0);
        Map<String, Set<String>> stated = statedBySender(capture);
        Map<String, String> registry = ouiRegistry();
        int checked = 0;
        for (Truth.TruthDevice d : r.truth().devices()) {
            String key = "lldp".equals(d.identitySource()) ? d.macs().get(0) : d.ips().get(0);
            if ("oui".equals(d.identitySource())) {
                String oui = d.macs().get(0).replace(":", "").substring(0, 6).toUpperCase(Locale.ROOT);
                assertThat(registry.get(oui)).as(d.name() + " OUI " + oui).isNotNull()
                        .containsIgnoringCase(d.vendor());
                continue;
            }
            Set<String> values = stated.getOrDefault(key, Set.of());
            assertThat(values).as(d.name() + " (" + d.identitySource() + ") states its vendor " + d.vendor())
                    .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(d.vendor().toLowerCase(Locale.ROOT)));
            assertThat(values).as(d.name() + " states its model").contains(d.model());
            assertThat(values).as(d.name() + " states its firmware").contains(d.firmware());
            if ("lldp".equals(d.identitySource())) {
                assertThat(values).as(d.name() + " system description").anyMatch(v -> v.startsWith(d.vendor() + ", ")
                        && v.contains(d.model()) && v.contains(d.firmware()));
            }
            checked++;
        }
        assertThat(checked).as("devices with protocol-stated identity").isGreaterThan(20);
        Set<String> hostNames = new HashSet<>();
        TsharkTool.fields(capture, "dhcp.option.hostname", "dhcp.option.hostname").forEach(row -> hostNames.add(row[0]));
        r.truth().devices().stream().filter(d -> d.protocols().contains("dhcp"))
                .forEach(d -> assertThat(hostNames).as("DHCP host names").contains(d.name()));
    }

    /** Identity strings tshark shows, by sender (IP, or MAC for LLDP). */
    private static Map<String, Set<String>> statedBySender(Path capture) {
        Map<String, Set<String>> stated = new HashMap<>();
        for (String[] row : TsharkTool.fields(capture, "modbus.object_str_value", "ip.src", "modbus.object_str_value")) {
            add(stated, row[0], row[1].split("\\|"));
        }
        for (String[] row : TsharkTool.fields(capture, "s7comm.szl.xy11.0001.anz || s7comm.szl.001c.0007.cputypname",
                "ip.src", "s7comm.szl.xy11.0001.anz", "s7comm.szl.xy11.0001.index", "s7comm.szl.xy11.0001.ausbg",
                "s7comm.szl.xy11.0001.ausbe", "s7comm.szl.001c.0007.cputypname", "s7comm.szl.001c.0004.copyright")) {
            add(stated, row[0], row[1].split("\\|"));
            add(stated, row[0], row[5], row[6]);
            String[] index = row[2].split("\\|");
            String[] ausbg = row[3].split("\\|");
            String[] ausbe = row[4].split("\\|");
            for (int i = 0; i < index.length && !row[2].isEmpty(); i++) {
                if (Integer.decode(index[i]) == 7) {
                    // Index 7 is the firmware: 'V' and major in Ausbg, minor and patch in Ausbe.
                    int g = Integer.parseInt(ausbg[i]);
                    int e = Integer.parseInt(ausbe[i]);
                    add(stated, row[0], String.format("%c%d.%d.%d", (char) (g >> 8), g & 0xFF, e >> 8, e & 0xFF));
                }
            }
        }
        Map<String, String> enipVendors = enipVendorNames();
        for (String[] row : TsharkTool.fields(capture, "enip.lir.name", "ip.src", "enip.lir.name", "enip.lir.revision",
                "enip.lir.vendor")) {
            int revision = Integer.parseInt(row[2]);
            // tshark shows the revision as major.minor with two minor digits ("2.03").
            add(stated, row[0], row[1], String.format("%d.%02d", revision >> 8, revision & 0xFF),
                    enipVendors.getOrDefault(String.valueOf(Integer.decode(row[3])), "?"));
        }
        for (String[] row : TsharkTool.fields(capture, "dnp3.al.da.value", "ip.src", "dnp3.al.da.value")) {
            add(stated, row[0], row[1].split("\\|"));
        }
        for (String[] row : TsharkTool.fields(capture, "lldp", "eth.src", "lldp.tlv.system.desc", "lldp.tlv.system.name",
                "lldp.media.manufacturer", "lldp.media.model", "lldp.media.firmware")) {
            add(stated, row[0], row[1], row[2], row[3], row[4], row[5]);
        }
        String bacnet = TsharkTool.run(capture, "-V", "-Y", "bacapp.type == 3 && bacapp.objectType == 8");
        String source = null;
        for (String line : bacnet.split("\n")) {
            Matcher ip = IP_SOURCE.matcher(line);
            if (ip.find()) {
                source = ip.group(1);
            }
            Matcher property = BACNET_PROPERTY.matcher(line);
            if (property.matches() && source != null) {
                add(stated, source, property.group(2));
            }
        }
        return stated;
    }

    private static Map<String, String> enipVendorNames() {
        Map<String, String> names = new HashMap<>();
        try {
            Process p = new ProcessBuilder("tshark", "-G", "values").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            for (String line : new String(p.getInputStream().readAllBytes()).split("\n")) {
                String[] cols = line.split("\t");
                if (cols.length == 4 && cols[1].equals("enip.lir.vendor")) {
                    names.put(cols[2], cols[3]);
                }
            }
            p.waitFor();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return names;
    }

    private static Map<String, String> ouiRegistry() throws IOException {
        Map<String, String> registry = new HashMap<>();
        Path csv = SharedData.root().resolve("ti-sources/oui/oui.csv");
        for (String line : Files.readAllLines(csv)) {
            String[] cols = line.split(",", 3);
            if (cols.length == 3 && cols[0].equals("MA-L")) {
                String name = cols[2].startsWith("\"") ? cols[2].substring(1, cols[2].indexOf('"', 1))
                        : cols[2].split(",")[0];
                registry.put(cols[1], name);
            }
        }
        return registry;
    }

    private static void add(Map<String, Set<String>> stated, String sender, String... values) {
        Set<String> set = stated.computeIfAbsent(sender, k -> new HashSet<>());
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                set.add(v.trim());
            }
        }
    }
}
