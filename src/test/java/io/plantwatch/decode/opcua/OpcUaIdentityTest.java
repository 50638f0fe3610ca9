package io.plantwatch.decode.opcua;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.inventory.Device;
import org.junit.jupiter.api.Test;

import static io.plantwatch.testing.Inventories.analyze;
import static io.plantwatch.testing.Inventories.deviceWithIp;
import static io.plantwatch.testing.Inventories.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Application names, URIs and endpoints the shared OPC UA captures state, pinned to what tshark shows
 * ({@code tshark -r F -T fields -e opcua.loctext.Text -e opcua.ApplicationUri -e opcua.ProductUri}).
 */
class OpcUaIdentityTest {

    @Test
    void createSessionNamesClientAndServerApplications() {
        Device host = deviceWithIp(analyze("opcua/python_opcua-client-server_minimal.pcap"), "127.0.0.1");

        assertThat(values(host, "software")).containsExactlyInAnyOrder("Pure Python Client", "FreeOpcUa Python Server");
        assertThat(values(host, "product_code"))
                .containsExactlyInAnyOrder("urn:freeopcua.github.io:client", "urn:freeopcua.github.io:python:server");
        assertThat(values(host, "description")).contains("OPC UA application urn:freeopcua:python:server",
                "OPC UA endpoint opc.tcp://localhost:4840/freeopcua/server/");
        assertThat(host.roles()).contains("opcua/CLIENT", "opcua/SERVER");
    }

    @Test
    void getEndpointsNamesTheServer() {
        AnalysisReport report = analyze("opcua/open62541_client-server_mainloop-not-localhost.pcap");
        Device server = deviceWithIp(report, "192.168.224.102");

        assertThat(values(server, "software")).containsExactly("open62541-based OPC UA Application");
        assertThat(values(server, "product_code")).containsExactly("http://open62541.org");
        assertThat(values(server, "description")).contains("OPC UA application urn:open62541.server.application",
                "OPC UA endpoint opc.tcp://192.168.224.102:4840");
        assertThat(report.inventory().connections()).anySatisfy(c ->
                assertThat(c.commands()).contains("CreateSession", "Read", "Write", "Publish", "AddNodes"));
    }

    @Test
    void theEncryptedChannelTellsNothingButThePlainOneStillNamesTheServer() {
        Device server = deviceWithIp(analyze("opcua/open62541_client-server_encrypted.pcap"), "::1");

        assertThat(values(server, "software")).containsExactly("open62541-based OPC UA Application");
    }
}
