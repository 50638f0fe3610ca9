package io.plantwatch.inventory.oui;

/**
 * Vendor of a network interface from its MAC address prefix. Implementations are immutable and
 * thread-safe.
 */
public interface OuiTable {

    /** The organisation the MAC's prefix is assigned to, or null when unknown or locally administered. */
    String vendorOf(long mac);

    /** How many prefixes the table knows. */
    int size();

    /** A table that knows nothing. */
    OuiTable EMPTY = new OuiTable() {
        @Override
        public String vendorOf(long mac) {
            return null;
        }

        @Override
        public int size() {
            return 0;
        }
    };

    /** Looks in {@code primary} first and falls back to {@code fallback} (a TI table over the built-in one). */
    static OuiTable layered(OuiTable primary, OuiTable fallback) {
        return new OuiTable() {
            @Override
            public String vendorOf(long mac) {
                String vendor = primary.vendorOf(mac);
                return vendor != null ? vendor : fallback.vendorOf(mac);
            }

            @Override
            public int size() {
                return primary.size() + fallback.size();
            }
        };
    }
}
