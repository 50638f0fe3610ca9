package io.plantwatch.decode.modbus;

import io.plantwatch.decode.codes.CodeTable;

/**
 * The Modbus code tables: function codes, Diagnostics sub-functions, MEI types of FC 43 and
 * Schneider's UMAS functions of FC 90. Immutable and thread-safe.
 */
record ModbusCodes(CodeTable functions, CodeTable diagnostics, CodeTable meiTypes, CodeTable umas) {

    static ModbusCodes load() {
        String base = "/io/plantwatch/decode/modbus/";
        return new ModbusCodes(
                CodeTable.load(ModbusFlowDecoder.MODBUS, base + "functions.tsv", "Unknown function (%d)"),
                CodeTable.load(ModbusFlowDecoder.MODBUS, base + "diagnostics.tsv", "Diagnostics: sub-function %d"),
                CodeTable.load(ModbusFlowDecoder.MODBUS, base + "mei-types.tsv", "Encapsulated Interface Transport: MEI type %d"),
                CodeTable.load(ModbusFlowDecoder.MODBUS, base + "umas-functions.tsv", "UMAS function 0x%02X"));
    }
}
