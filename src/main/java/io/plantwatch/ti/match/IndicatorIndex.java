package io.plantwatch.ti.match;

import io.plantwatch.ti.content.Indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A package's indicators of compromise as lookups for traffic: an address against the listed IPv4
 * addresses and networks, a host name against the listed domains (the domain itself and every name
 * under it: {@code evil.example} lists {@code c2.evil.example}). An address costs one hash lookup
 * plus one mask per listed network; a name one lookup per label. {@code sha256} indicators name
 * files, which a passive sensor does not carve out of traffic: they are kept in the package but not
 * matched here. Immutable and thread-safe once built.
 */
public final class IndicatorIndex {
    /** No indicators: nothing matches. */
    public static final IndicatorIndex EMPTY = new IndicatorIndex(List.of());

    private record Network(int address, int mask, Indicator indicator) {
    }

    private final Map<Integer, Indicator> addresses = new HashMap<>();
    private final List<Network> networks = new ArrayList<>();
    private final Map<String, Indicator> domains = new HashMap<>();

    public IndicatorIndex(List<Indicator> indicators) {
        for (Indicator i : indicators) {
            switch (i.type()) {
                case "ip" -> {
                    Integer address = ipv4(i.value());
                    if (address != null) {
                        addresses.putIfAbsent(address, i);
                    }
                }
                case "cidr" -> {
                    Network n = network(i);
                    if (n != null) {
                        networks.add(n);
                    }
                }
                case "domain" -> domains.putIfAbsent(i.value().toLowerCase(Locale.ROOT), i);
                default -> { }
            }
        }
    }

    public boolean isEmpty() {
        return addresses.isEmpty() && networks.isEmpty() && domains.isEmpty();
    }

    /** How many indicators traffic can match (addresses, networks and domains). */
    public int size() {
        return addresses.size() + networks.size() + domains.size();
    }

    /** The indicator listing this address (dotted IPv4; other text never matches), or null. */
    public Indicator address(String ip) {
        if (isEmpty() || ip == null) {
            return null;
        }
        Integer address = ipv4(ip);
        if (address == null) {
            return null;
        }
        Indicator exact = addresses.get(address);
        if (exact != null) {
            return exact;
        }
        for (Network n : networks) {
            if ((address & n.mask()) == n.address()) {
                return n.indicator();
            }
        }
        return null;
    }

    /** The indicator listing this host name or a domain above it, or null. */
    public Indicator hostName(String name) {
        if (domains.isEmpty() || name == null) {
            return null;
        }
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        n = n.toLowerCase(Locale.ROOT);
        for (int at = 0; at >= 0 && at < n.length(); ) {
            Indicator found = domains.get(at == 0 ? n : n.substring(at));
            if (found != null) {
                return found;
            }
            int dot = n.indexOf('.', at);
            at = dot < 0 ? -1 : dot + 1;
        }
        return null;
    }

    private static Network network(Indicator i) {
        int slash = i.value().indexOf('/');
        if (slash < 0) {
            return null;
        }
        Integer address = ipv4(i.value().substring(0, slash));
        int bits;
        try {
            bits = Integer.parseInt(i.value().substring(slash + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (address == null || bits < 0 || bits > 32) {
            return null;
        }
        int mask = bits == 0 ? 0 : -1 << (32 - bits);
        return new Network(address & mask, mask, i);
    }

    /** A dotted IPv4 address as its 32 bits, or null when the text is not one. */
    static Integer ipv4(String text) {
        int value = 0;
        int parts = 0;
        int part = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c == '.') {
                if (part < 0 || ++parts > 4) {
                    return null;
                }
                value = value << 8 | part;
                part = -1;
            } else if (c >= '0' && c <= '9') {
                part = (part < 0 ? 0 : part * 10) + (c - '0');
                if (part > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return parts == 4 ? value : null;
    }
}
