package io.plantwatch.inventory.classify;

import io.plantwatch.decode.Role;
import io.plantwatch.inventory.Classification;
import io.plantwatch.inventory.DeviceClassifier;
import io.plantwatch.inventory.DeviceProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Type and Purdue level from what a device states and the roles it plays, first match wins:
 * a type stated on the wire; programming a controller (engineering station); serving an
 * industrial protocol (PLC, RTU, controller); polling one (HMI). Thread-safe.
 */
public final class StandardClassifier implements DeviceClassifier {
    private static final Set<String> PLC_PROTOCOLS = Set.of("s7comm", "s7comm-plus", "modbus", "enip", "cip", "umas");
    private static final Set<String> RTU_PROTOCOLS = Set.of("dnp3", "iec60870_104", "iec60870_asdu");
    private static final Set<String> BUILDING_PROTOCOLS = Set.of("bacnet", "bacapp");

    @Override
    public Classification classify(DeviceProfile profile) {
        List<String> evidence = new ArrayList<>();
        List<String> stated = profile.identities().getOrDefault("DEVICE_TYPE", List.of());
        if (!stated.isEmpty()) {
            evidence.add("type stated on the wire: " + stated.get(0));
            return new Classification(stated.get(0), levelOf(stated.get(0)), null, evidence);
        }
        for (Map.Entry<String, Set<Role>> e : profile.roles().entrySet()) {
            if (e.getValue().contains(Role.ENGINEERING)) {
                evidence.add("programs or configures controllers over " + e.getKey());
                return new Classification("Engineering Station", 2, null, evidence);
            }
        }
        for (Map.Entry<String, Set<Role>> e : profile.roles().entrySet()) {
            if (e.getValue().contains(Role.SERVER)) {
                String type = PLC_PROTOCOLS.contains(e.getKey()) ? "PLC"
                        : RTU_PROTOCOLS.contains(e.getKey()) ? "RTU"
                        : BUILDING_PROTOCOLS.contains(e.getKey()) ? "HVAC" : null;
                if (type != null) {
                    evidence.add("answers " + e.getKey() + " requests");
                    return new Classification(type, 1, null, evidence);
                }
            }
        }
        for (Map.Entry<String, Set<Role>> e : profile.roles().entrySet()) {
            String protocol = e.getKey();
            boolean industrial = PLC_PROTOCOLS.contains(protocol) || RTU_PROTOCOLS.contains(protocol)
                    || BUILDING_PROTOCOLS.contains(protocol);
            if (industrial && e.getValue().contains(Role.CLIENT)) {
                evidence.add("polls devices over " + protocol);
                return new Classification("HMI", 2, null, evidence);
            }
        }
        return new Classification(Classification.UNKNOWN, null, null, evidence);
    }

    private static Integer levelOf(String type) {
        return switch (type) {
            case "PLC", "RTU", "IED", "DCS Controller" -> 1;
            case "HMI", "Engineering Station", "Historian" -> 2;
            case "Switch", "Router", "Firewall" -> null;
            default -> null;
        };
    }
}
