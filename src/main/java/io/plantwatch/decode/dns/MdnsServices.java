package io.plantwatch.decode.dns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * DNS-SD service types that tell what a device is ({@code _ipp._tcp} → Printer), from the data
 * file {@code mdns-services.tsv}. Immutable and thread-safe.
 */
public final class MdnsServices {
    static final String RESOURCE = "mdns-services.tsv";

    private final Map<String, String> types;

    private MdnsServices(Map<String, String> types) {
        this.types = Map.copyOf(types);
    }

    /** The shipped table; read once per call, so keep the result. */
    public static MdnsServices standard() {
        Map<String, String> types = new HashMap<>();
        try (InputStream in = MdnsServices.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (!line.isBlank() && !line.startsWith("#") && tab > 0) {
                    types.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MdnsServices(types);
    }

    /** The device type a PTR owner name such as {@code _ipp._tcp.local} announces, or null. */
    public String deviceTypeOf(String ptrOwner) {
        String name = ptrOwner.toLowerCase(Locale.ROOT);
        if (name.endsWith(".local")) {
            name = name.substring(0, name.length() - 6);
        }
        return types.get(name);
    }
}
