package io.plantwatch.ui.inventory;

/**
 * Where the inventory saves a user's device edits (console store, audited). The console core has
 * no table for edits or the audit log yet (asked of the lead, issue 6); until it has, the screen
 * uses {@link #UNAVAILABLE} and shows why saving is off.
 */
public interface DeviceEdits {
    DeviceEdits UNAVAILABLE = new DeviceEdits() {
        @Override
        public String unavailableReason() {
            return "Saving edits needs device-edit and audit tables in the console store (not built yet).";
        }

        @Override
        public void save(long deviceId, DeviceEdit edit) {
            throw new UnsupportedOperationException(unavailableReason());
        }
    };

    /** Why edits cannot be saved, or null when they can. */
    String unavailableReason();

    /** Saves and audits the edit; runs off the FX thread. */
    void save(long deviceId, DeviceEdit edit) throws Exception;
}
