package io.plantwatch.inventory.classify;

import io.plantwatch.decode.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One test a classification rule makes on a device. {@link #match} returns the value that made it
 * hold (for the evidence text), or null when it does not hold. Immutable and thread-safe.
 */
interface Condition {

    String match(ProfileFacts facts);

    /**
     * Parses one condition of the rules file:
     * {@code role:modbus|s7comm=SERVER} (a protocol role; {@code *} is any protocol),
     * {@code port:tcp/502} (an open port), {@code protocol:goose} (a protocol seen),
     * {@code model~REGEX} (an identity field matching; fields: model, vendor, os, software, name,
     * description, device_type), {@code internet} (only public addresses).
     */
    static Condition parse(String text) {
        String t = text.strip();
        if (t.equals("internet")) {
            return facts -> facts.onlyInternetAddresses() ? "internet addresses only" : null;
        }
        if (t.startsWith("role:")) {
            int eq = t.lastIndexOf('=');
            List<String> protocols = Arrays.asList(t.substring(5, eq).split("\\|"));
            Role role = Role.valueOf(t.substring(eq + 1));
            return facts -> {
                for (Map.Entry<String, Set<Role>> e : facts.roles().entrySet()) {
                    if ((protocols.contains("*") || protocols.contains(e.getKey())) && e.getValue().contains(role)) {
                        return e.getKey();
                    }
                }
                return null;
            };
        }
        if (t.startsWith("port:")) {
            String[] parts = t.substring(5).split("/");
            int port = Integer.parseInt(parts[1]);
            return facts -> facts.hasOpenPort(parts[0], port) ? parts[0] + "/" + port : null;
        }
        if (t.startsWith("protocol:")) {
            String protocol = t.substring(9);
            return facts -> facts.seesProtocol(protocol) ? protocol : null;
        }
        int tilde = t.indexOf('~');
        if (tilde > 0) {
            String field = t.substring(0, tilde).toUpperCase(Locale.ROOT);
            Pattern pattern = Pattern.compile(t.substring(tilde + 1));
            return facts -> {
                for (String value : facts.values(field)) {
                    Matcher m = pattern.matcher(value);
                    if (m.find()) {
                        return value;
                    }
                }
                return null;
            };
        }
        throw new IllegalArgumentException("unknown condition: " + text);
    }
}
