package io.plantwatch.ti.content;

/** An indicator of compromise: type ({@code ip}, {@code cidr}, {@code domain}, {@code sha256}), value, description. */
public record Indicator(String type, String value, String description) {
}
