package io.plantwatch.console.store;

import io.plantwatch.console.merge.IdAllocator;
import io.plantwatch.console.merge.ZoneDelta;
import io.plantwatch.console.merge.ZoneState;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The in-memory merge state of each zone, read from the store on first use and kept while the
 * console runs. A caller {@link #acquire}s a zone (locked and loaded), merges, writes with
 * {@link #write}, and {@link #release}s it; when a write fails the zone's state is dropped, so the
 * next use reads the committed truth again. Thread-safe.
 */
public final class ZoneStates {
    private final ConsoleStore store;
    private final DeviceRepository devices;
    private final ConnectionRepository connections;
    private final AlertRepository alerts;
    private final IdAllocator ids;
    private final ConcurrentMap<Long, ZoneState> states = new ConcurrentHashMap<>();

    public ZoneStates(ConsoleStore store, DeviceRepository devices, ConnectionRepository connections,
                      AlertRepository alerts) {
        this.store = store;
        this.devices = devices;
        this.connections = connections;
        this.alerts = alerts;
        try (Connection connection = store.connection()) {
            this.ids = new IdAllocator(Jdbc.maxId(connection, "device"), Jdbc.maxId(connection, "connection"),
                    Jdbc.maxId(connection, "alert"));
        } catch (SQLException e) {
            throw new StoreException("cannot read the store's ids", e);
        }
    }

    public IdAllocator ids() {
        return ids;
    }

    /** The zone's state, locked by the calling thread and loaded. Pair with {@link #release}. */
    public ZoneState acquire(long zoneId) {
        while (true) {
            ZoneState state = states.computeIfAbsent(zoneId, ZoneState::new);
            state.lock().lock();
            if (states.get(zoneId) != state) {
                state.lock().unlock();
                continue;
            }
            if (!state.loaded()) {
                try {
                    load(state);
                } catch (RuntimeException e) {
                    states.remove(zoneId, state);
                    state.lock().unlock();
                    throw e;
                }
            }
            return state;
        }
    }

    public void release(ZoneState state) {
        state.lock().unlock();
    }

    /** Forgets a zone's state (its merge went wrong): the next acquire reads the store again. */
    public void invalidate(ZoneState state) {
        states.remove(state.zoneId(), state);
    }

    /** Forgets a zone that was deleted (it has no sensors left to merge). */
    public void forget(long zoneId) {
        states.remove(zoneId);
    }

    /** Writes a delta in the caller's transaction. */
    public void write(Connection connection, ZoneDelta delta) throws SQLException {
        devices.write(connection, delta.devices());
        connections.write(connection, delta.connections());
        alerts.write(connection, delta.alerts());
    }

    private void load(ZoneState state) {
        try (Connection connection = store.connection()) {
            devices.loadZone(connection, state.zoneId(), state.devices()::load);
            connections.loadZone(connection, state.zoneId(), state.connections()::load);
            for (var alert : alerts.list(connection, state.zoneId())) {
                state.alerts().load(alert);
            }
            state.markLoaded();
        } catch (SQLException e) {
            throw new StoreException("cannot read zone " + state.zoneId() + " from the store", e);
        }
    }
}
