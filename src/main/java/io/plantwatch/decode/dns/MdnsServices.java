package io.plantwatch.decode.dns;

import io.plantwatch.decode.support.DataFile;

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
        for (String[] row : DataFile.rows(MdnsServices.class, RESOURCE, 2)) {
            types.put(row[0].toLowerCase(Locale.ROOT), row[1]);
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
