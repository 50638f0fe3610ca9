package io.plantwatch.sensor.merge;

import io.plantwatch.inventory.Device;
import io.plantwatch.model.ApiDevice;
import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.store.Rows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps every device in memory (the store's copy is written from here) and merges each inventory
 * snapshot into it: a device keeps its numeric id for as long as the store lives; a device that
 * a snapshot no longer holds (its addresses moved to another key) is marked removed. Changes are
 * kept until {@link #takeChanges}: a device whose only change is a later last-seen time is written
 * only with {@code all}, so a busy network does not rewrite every device every second.
 * Not thread-safe: the writer thread owns it.
 */
public final class DeviceMerger {
    private static final class State {
        final long id;
        final String key;
        ApiDevice current;
        boolean authorized;
        boolean removed;
        boolean dirty;
        boolean lastSeenDirty;

        State(long id, String key) {
            this.id = id;
            this.key = key;
        }
    }

    /** What a merge found. */
    public record Result(List<ApiDevice> created, Map<String, Long> idByAddress) {
    }

    private final Json json;
    private final Map<String, State> byKey = new HashMap<>();
    private Set<String> inLastSnapshot = new HashSet<>();
    private long nextId;

    public DeviceMerger(Json json, List<Rows.DeviceRow> stored, long maxId) {
        this.json = json;
        for (Rows.DeviceRow row : stored) {
            State s = new State(row.id(), row.key());
            s.current = json.read(row.body(), ApiDevice.class);
            s.authorized = row.authorized();
            s.removed = row.removed();
            byKey.put(row.key(), s);
        }
        this.nextId = maxId + 1;
    }

    public Result merge(List<Device> devices, boolean learning, Set<String> scanners) {
        List<ApiDevice> created = new ArrayList<>();
        Map<String, Long> idByAddress = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (Device d : devices) {
            keys.add(d.id());
            State s = byKey.get(d.id());
            boolean isNew = s == null || s.removed;
            if (s == null) {
                s = new State(nextId++, d.id());
                s.authorized = learning;
                byKey.put(d.id(), s);
            }
            ApiDevice previous = s.removed ? null : s.current;
            s.removed = false;
            boolean scanner = d.ips().stream().anyMatch(scanners::contains);
            ApiDevice merged = DeviceMapping.merge(s.id, d, previous, s.authorized, scanner);
            note(s, previous, merged);
            if (isNew) {
                created.add(merged);
            }
            for (String ip : merged.ipAddresses()) {
                idByAddress.put(ip, s.id);
            }
            for (String mac : merged.macAddresses()) {
                idByAddress.putIfAbsent(mac, s.id);
            }
        }
        for (String gone : inLastSnapshot) {
            State s = byKey.get(gone);
            if (!keys.contains(gone) && s != null && !s.removed) {
                s.removed = true;
                s.dirty = true;
            }
        }
        inLastSnapshot = keys;
        return new Result(created, idByAddress);
    }

    private static void note(State s, ApiDevice previous, ApiDevice merged) {
        if (previous == null) {
            s.current = merged;
            s.dirty = true;
            return;
        }
        if (merged.equals(previous)) {
            return;
        }
        if (sameButLastSeen(previous, merged)) {
            s.lastSeenDirty = true;
        } else {
            s.dirty = true;
        }
        s.current = merged;
    }

    private static boolean sameButLastSeen(ApiDevice a, ApiDevice b) {
        return withLastSeen(a, 0L).equals(withLastSeen(b, 0L));
    }

    static ApiDevice withLastSeen(ApiDevice d, Long lastSeen) {
        return new ApiDevice(d.id(), d.ipAddresses(), d.name(), d.vendor(), d.operatingSystem(), d.macAddresses(),
                d.type(), d.engineeringStation(), d.authorized(), d.scanner(), d.protocols(), d.firmware(),
                d.hasDynamicAddress(), d.key(), d.model(), d.firmwareVersion(), d.purdueLevel(), d.firstSeen(),
                lastSeen, d.openPorts(), d.properties(), d.evidence(), d.updated());
    }

    /** Marks a device authorised (a learnt new-device alert); false when no such device. */
    public boolean authorize(String key) {
        State s = byKey.get(key);
        if (s == null || s.authorized) {
            return s != null;
        }
        s.authorized = true;
        ApiDevice d = s.current;
        s.current = new ApiDevice(d.id(), d.ipAddresses(), d.name(), d.vendor(), d.operatingSystem(),
                d.macAddresses(), d.type(), d.engineeringStation(), true, d.scanner(), d.protocols(), d.firmware(),
                d.hasDynamicAddress(), d.key(), d.model(), d.firmwareVersion(), d.purdueLevel(), d.firstSeen(),
                d.lastSeen(), d.openPorts(), d.properties(), d.evidence(), null);
        s.dirty = true;
        return true;
    }

    /**
     * Rows to write: changed devices, and with {@code all} also those whose last-seen time moved.
     * Stamps each written body with {@code updatedMillis}.
     */
    public List<Rows.DeviceRow> takeChanges(boolean all, long updatedMillis) {
        List<Rows.DeviceRow> rows = new ArrayList<>();
        for (State s : byKey.values()) {
            if (s.dirty || all && s.lastSeenDirty) {
                ApiDevice d = s.current;
                ApiDevice stamped = new ApiDevice(d.id(), d.ipAddresses(), d.name(), d.vendor(), d.operatingSystem(),
                        d.macAddresses(), d.type(), d.engineeringStation(), d.authorized(), d.scanner(), d.protocols(),
                        d.firmware(), d.hasDynamicAddress(), d.key(), d.model(), d.firmwareVersion(), d.purdueLevel(),
                        d.firstSeen(), d.lastSeen(), d.openPorts(), d.properties(), d.evidence(), updatedMillis);
                rows.add(new Rows.DeviceRow(s.id, s.key, s.authorized, s.removed,
                        d.lastSeen() == null ? 0 : d.lastSeen(), json.write(stamped)));
                s.dirty = false;
                s.lastSeenDirty = false;
            }
        }
        return rows;
    }

    public int activeCount() {
        int n = 0;
        for (State s : byKey.values()) {
            if (!s.removed) {
                n++;
            }
        }
        return n;
    }
}
