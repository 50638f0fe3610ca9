package io.plantwatch.ui.inventory;

/** One connection of the selected device, as the detail pane lists it. Immutable. */
public record ConnectionRow(String peer, String peerAddress, String ports, String protocols, Long lastSeen) {
}
