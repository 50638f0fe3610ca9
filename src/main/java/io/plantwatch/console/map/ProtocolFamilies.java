package io.plantwatch.console.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which protocols are OT (industrial) and which IT, for edge colours. The list is data, shared with
 * detection ({@code detect/ot-protocols.txt}), loaded once. Thread-safe (immutable after loading).
 */
public final class ProtocolFamilies {
    private static final Set<String> OT = load();

    private ProtocolFamilies() {
    }

    public static boolean isOt(String protocol) {
        return protocol != null && OT.contains(protocol.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = ProtocolFamilies.class.getResourceAsStream("/io/plantwatch/detect/ot-protocols.txt")) {
            if (in == null) {
                return Set.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
