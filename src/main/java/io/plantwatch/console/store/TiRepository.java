package io.plantwatch.console.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's TI records: trusted publisher keys (table {@code ti_publisher_key}) and imported
 * packages (table {@code ti_package}). Stateless; thread-safe.
 */
public final class TiRepository {
    /** A trusted publisher key as stored: its id, X.509 PEM, who added it and when (epoch ms). */
    public record KeyRow(String keyId, String pem, String addedBy, long addedAt) {
    }

    /** An imported package: its SHA-256, version, publisher, signing key id and when it was imported. */
    public record PackageRow(String sha256, String version, String publisher, String keyId, long importedAt) {
    }

    /** Adds the key; returns false when a key with this id is already trusted (left as it was). */
    public boolean addKey(Connection connection, KeyRow key) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM ti_publisher_key WHERE key_id = ?")) {
            exists.setString(1, key.keyId());
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ti_publisher_key (key_id, pem, added_by, added_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, key.keyId());
            insert.setString(2, key.pem());
            insert.setString(3, key.addedBy());
            insert.setLong(4, key.addedAt());
            insert.executeUpdate();
        }
        return true;
    }

    /** Removes the key; false when no key had this id. */
    public boolean removeKey(Connection connection, String keyId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ti_publisher_key WHERE key_id = ?")) {
            delete.setString(1, keyId);
            return delete.executeUpdate() > 0;
        }
    }

    public List<KeyRow> keys(Connection connection) throws SQLException {
        List<KeyRow> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT key_id, pem, added_by, added_at FROM ti_publisher_key ORDER BY added_at, key_id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                keys.add(new KeyRow(row.getString(1), row.getString(2), row.getString(3), row.getLong(4)));
            }
        }
        return keys;
    }

    /** Records an imported package; importing the same bytes again keeps the first record. */
    public void recordPackage(Connection connection, PackageRow pkg) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO ti_package (sha256, version, publisher, "
                + "key_id, imported_at) KEY (sha256) SELECT ?, ?, ?, ?, COALESCE((SELECT imported_at FROM ti_package "
                + "WHERE sha256 = ?), ?)")) {
            merge.setString(1, pkg.sha256());
            merge.setString(2, pkg.version());
            merge.setString(3, pkg.publisher());
            merge.setString(4, pkg.keyId());
            merge.setString(5, pkg.sha256());
            merge.setLong(6, pkg.importedAt());
            merge.executeUpdate();
        }
    }

    public List<PackageRow> packages(Connection connection) throws SQLException {
        List<PackageRow> packages = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT sha256, version, publisher, key_id, imported_at FROM ti_package ORDER BY imported_at");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                packages.add(new PackageRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getLong(5)));
            }
        }
        return packages;
    }
}
