package io.plantwatch.console.ti;

import java.security.PublicKey;

/** A TI publisher key the console trusts: its id (as packages name it), the key, who added it and when. */
public record PublisherKey(String keyId, PublicKey key, String addedBy, long addedAt) {
}
