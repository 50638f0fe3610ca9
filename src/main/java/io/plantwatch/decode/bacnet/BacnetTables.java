package io.plantwatch.decode.bacnet;

import io.plantwatch.decode.internal.NameTable;

/** BACnet service and vendor names, loaded once from resources. Immutable and thread-safe. */
record BacnetTables(NameTable confirmed, NameTable unconfirmed, NameTable vendors) {
    private static final String BASE = "/io/plantwatch/decode/bacnet/";

    static BacnetTables load() {
        return new BacnetTables(NameTable.load(BASE + "confirmed-services.tsv"),
                NameTable.load(BASE + "unconfirmed-services.tsv"),
                NameTable.load(BASE + "vendors.tsv"));
    }
}
