package io.plantwatch.inventory.oui;

import io.plantwatch.decode.MacAddress;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OuiTablesTest {

    private static long mac(String text) {
        return MacAddress.parse(text);
    }

    @Test
    void builtInTableNamesPlantVendorsByNormalisedName() {
        OuiRegistry table = BuiltInOuiTable.load();
        assertThat(table.vendorOf(mac("00:0e:8c:ec:72:b6"))).isEqualTo("Siemens");
        assertThat(table.vendorOf(mac("00:1b:1b:02:9a:c3"))).isEqualTo("Siemens"); // IEEE spells it "Siemens AG,"
        assertThat(table.vendorOf(mac("00:00:bc:5f:48:fa"))).isEqualTo("Rockwell Automation");
        assertThat(table.vendorOf(mac("00:04:17:02:23:88"))).isEqualTo("Schneider Electric");
        assertThat(table.vendorOf(mac("00:01:05:11:22:33"))).isEqualTo("Beckhoff Automation");
        assertThat(table.vendorOf(mac("00:30:de:11:22:33"))).isEqualTo("WAGO");
        assertThat(table.vendorOf(mac("00:a0:45:11:22:33"))).isEqualTo("Phoenix Contact");
        assertThat(table.vendorOf(mac("00:90:e8:11:22:33"))).isEqualTo("Moxa");
        assertThat(table.vendorOf(mac("00:30:a7:00:00:00"))).isEqualTo("Schweitzer Engineering Laboratories");
        assertThat(table.vendorOf(mac("00:1e:f6:73:59:81"))).isEqualTo("Cisco Systems");
        assertThat(table.vendorOf(mac("00:0c:29:24:3a:0a"))).isEqualTo("VMware");
        assertThat(table.vendorOf(mac("00:14:22:01:02:03"))).isEqualTo("Dell"); // the workstations beside them
        assertThat(table.size()).isBetween(4000, 6000);
    }

    @Test
    void builtInTableKnowsEveryVendorTheIssueNames() {
        assertThat(BuiltInOuiTable.load().organisations()).contains("Siemens", "Rockwell Automation",
                "Schneider Electric", "ABB", "Honeywell", "Emerson", "Mitsubishi Electric", "Omron", "Phoenix Contact",
                "WAGO", "Beckhoff Automation", "Moxa", "Hirschmann", "Cisco Systems", "Hilscher", "GE", "Yokogawa",
                "Belden", "B&R Industrial Automation", "Pilz", "Eaton", "Advantech", "Lantronix", "Johnson Controls",
                "Tridium", "Delta Electronics");
    }

    @Test
    void locallyAdministeredAndMissingAddressesHaveNoVendor() {
        OuiRegistry table = OuiRegistry.builder().add("020000", "Nobody").add("000E8C", "Siemens AG").build();
        assertThat(table.vendorOf(mac("02:00:00:00:00:01"))).isNull();
        assertThat(table.vendorOf(MacAddress.NONE)).isNull();
        assertThat(table.vendorOf(mac("00:0e:8c:00:00:01"))).isEqualTo("Siemens AG");
    }

    @Test
    void longestPrefixWinsAsIeeePrescribes() throws IOException {
        String csv = "Registry,Assignment,Organization Name,Organization Address\r\n"
                + "MA-L,70B3D5,IEEE Registration Authority,\"445 Hoes Lane Piscataway NJ US 08554 \"\r\n"
                + "MA-M,70B3D51,\"Small Block, Inc.\",Somewhere \r\n"
                + "MA-S,70B3D5123,Tiny Block GmbH,\r\n"
                + "MA-L,080030,NETWORK RESEARCH CORPORATION,\r\n"
                + "MA-L,080030,CERN,\r\n"
                + "MA-L,XYZ,Broken Row,\r\n";
        IeeeOuiCsv.Result result = IeeeOuiCsv.read(new StringReader(csv));
        assertThat(result.rows()).isEqualTo(6);
        assertThat(result.skipped()).isEqualTo(1);
        OuiRegistry table = result.registry();
        assertThat(table.vendorOf(mac("70:b3:d5:12:34:56"))).isEqualTo("Tiny Block GmbH");
        assertThat(table.vendorOf(mac("70:b3:d5:1f:00:00"))).isEqualTo("Small Block, Inc.");
        assertThat(table.vendorOf(mac("70:b3:d5:f0:00:00"))).isEqualTo("IEEE Registration Authority");
        assertThat(table.vendorOf(mac("08:00:30:00:00:01"))).isEqualTo("NETWORK RESEARCH CORPORATION");
    }

    @Test
    void brokenCsvIsAnIoErrorNotACrash() {
        assertThatThrownBy(() -> IeeeOuiCsv.read(new StringReader(
                "Registry,Assignment,Organization Name,Organization Address\nMA-L,000E8C,\"Siemens AG,x\n")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void realIeeeListingsResolveEachRegistry() throws IOException {
        Path dir = SharedData.root().resolve("ti-sources/oui");
        IeeeOuiCsv.Result result = IeeeOuiCsv.load(dir.resolve("oui.csv"), dir.resolve("mam.csv"), dir.resolve("oui36.csv"));
        // 38,338 + 6,115 + 6,754 rows; oui.csv repeats 080030 (x3) and 0001C8 (x2)
        assertThat(result.rows()).isEqualTo(38_338 + 6_115 + 6_754);
        assertThat(result.skipped()).isZero();
        OuiRegistry table = result.registry();
        assertThat(table.size()).isEqualTo(38_335 + 6_115 + 6_754);
        assertThat(table.vendorOf(mac("00:0e:8c:ec:72:b6"))).isEqualTo("Siemens AG");
        assertThat(table.vendorOf(mac("00:00:bc:5f:48:fa"))).isEqualTo("Rockwell Automation");
        assertThat(table.vendorOf(mac("00:90:e8:00:00:01"))).isEqualTo("MOXA TECHNOLOGIES CORP., LTD.");
        // MA-M and MA-S rows taken from the listings themselves
        assertThat(table.vendorOf(mac("c8:5c:e2:70:00:01"))).isEqualTo("SYNERGY SYSTEMS AND SOLUTIONS");
        assertThat(table.vendorOf(mac("8c:1f:64:af:a0:01"))).isEqualTo("DATA ELECTRONIC DEVICES, INC");
        // the MA-L block 8C1F64 is IEEE's own, split into MA-S blocks
        assertThat(table.vendorOf(mac("8c:1f:64:9b:90:00"))).isEqualTo("QUERCUS TECHNOLOGIES, S.L.");
        assertThat(Files.size(dir.resolve("oui.csv"))).isPositive();
    }

    @Test
    void layeredTablePrefersThePrimary() {
        OuiTable ti = OuiRegistry.builder().add("000E8C", "Siemens AG").build();
        OuiTable layered = OuiTable.layered(ti, BuiltInOuiTable.load());
        assertThat(layered.vendorOf(mac("00:0e:8c:00:00:01"))).isEqualTo("Siemens AG");
        assertThat(layered.vendorOf(mac("00:30:de:00:00:01"))).isEqualTo("WAGO");
        assertThat(OuiTable.layered(OuiTable.EMPTY, OuiTable.EMPTY).vendorOf(mac("00:30:de:00:00:01"))).isNull();
    }
}
