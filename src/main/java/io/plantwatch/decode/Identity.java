package io.plantwatch.decode;

/** Facts about a device that protocols carry on the wire. */
public enum Identity {
    /** Host, station or system name (DHCP host name, LLDP system name, NameOfStation...). */
    NAME,
    VENDOR,
    /** Product name or order number ("CPU 1516-3 PN/DP", "6ES7 516-3AN00-0AB0"). */
    MODEL,
    FIRMWARE,
    SERIAL,
    HARDWARE_VERSION,
    /** Operating system or its hint ("Windows 10", "Linux"). */
    OS,
    /** A Defender device type the protocol states outright ("PLC", "Switch", "HVAC"). */
    DEVICE_TYPE,
    /** Free text describing the device (LLDP/SNMP system description). */
    DESCRIPTION,
    /** Vendor-specific product or device codes ("vendor 1, product 54"). */
    PRODUCT_CODE,
    /** Client software name/version (HTTP User-Agent, SSH client banner). */
    SOFTWARE,
    /** The IPv4 address a DHCP server assigned to the device (Defender's "DHCP Address"). */
    DHCP_ADDRESS
}
