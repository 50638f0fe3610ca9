package io.plantwatch.console.ti;

import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.StoreException;
import io.plantwatch.console.store.TiRepository;
import io.plantwatch.ti.format.PackageRejectedException;
import io.plantwatch.ti.format.PackageVerifier;
import io.plantwatch.ti.format.SigningKeys;
import io.plantwatch.ti.format.VerifiedPackage;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The TI publisher keys this console trusts, kept in its store. Every package is verified against
 * them (signature and every file's SHA-256) before the console pushes it: a package altered on
 * the way in, or signed by a key nobody here trusts, is refused at the console, not only by each
 * sensor. Thread-safe (the store is; no state here).
 */
public final class TrustedPublishers {
    private final ConsoleStore store;
    private final TiRepository repository;
    private final Clock clock;
    private final String actor;

    public TrustedPublishers(ConsoleStore store, TiRepository repository, Clock clock, String actor) {
        this.store = store;
        this.repository = repository;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * Trusts the Ed25519 public key in this X.509 PEM file.
     *
     * @return the key, or the one already trusted under its id
     * @throws IOException when the file is unreadable or holds no Ed25519 public key
     */
    public PublisherKey add(Path publicKeyFile) throws IOException {
        PublicKey key = SigningKeys.readPublic(publicKeyFile);
        String id = SigningKeys.keyId(key);
        TiRepository.KeyRow row = new TiRepository.KeyRow(id, SigningKeys.publicPem(key), actor, clock.millis());
        store.inTransaction(connection -> repository.addKey(connection, row));
        return list().stream().filter(k -> k.keyId().equals(id)).findFirst().orElseThrow();
    }

    /** Stops trusting the key; false when it was not trusted. */
    public boolean remove(String keyId) {
        return store.inTransaction(connection -> repository.removeKey(connection, keyId));
    }

    /** The trusted keys, oldest first. */
    public List<PublisherKey> list() {
        try (Connection connection = store.connection()) {
            List<PublisherKey> keys = new ArrayList<>();
            for (TiRepository.KeyRow row : repository.keys(connection)) {
                keys.add(new PublisherKey(row.keyId(), parse(row), row.addedBy(), row.addedAt()));
            }
            return keys;
        } catch (SQLException e) {
            throw new StoreException("cannot read the trusted TI publisher keys: " + e.getMessage(), e);
        }
    }

    /**
     * Verifies a package against the trusted keys (plus {@code extra}, e.g. {@code ti push --trust}).
     *
     * @throws PackageRejectedException with the reason: altered file or signature, untrusted key, ...
     */
    public VerifiedPackage verify(byte[] zipBytes, List<PublicKey> extra) throws PackageRejectedException {
        List<PublicKey> keys = new ArrayList<>(extra);
        list().forEach(k -> keys.add(k.key()));
        try {
            return new PackageVerifier(keys).verify(zipBytes);
        } catch (PackageRejectedException e) {
            if (e.getMessage().contains("which is not trusted")) {
                throw new PackageRejectedException(e.getMessage() + "; if you trust this publisher, add its .pub "
                        + "first (TI screen: Trust publisher key, or 'ti trust add PUBKEY')");
            }
            throw e;
        }
    }

    private static PublicKey parse(TiRepository.KeyRow row) {
        try {
            return SigningKeys.parsePublic(row.pem(), "trusted key " + row.keyId());
        } catch (IOException e) {
            throw new StoreException("stored TI publisher key " + row.keyId() + " is damaged: " + e.getMessage(), e);
        }
    }
}
