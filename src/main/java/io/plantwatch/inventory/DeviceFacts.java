package io.plantwatch.inventory;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Role;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What protocols said about one address (a MAC or an IP): identities with the protocol that told
 * them and how often, roles per protocol, and link-layer protocols. Not thread-safe.
 */
final class DeviceFacts {
    /** One value of one identity field, with its source and how often it was stated. */
    static final class Statement {
        final String value;
        final String protocol;
        long count;
        final long firstSeen;

        Statement(String value, String protocol, long firstSeen) {
            this.value = value;
            this.protocol = protocol;
            this.firstSeen = firstSeen;
        }
    }

    private static final int MAX_VALUES_PER_FIELD = 16;

    final Map<Identity, Map<String, Statement>> identities = new EnumMap<>(Identity.class);
    final Map<String, EnumSet<Role>> roles = new LinkedHashMap<>();
    final Set<String> protocols = new LinkedHashSet<>();

    void identity(Identity field, String value, String protocol, long time) {
        Map<String, Statement> values = identities.computeIfAbsent(field, f -> new LinkedHashMap<>());
        Statement s = values.get(value);
        if (s == null) {
            if (values.size() >= MAX_VALUES_PER_FIELD) {
                return;
            }
            values.put(value, s = new Statement(value, protocol, time));
        }
        s.count++;
    }

    void role(String protocol, Role role) {
        roles.computeIfAbsent(protocol, p -> EnumSet.noneOf(Role.class)).add(role);
    }
}
