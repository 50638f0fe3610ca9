package io.plantwatch.inventory;

import io.plantwatch.decode.IpAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every {@link Host}, by address; looked up once per new flow end. Not thread-safe. */
final class HostTable {
    private final Map<IpAddress, Host> byAddress = new HashMap<>();
    private final List<Host> hosts = new ArrayList<>();

    Host host(long hi, long lo, boolean v6) {
        IpAddress ip = new IpAddress(hi, lo, v6);
        Host h = byAddress.get(ip);
        if (h == null) {
            h = new Host(ip, hosts.size());
            byAddress.put(ip, h);
            hosts.add(h);
        }
        return h;
    }

    int size() {
        return hosts.size();
    }
}
