package io.plantwatch.inventory;

import io.plantwatch.decode.IpAddress;
import io.plantwatch.decode.MacAddress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who asks ARP for which addresses: per sender MAC, the time each distinct target was first asked
 * for, which is what tells an ARP sweep (an address scan on the local link) from normal
 * resolution. Bounded: {@link #MAX_TARGETS} targets per sender, {@link #MAX_SENDERS} senders.
 * Not thread-safe.
 */
final class ArpRequests {
    static final int MAX_TARGETS = 4096;
    static final int MAX_SENDERS = 65_536;

    private static final class Sender {
        final int ip;
        final Set<Integer> targets = new HashSet<>();
        long[] times = new long[8];
        int count;

        Sender(int ip) {
            this.ip = ip;
        }
    }

    private final Map<Long, Sender> senders = new HashMap<>();

    void request(long senderMac, int senderIp, int targetIp, long time) {
        if (!MacAddress.isUnicast(senderMac)) {
            return;
        }
        Sender s = senders.get(senderMac);
        if (s == null) {
            if (senders.size() >= MAX_SENDERS) {
                return;
            }
            senders.put(senderMac, s = new Sender(senderIp));
        }
        if (s.count >= MAX_TARGETS || !s.targets.add(targetIp)) {
            return;
        }
        if (s.count == s.times.length) {
            s.times = Arrays.copyOf(s.times, s.count * 2);
        }
        s.times[s.count++] = time;
    }

    List<ArpSweepSummary> summaries() {
        List<ArpSweepSummary> list = new ArrayList<>();
        senders.forEach((mac, s) -> list.add(new ArpSweepSummary(mac,
                s.ip == 0 ? null : IpAddress.v4(s.ip), Arrays.copyOf(s.times, s.count))));
        return list;
    }
}
