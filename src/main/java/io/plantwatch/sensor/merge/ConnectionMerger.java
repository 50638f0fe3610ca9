package io.plantwatch.sensor.merge;

import io.plantwatch.inventory.Connection;
import io.plantwatch.model.ApiConnection;
import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.store.Rows;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Merges live and expired flows into stored connections. A connection's total is what expired or
 * was stored before (its base) plus its live flow. Only connections seen in this run are held in
 * memory, and those whose flow expired are let go once written; when one is seen again, its stored
 * total is looked up first. Not thread-safe: the writer thread owns it.
 */
public final class ConnectionMerger {
    /** Looks stored connection bodies up by key. */
    @FunctionalInterface
    public interface StoredLookup {
        Map<String, String> find(Collection<String> keys) throws SQLException;
    }

    private static final class State {
        final long id;
        Connection base;
        Connection live;
        ApiConnection written;
        ApiConnection current;
        /** The store holds a row for it (read back, or written in an earlier batch). */
        boolean inStore;
        boolean dirty;
        boolean countersDirty;
        /** Its flow expired and it is held until written (counted in {@code expiredHeld}). */
        boolean heldExpired;

        State(long id) {
            this.id = id;
        }
    }

    private final Json json;
    private final StoredLookup lookup;
    private final Map<String, State> byKey = new HashMap<>();
    private boolean storeMayHoldOthers;
    private long nextId;
    private int expiredHeld;

    public ConnectionMerger(Json json, StoredLookup lookup, long maxId, boolean storeHasConnections) {
        this.json = json;
        this.lookup = lookup;
        this.nextId = maxId + 1;
        this.storeMayHoldOthers = storeHasConnections;
    }

    /**
     * Merges one snapshot: flows that expired since the last one, then the live flows.
     * Returns the connections first seen in this run (for detection).
     */
    public List<Connection> merge(List<Connection> expired, List<Connection> live, Map<String, Long> deviceIds)
            throws SQLException {
        List<Connection> fresh = new ArrayList<>();
        List<Connection> all = new ArrayList<>(expired.size() + live.size());
        all.addAll(expired);
        all.addAll(live);
        Map<String, String> stored = storedFor(all);
        for (Connection c : expired) {
            State s = state(c, stored, fresh);
            s.base = ConnectionTotals.add(s.base, c);
            s.live = null;
            hold(s, true);
            update(s, deviceIds);
        }
        for (Connection c : live) {
            State s = state(c, stored, fresh);
            if (unchanged(s, c, deviceIds)) {
                continue; // most flows of a snapshot: nothing to convert or compare
            }
            s.live = c;
            hold(s, false);
            update(s, deviceIds);
        }
        return fresh;
    }

    private void hold(State s, boolean expired) {
        if (s.heldExpired != expired) {
            s.heldExpired = expired;
            expiredHeld += expired ? 1 : -1;
        }
    }

    /** Connections whose flow expired and that wait in memory to be written. */
    public int expiredHeld() {
        return expiredHeld;
    }

    /** The live flow has not moved since the last snapshot and its ends are the same devices. */
    private static boolean unchanged(State s, Connection c, Map<String, Long> deviceIds) {
        Connection was = s.live;
        return was != null && s.current != null && was.packets() == c.packets() && was.bytes() == c.bytes()
                && was.lastSeen() == c.lastSeen() && was.a().equals(c.a())
                && s.current.firstDeviceId() == deviceIds.getOrDefault(c.a().ip(), 0L)
                && s.current.secondDeviceId() == deviceIds.getOrDefault(c.b().ip(), 0L);
    }

    private Map<String, String> storedFor(List<Connection> connections) throws SQLException {
        if (!storeMayHoldOthers) {
            return Map.of();
        }
        List<String> unknown = new ArrayList<>();
        for (Connection c : connections) {
            String key = ConnectionTotals.key(c);
            if (!byKey.containsKey(key)) {
                unknown.add(key);
            }
        }
        return unknown.isEmpty() ? Map.of() : lookup.find(unknown);
    }

