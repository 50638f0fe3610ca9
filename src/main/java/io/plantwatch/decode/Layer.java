package io.plantwatch.decode;

/**
 * The link, network and transport protocols the packet decoder recognises, as bits of a mask so a
 * packet can say which it holds without allocating. Names are Wireshark's ({@code frame.protocols}).
 */
public enum Layer {
    ETH("eth"), ETHERTYPE("ethertype"), SLL("sll"), NULL("null"), RAW("raw"), VLAN("vlan"), MPLS("mpls"),
    LLC("llc"), STP("stp"), CDP("cdp"), DTP("dtp"), PPPOES("pppoes"), PPP("ppp"),
    ARP("arp"), IP("ip"), IPV6("ipv6"), TCP("tcp"), UDP("udp"), ICMP("icmp"), ICMPV6("icmpv6"),
    IGMP("igmp"), GRE("gre"), SCTP("sctp");

    private static final Layer[] ALL = values();
    private final String wiresharkName;
    private final long bit;

    Layer(String wiresharkName) {
        this.wiresharkName = wiresharkName;
        this.bit = 1L << ordinal();
    }

    public String wiresharkName() {
        return wiresharkName;
    }

    public long bit() {
        return bit;
    }

    /** Calls back for each layer in a mask, in declaration order. */
    public static void forEach(long mask, java.util.function.Consumer<Layer> action) {
        for (Layer layer : ALL) {
            if ((mask & layer.bit) != 0) {
                action.accept(layer);
            }
        }
    }
}
