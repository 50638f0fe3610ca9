package io.plantwatch.inventory;

/** All IP packets between two addresses, in both directions ({@code a} sorts before {@code b}). */
public record IpConversation(String a, String b, long packets, long bytes) {
}
