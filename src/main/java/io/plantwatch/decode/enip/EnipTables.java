package io.plantwatch.decode.enip;

import io.plantwatch.decode.internal.NameTable;

/**
 * The EtherNet/IP and CIP name tables (encapsulation commands, service codes, vendor ids, device
 * profiles), loaded once from resources. Immutable and thread-safe.
 */
record EnipTables(NameTable commands, NameTable commonServices, NameTable connectionManagerServices,
                  NameTable classServices, NameTable vendors, NameTable deviceTypes) {
    private static final String BASE = "/io/plantwatch/decode/enip/";

    static EnipTables load() {
        return new EnipTables(
                NameTable.load(BASE + "encapsulation-commands.tsv"),
                NameTable.load(BASE + "cip-services.tsv"),
                NameTable.load(BASE + "cip-cm-services.tsv"),
                NameTable.load(BASE + "cip-class-services.tsv"),
                NameTable.load(BASE + "cip-vendors.tsv"),
                NameTable.load(BASE + "cip-device-types.tsv"));
    }

    boolean knownCommand(int command) {
        return commands.name(command) != null;
    }

    /** The table that names a service of a class: common, Connection Manager, or class-specific. */
    NameTable servicesOf(int cipClass, int service) {
        if (service < CipService.FIRST_CLASS_SPECIFIC) {
            return commonServices;
        }
        return cipClass == CipService.CONNECTION_MANAGER ? connectionManagerServices : classServices;
    }

    String serviceName(int cipClass, int service) {
        return servicesOf(cipClass, service).nameOr(service, "Service 0x%02X");
    }
}
