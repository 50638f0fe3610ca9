package io.plantwatch.inventory.oui;

import io.plantwatch.decode.support.DataFile;

/**
 * The small table of plant-network vendors shipped in the jar ({@code ics-vendors.tsv}: prefix,
 * tab, vendor). Used until a TI package brings the full IEEE registry.
 */
public final class BuiltInOuiTable {
    static final String RESOURCE = "ics-vendors.tsv";

    private BuiltInOuiTable() {
    }

    /** Reads the built-in table; each call reads it anew, so keep the result. */
    public static OuiRegistry load() {
        OuiRegistry.Builder builder = OuiRegistry.builder();
        for (String[] row : DataFile.rows(BuiltInOuiTable.class, RESOURCE, 2)) {
            builder.add(row[0], row[1]);
        }
        return builder.build();
    }
}
