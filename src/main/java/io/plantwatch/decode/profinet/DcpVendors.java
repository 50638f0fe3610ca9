package io.plantwatch.decode.profinet;

import io.plantwatch.decode.internal.NameTable;

/** Profinet vendor ids (PI's public list), loaded once. Immutable and thread-safe. */
final class DcpVendors {
    private DcpVendors() {
    }

    static NameTable load() {
        return NameTable.load("/io/plantwatch/decode/profinet/vendors.tsv");
    }
}
