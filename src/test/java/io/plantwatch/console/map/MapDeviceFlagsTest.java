package io.plantwatch.console.map;

import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.console.merge.MergedConnection;
import io.plantwatch.console.merge.ProtocolUse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the map reads from merged devices for its badges and filters, and how subnets add it up. */
class MapDeviceFlagsTest {
    private static final long NOW = 1_800_000_000_000L;
    private static final long DAY = 86_400_000L;

    private static DeviceView device(long id, List<String> ips, List<String> macs, Long firstSeen, Long lastSeen,
                                     Boolean authorized) {
        return new DeviceView(id, macs, ips, "d" + id, null, "PLC", null, null, null, 1, firstSeen, lastSeen, "north",
                "plant", List.of("alpha"), List.of(), List.of(), authorized, null, false);
    }

    private static Map<Long, MapDevice> byId(MapModel model) {
        return model.devices().stream().collect(Collectors.toMap(MapDevice::id, Function.identity()));
    }

    @Test
    void unauthorizedNewAndGroupAddressesAreToldApart() {
        List<DeviceView> devices = List.of(
                device(1, List.of("10.0.0.1"), List.of("00:1b:1b:00:00:01"), NOW - 30 * DAY, NOW - 60_000, true),
                device(2, List.of("10.0.0.2"), List.of(), NOW - 30 * DAY, NOW - 2 * DAY, false),
                device(3, List.of("10.0.0.3"), List.of(), NOW - 2 * DAY, NOW - 3_600_000, null),
                device(4, List.of("10.0.0.4"), List.of(), NOW - 8 * DAY, null, null),
                device(5, List.of("239.192.0.1"), List.of("01:00:5e:40:00:01"), NOW - DAY, NOW, null),
                device(6, List.of("255.255.255.255"), List.of(), NOW - 9 * DAY, NOW, null),
                device(7, List.of(), List.of("ff:ff:ff:ff:ff:ff"), NOW - 9 * DAY, NOW, null),
                device(8, List.of("224.0.0.251"), List.of("00:1b:1b:00:00:08"), NOW - 9 * DAY, NOW, null));
        MergedConnection multicast = new MergedConnection(1, 1, 1, 5, List.of(2222),
                List.of(new ProtocolUse("enip", List.of())), NOW - DAY, NOW, List.of(1L), List.of());

        Map<Long, MapDevice> flags = byId(MapModel.of(devices, List.of(multicast), device -> 0, NOW));

        assertThat(flags.get(1L).unauthorized()).isFalse();
        assertThat(flags.get(1L).newDevice()).as("authorized: not new, however recent").isFalse();
        assertThat(flags.get(2L).unauthorized()).isTrue();
        assertThat(flags.get(2L).newDevice()).isFalse();
        assertThat(flags.get(3L).newDevice()).as("first seen 2 days ago, nobody decided").isTrue();
        assertThat(flags.get(4L).newDevice()).as("first seen 8 days ago").isFalse();
        assertThat(flags.get(3L).lastSeen()).isEqualTo(NOW - 3_600_000);
        assertThat(flags.get(4L).lastSeen()).isNull();
        assertThat(flags.values().stream().filter(MapDevice::groupAddress).map(MapDevice::id))
                .as("multicast IP and MAC, broadcast IP, broadcast MAC; not a unicast MAC on a multicast IP")
                .containsExactlyInAnyOrder(5L, 6L, 7L);
    }

    @Test
    void whatAZoneShowsInItsFirstDayIsItsBaselineNotNew() {
        List<DeviceView> devices = List.of(
                device(1, List.of("10.0.0.1"), List.of(), NOW - 3 * DAY, NOW, null),
                device(2, List.of("10.0.0.2"), List.of(), NOW - 3 * DAY + DAY / 2, NOW, null),
                device(3, List.of("10.0.0.3"), List.of(), NOW - 3 * DAY + DAY + 1, NOW, null));

        Map<Long, MapDevice> flags = byId(MapModel.of(devices, List.of(), device -> 0, NOW));

        assertThat(flags.get(1L).newDevice()).isFalse();
        assertThat(flags.get(2L).newDevice()).isFalse();
        assertThat(flags.get(3L).newDevice()).isTrue();
    }

    @Test
    void aCollapsedSubnetCountsItsFlaggedDevicesAndKeepsTheLatestLastSeen() {
        List<DeviceView> devices = List.of(
                device(1, List.of("10.0.0.1"), List.of(), NOW - DAY, NOW - 5 * DAY, false),
                device(2, List.of("10.0.0.2"), List.of(), NOW - DAY, NOW - 60_000, null),
                device(3, List.of("10.0.0.3"), List.of(), NOW - 2 * DAY, null, null),
                device(4, List.of("239.1.1.1"), List.of(), NOW - DAY, NOW, null));
        MapModel model = MapModel.of(devices, List.of(), device -> 0, NOW);
        MapGraph graph = MapGraphBuilder.build(model, Set.of(Subnets.of("north", List.of("10.0.0.1"))));

        MapNode subnet = graph.node(graph.indexOf(MapNode.subnetKey(Subnets.of("north", List.of("10.0.0.1")))));
        assertThat(subnet.members()).isEqualTo(3);
        assertThat(subnet.unauthorized()).isEqualTo(1);
        assertThat(subnet.newDevices()).as("2 came a day after the zone's first device; 3 was the first")
                .isEqualTo(1);
        assertThat(subnet.lastSeen()).isEqualTo(NOW - 60_000);
        assertThat(subnet.groupAddress()).isFalse();
        MapNode group = graph.node(graph.indexOf(MapNode.deviceKey(4)));
        assertThat(group.groupAddress()).isTrue();
        assertThat(group.newDevices()).isEqualTo(1);
    }
}
