package io.plantwatch.console.merge;

/** Everything one merge step changed in a zone: exactly the rows to write. */
public record ZoneDelta(ItemChanges<MergedDevice> devices, ItemChanges<MergedConnection> connections,
                        ItemChanges<MergedAlert> alerts) {
    public boolean isEmpty() {
        return devices.isEmpty() && connections.isEmpty() && alerts.isEmpty();
    }

    public int rows() {
        return devices.size() + connections.size() + alerts.size();
    }
}
