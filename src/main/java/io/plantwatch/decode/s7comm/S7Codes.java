package io.plantwatch.decode.s7comm;

import io.plantwatch.decode.codes.CodeTable;
import io.plantwatch.decode.codes.NameTable;

/**
 * The S7 code tables: job functions, userdata functions (group &lt;&lt; 8 | subfunction), PI
 * services and S7comm-plus functions. Immutable and thread-safe.
 */
record S7Codes(CodeTable functions, CodeTable userdata, NameTable piServices, CodeTable plusFunctions) {

    static S7Codes load() {
        String base = "/io/plantwatch/decode/s7comm/";
        return new S7Codes(
                CodeTable.load(S7commReader.S7COMM, base + "functions.tsv", "Unknown function 0x%02x"),
                CodeTable.load(S7commReader.S7COMM, base + "userdata.tsv", "Userdata function 0x%04x"),
                NameTable.load(S7commReader.S7COMM, base + "pi-services.tsv"),
                CodeTable.load(S7PlusReader.S7COMM_PLUS, base + "s7plus-functions.tsv", "S7comm-plus function 0x%04x"));
    }
}
