package io.plantwatch.detect;

import io.plantwatch.inventory.Device;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells operational-technology devices from IT ones: Purdue level 0 to 2, an OT device type, or
 * an industrial protocol. The lists are data ({@code ot-protocols.txt}, {@code ot-device-types.txt},
 * {@code ot-ports.txt}),
 * loaded once. Immutable, thread-safe.
 */
final class OtDevices {
    private final Set<String> protocols;
    private final Set<String> types;
    private final Set<Integer> ports;

    private OtDevices(Set<String> protocols, Set<String> types, Set<Integer> ports) {
        this.protocols = protocols;
        this.types = types;
        this.ports = ports;
    }

    static OtDevices load() {
        Set<Integer> ports = new HashSet<>();
        lines("ot-ports.txt").forEach(p -> ports.add(Integer.parseInt(p)));
        return new OtDevices(lines("ot-protocols.txt"), lines("ot-device-types.txt"), Set.copyOf(ports));
    }

    /** A server port of an industrial protocol ({@code ot-ports.txt}). */
    boolean isOtPort(Integer port) {
        return port != null && ports.contains(port);
    }

    boolean isOt(Device d) {
        if (d.purdueLevel() != null && d.purdueLevel() <= 2) {
            return true;
        }
        if (d.type() != null && types.contains(d.type())) {
            return true;
        }
        for (String p : d.protocols()) {
            if (protocols.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lines(String resource) {
        Set<String> values = new HashSet<>();
        try (InputStream in = OtDevices.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    values.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(values);
    }
}
