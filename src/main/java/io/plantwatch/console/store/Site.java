package io.plantwatch.console.store;

/** A plant site; it contains zones. */
public record Site(long id, String name, long created) {
}
