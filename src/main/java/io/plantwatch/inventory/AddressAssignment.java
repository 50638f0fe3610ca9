package io.plantwatch.inventory;

import io.plantwatch.decode.IpAddress;
import io.plantwatch.decode.MacAddress;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides which MAC owns each IP, so devices are MACs with their IPs, plus IP-only devices for
 * routed peers.
 *
 * <p>ARP is believed first: an IP is owned by the MAC that claims it most often. Otherwise an IP
 * belongs to the MAC that sends it most, unless that MAC is a gateway: a MAC that sends more
 * than {@link #GATEWAY_V4} IPv4 (or {@link #GATEWAY_V6} IPv6) source addresses it does not claim in
 * ARP is forwarding other hosts' traffic, and those hosts become IP-only devices. Link-local
 * addresses never cross a router, so they always stay with their MAC. A host with a couple of
 * addresses (DHCP renewal, IPv6 privacy addresses) stays one device.
 */
final class AddressAssignment {
    static final int GATEWAY_V4 = 2;
    static final int GATEWAY_V6 = 4;

    private AddressAssignment() {
    }

    /** IP → owning MAC, or {@link MacAddress#NONE} for an IP-only device. */
    static Map<IpAddress, Long> assign(AddressBook book, Collection<BindingTotals> bindings) {
        Map<IpAddress, Long> arpOwner = new HashMap<>();
        Map<IpAddress, Long> arpCount = new HashMap<>();
        book.arpClaims().forEach((claim, counts) -> {
            Long best = arpCount.get(claim.ip());
            if (best == null || counts[0] > best) {
                arpOwner.put(claim.ip(), claim.mac());
                arpCount.put(claim.ip(), counts[0]);
            }
        });

        Map<Long, Set<IpAddress>> unclaimedSources = new HashMap<>();
        Set<IpAddress> sources = new HashSet<>();
        for (BindingTotals b : bindings) {
            if (b.framesAsSource() == 0 || !usable(b.ip())) {
                continue;
            }
            sources.add(b.ip());
            if (MacAddress.isUnicast(b.mac()) && !b.ip().isLinkLocal() && !Long.valueOf(b.mac()).equals(arpOwner.get(b.ip()))) {
                unclaimedSources.computeIfAbsent(b.mac(), m -> new HashSet<>()).add(b.ip());
            }
        }
        Set<Long> gateways = new HashSet<>();
        unclaimedSources.forEach((mac, ips) -> {
            long v6 = ips.stream().filter(IpAddress::v6).count();
            if (ips.size() - v6 > GATEWAY_V4 || v6 > GATEWAY_V6) {
                gateways.add(mac);
            }
        });

        Map<IpAddress, Long> owner = new HashMap<>();
        Map<IpAddress, Long> ownerFrames = new HashMap<>();
        for (BindingTotals b : bindings) {
            if (b.framesAsSource() == 0 || !usable(b.ip()) || arpOwner.containsKey(b.ip())) {
                continue;
            }
            boolean candidate = MacAddress.isUnicast(b.mac()) && (!gateways.contains(b.mac()) || b.ip().isLinkLocal());
            if (!candidate) {
                owner.putIfAbsent(b.ip(), MacAddress.NONE);
                continue;
            }
            Long frames = ownerFrames.get(b.ip());
            if (frames == null || b.framesAsSource() > frames) {
                owner.put(b.ip(), b.mac());
                ownerFrames.put(b.ip(), b.framesAsSource());
            }
        }
        arpOwner.forEach((ip, mac) -> {
            if (usable(ip)) {
                owner.put(ip, mac);
            }
        });
        for (IpAddress ip : sources) {
            owner.putIfAbsent(ip, MacAddress.NONE);
        }
        return owner;
    }

    /** Addresses that can name a device: not 0.0.0.0, not multicast or broadcast. */
    static boolean usable(IpAddress ip) {
        return !ip.isUnspecified() && !ip.isMulticast() && !ip.isBroadcast();
    }
}
