package io.plantwatch.decode;

/**
 * An action seen on the wire, from the packet's source to its destination.
 *
 * @param protocol Wireshark protocol name ("s7comm")
 * @param type what kind of action
 * @param detail readable specifics ("Download block OB1", "user admin")
 */
public record Activity(String protocol, ActivityType type, String detail) {
}
