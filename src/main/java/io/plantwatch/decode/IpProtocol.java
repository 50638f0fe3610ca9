package io.plantwatch.decode;

/** IP protocol numbers the decoder names. */
public final class IpProtocol {
    public static final int ICMP = 1;
    public static final int IGMP = 2;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int GRE = 47;
    public static final int ICMPV6 = 58;
    public static final int SCTP = 132;
    public static final int NONE = -1;

    private IpProtocol() {
    }

    /** Lowercase name as used for "transport" in connections ("tcp", "icmp", "ip-proto-89"). */
    public static String name(int protocol) {
        return switch (protocol) {
            case ICMP -> "icmp";
            case IGMP -> "igmp";
            case TCP -> "tcp";
            case UDP -> "udp";
            case GRE -> "gre";
            case ICMPV6 -> "icmpv6";
            case SCTP -> "sctp";
            case 50 -> "esp";
            case 51 -> "ah";
            case 89 -> "ospf";
            case 103 -> "pim";
            case 112 -> "vrrp";
            default -> "ip-proto-" + protocol;
        };
    }
}
