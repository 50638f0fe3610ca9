package io.plantwatch.decode.bacnet;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.Device;
import org.junit.jupiter.api.Test;

import static io.plantwatch.testing.Inventories.activities;
import static io.plantwatch.testing.Inventories.analyze;
import static io.plantwatch.testing.Inventories.deviceWithIp;
import static io.plantwatch.testing.Inventories.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identities the shared BACnet captures state, pinned to what tshark shows
 * ({@code tshark -r F -T fields -e bacapp.object_name -e bacapp.instance_number -e bacapp.vendor_identifier},
 * and the character strings of model-name, firmware-revision, application-software-version in {@code -V}).
 */
class BacnetIdentityTest {

    @Test
    void devicePropertiesAndIAmIdentifyTheController() {
        AnalysisReport report = analyze("bacnet/bacnet_example.pcap");
        Device device = deviceWithIp(report, "172.20.32.100");

        assertThat(device.name()).isEqualTo("PLC_93");
        assertThat(device.model()).isEqualTo("GHU-026");
        assertThat(device.firmware()).isEqualTo("5.6.1");
        assertThat(values(device, "software")).containsExactly("1.8.5");
        assertThat(values(device, "description")).containsExactly("BACnet device 416");
        assertThat(values(device, "product_code")).containsExactly("BACnet vendor 138");
        assertThat(device.roles()).contains("bacapp/SERVER");
    }

    @Test
    void pointNamesAreNotDeviceNames() {
        Device sensor = deviceWithIp(analyze("bacnet/bacnet_example.pcap"), "172.20.32.50");

        assertThat(values(sensor, "name")).isEmpty(); // Sensor_45312 names an analog-input object
    }

    @Test
    void reinitializeAndWhoIsAreActivitiesOfTheirSenders() {
        AnalysisReport report = analyze("bacnet/bacnet_example.pcap");

        assertThat(activities(report, ActivityType.RESTART)).hasSize(120)
                .allSatisfy(a -> assertThat(a.source()).hasToString("172.20.32.250"));
        assertThat(activities(report, ActivityType.DISCOVERY)).hasSize(7)
                .allSatisfy(a -> assertThat(a.source()).hasToString("172.20.32.200"));
        assertThat(deviceWithIp(report, "172.20.32.250").roles()).contains("bacapp/ENGINEERING");
    }

    @Test
    void iAmVendorIdIsNamed() {
        AnalysisReport report = analyze("bacnet/bacnet_segmented_data.pcap");

        for (String ip : new String[] {"10.0.0.1", "10.0.0.2"}) {
            assertThat(deviceWithIp(report, ip).vendor()).as(ip).isEqualTo("Unitec Corporation");
        }
    }
}
