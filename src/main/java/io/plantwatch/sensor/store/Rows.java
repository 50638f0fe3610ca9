package io.plantwatch.sensor.store;

/** The rows the writer stores; bodies are the API's JSON documents. */
public final class Rows {
    private Rows() {
    }

    public record DeviceRow(long id, String key, boolean authorized, boolean removed, long lastSeen, String body) {
    }

    /**
     * A connection's row. {@code stored}: the store holds a row with this id already (it is
     * updated, otherwise inserted). The body is UTF-8 JSON.
     */
    public record ConnectionRow(long id, String key, boolean stored, long firstDevice, long secondDevice,
                                long discovered, long lastSeen, byte[] body) {
        /** This row to be inserted or updated as {@code earlier} (not written) would have been. */
        public ConnectionRow after(ConnectionRow earlier) {
            return stored && !earlier.stored ? new ConnectionRow(id, key, false, firstDevice, secondDevice,
                    discovered, lastSeen, body) : this;
        }
    }

    public record AlertRow(long id, String uuid, long time, String rule, String status, String dedupKey,
                           String baselineKey, String body) {
    }

    public record EventRow(long id, long time, String type, String body) {
    }
}
