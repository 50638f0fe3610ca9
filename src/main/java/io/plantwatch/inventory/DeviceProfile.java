package io.plantwatch.inventory;

import io.plantwatch.decode.Role;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything known about one device, as the classifier sees it.
 *
 * @param identities field name → values stated, most frequent first
 * @param roles protocol → roles the device plays in it
 */
public record DeviceProfile(List<Long> macs, List<String> ips, Map<String, List<String>> identities,
                            Map<String, Set<Role>> roles, Set<String> protocols,
                            List<Device.OpenPort> openPorts) {
}
