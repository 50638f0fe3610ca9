package io.plantwatch.sensor.store;

/** The rows the writer stores; bodies are the API's JSON documents. */
public final class Rows {
    private Rows() {
    }

    public record DeviceRow(long id, String key, boolean authorized, boolean removed, long lastSeen, String body) {
    }

    public record ConnectionRow(long id, String key, long firstDevice, long secondDevice, long discovered,
                                long lastSeen, String body) {
    }

    public record AlertRow(long id, String uuid, long time, String rule, String status, String dedupKey,
                           String baselineKey, String body) {
    }

    public record EventRow(long id, long time, String type, String body) {
    }
}
