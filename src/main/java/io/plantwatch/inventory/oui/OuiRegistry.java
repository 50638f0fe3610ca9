package io.plantwatch.inventory.oui;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prefix assignments of the three IEEE registries, looked up longest first as IEEE prescribes:
 * MA-S (36-bit), then MA-M (28-bit), then MA-L (24-bit). So a MAC in a block that IEEE split
 * ("IEEE Registration Authority" in MA-L) resolves to the organisation holding the smaller block.
 * Immutable and thread-safe once built.
 */
public final class OuiRegistry implements OuiTable {
    /** The prefix lengths in bits, longest first: the lookup order. */
    static final int[] PREFIX_BITS = {36, 28, 24};

    private final Map<Long, String> byPrefix;

    private OuiRegistry(Map<Long, String> byPrefix) {
        this.byPrefix = Map.copyOf(byPrefix);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String vendorOf(long mac) {
        if (mac < 0 || (mac & 0x0200_0000_0000L) != 0) {
            return null; // no address, or locally administered: the prefix names nobody
        }
        for (int bits : PREFIX_BITS) {
            String vendor = byPrefix.get(key(bits, mac >>> (48 - bits)));
            if (vendor != null) {
                return vendor;
            }
        }
        return null;
    }

    @Override
    public int size() {
        return byPrefix.size();
    }

    /** Every organisation named, for listings and checks. */
    public Set<String> organisations() {
        return new TreeSet<>(byPrefix.values());
    }

    /** One map for all three lengths: the length sits above the prefix bits. */
    private static long key(int bits, long prefix) {
        return ((long) bits << 40) | prefix;
    }

    /** Collects assignments; the first name given for a prefix wins (IEEE lists a few twice). Not thread-safe. */
    public static final class Builder {
        private final Map<Long, String> byPrefix = new HashMap<>();

        /**
         * Adds an assignment as IEEE writes it: 6, 7 or 9 hex digits (MA-L, MA-M, MA-S).
         *
         * @throws IllegalArgumentException when the assignment is not such a prefix
         */
        public Builder add(String assignment, String organisation) {
            String hex = assignment.strip();
            int bits = hex.length() * 4;
            if (bits != 24 && bits != 28 && bits != 36) {
                throw new IllegalArgumentException("not a MAC prefix of 6, 7 or 9 hex digits: " + assignment);
            }
            long prefix;
            try {
                prefix = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a hex MAC prefix: " + assignment, e);
            }
            String name = organisation.strip();
            if (!name.isEmpty()) {
                byPrefix.putIfAbsent(key(bits, prefix), name);
            }
            return this;
        }

        public OuiRegistry build() {
            return new OuiRegistry(byPrefix);
        }
    }
}
