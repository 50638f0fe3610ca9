package io.plantwatch.ti.match;

import io.plantwatch.ti.content.OuiEntry;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The IEEE registries as a lookup: a MAC resolves by MA-S (36-bit prefix), then MA-M (28), then
 * MA-L (24), as IEEE prescribes. Immutable and thread-safe once built.
 */
public final class OuiTable {
    private final Map<String, String> byPrefix = new HashMap<>();

    public OuiTable(List<OuiEntry> entries) {
        entries.forEach(e -> byPrefix.put(e.assignment(), e.organization()));
    }

    /** The organisation for a MAC ({@code 00:1b:1b:01:02:03}), or null. */
    public String vendor(String mac) {
        if (mac == null) {
            return null;
        }
        String hex = mac.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
        if (hex.length() != 12) {
            return null;
        }
        for (int digits : new int[] {9, 7, 6}) {
            String vendor = byPrefix.get(hex.substring(0, digits));
            if (vendor != null) {
                return vendor;
            }
        }
        return null;
    }

    public int size() {
        return byPrefix.size();
    }
}