    private State state(Connection c, Map<String, String> stored, List<Connection> fresh) {
        String key = ConnectionTotals.key(c);
        State s = byKey.get(key);
        if (s == null) {
            String body = stored.get(key);
            if (body != null) {
                ApiConnection previous = json.read(body, ApiConnection.class);
                s = new State(idOf(body));
                s.base = ConnectionTotals.fromApi(previous);
                s.written = previous;
                s.inStore = true;
            } else {
                s = new State(nextId++);
                fresh.add(c);
            }
            byKey.put(key, s);
        }
        return s;
    }

    private long idOf(String body) {
        return json.read(body, StoredId.class).id();
    }

    /** The id Plantwatch stores in each connection body (not part of the API record). */
    private record StoredId(long id) {
    }

    private static void update(State s, Map<String, Long> deviceIds) {
        Connection total = ConnectionTotals.add(s.base, s.live);
        ApiConnection api = ConnectionTotals.toApi(total, deviceIds.getOrDefault(total.a().ip(), 0L),
                deviceIds.getOrDefault(total.b().ip(), 0L));
        ApiConnection before = s.current != null ? s.current : s.written;
        if (before == null) {
            s.dirty = true;
        } else if (!api.equals(withoutStamp(before))) {
            if (sameButCounters(api, before)) {
                s.countersDirty = true;
            } else {
                s.dirty = true;
            }
        }
        s.current = api;
    }

    private static ApiConnection withoutStamp(ApiConnection c) {
        return new ApiConnection(c.firstDeviceId(), c.secondDeviceId(), c.lastSeen(), c.discovered(), c.ports(),
                c.protocols(), c.transport(), c.firstAddress(), c.firstPort(), c.secondAddress(), c.secondPort(),
                c.packets(), c.bytes(), null);
    }

    private static boolean sameButCounters(ApiConnection a, ApiConnection b) {
        return a.firstDeviceId() == b.firstDeviceId() && a.secondDeviceId() == b.secondDeviceId()
                && a.discovered() == b.discovered() && java.util.Objects.equals(a.protocols(), b.protocols())
                && java.util.Objects.equals(a.firstAddress(), b.firstAddress())
                && java.util.Objects.equals(a.firstPort(), b.firstPort());
    }

    /**
     * Rows to write: new and changed connections, and with {@code all} also those whose counters
     * moved. Connections whose flow expired are let go once written.
     */
    public List<Rows.ConnectionRow> takeChanges(boolean all, long updatedMillis) {
        List<Rows.ConnectionRow> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, State>> it = byKey.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, State> e = it.next();
            State s = e.getValue();
            boolean expired = s.live == null;
            if (s.dirty || s.countersDirty && (all || expired)) {
                ApiConnection c = s.current;
                ApiConnection stamped = new ApiConnection(c.firstDeviceId(), c.secondDeviceId(), c.lastSeen(),
                        c.discovered(), c.ports(), c.protocols(), c.transport(), c.firstAddress(), c.firstPort(),
                        c.secondAddress(), c.secondPort(), c.packets(), c.bytes(), updatedMillis);
                rows.add(new Rows.ConnectionRow(s.id, e.getKey(), s.inStore, c.firstDeviceId(), c.secondDeviceId(),
                        c.discovered(), c.lastSeen(), withId(json.writeBytes(stamped), s.id)));
                s.written = stamped;
                s.inStore = true; // a batch the store refuses keeps its inserts (ChangeBatch.then)
                s.dirty = false;
                s.countersDirty = false;
            }
            if (expired) {
                it.remove();
                hold(s, false);
                storeMayHoldOthers = true;
            }
        }
        return rows;
    }

    /** Adds Plantwatch's row id to the stored body, so a connection seen again keeps its id. */
    private static byte[] withId(byte[] body, long id) {
        byte[] prefix = ("{\"id\":" + id + ",").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[prefix.length + body.length - 1];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(body, 1, out, prefix.length, body.length - 1);
        return out;
    }

    public int liveCount() {
        return byKey.size();
    }
}
