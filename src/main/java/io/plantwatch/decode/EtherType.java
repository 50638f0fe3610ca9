package io.plantwatch.decode;

/** EtherType values the decoder dispatches on. */
public final class EtherType {
    public static final int IPV4 = 0x0800;
    public static final int ARP = 0x0806;
    public static final int VLAN = 0x8100;
    public static final int IPV6 = 0x86DD;
    public static final int MPLS = 0x8847;
    public static final int MPLS_MULTICAST = 0x8848;
    public static final int PPPOE_SESSION = 0x8864;
    public static final int QINQ = 0x88A8;
    public static final int PROFINET = 0x8892;
    public static final int LLDP = 0x88CC;
    public static final int QINQ_OLD = 0x9100;
    /** Not an EtherType: marks an 802.3 frame whose LLC/SNAP payload had none. */
    public static final int LLC = -2;

    private EtherType() {
    }
}
