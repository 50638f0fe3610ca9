package io.plantwatch.console.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sites and zones. Stateless (works on the connection it is given); thread-safe. */
public final class TopologyRepository {
    private static final String ZONE_COLUMNS =
            "SELECT z.id, z.site_id, s.name AS site_name, z.name, z.created FROM zone z JOIN site s ON s.id = z.site_id";

    public Site insertSite(Connection connection, String name, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO site (name, created) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setLong(2, now);
            insert.executeUpdate();
            return new Site(generatedId(insert), name, now);
        }
    }

    public Optional<Site> findSite(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, name, created FROM site WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(site(row)) : Optional.empty();
            }
        }
    }

    public List<Site> sites(Connection connection) throws SQLException {
        List<Site> sites = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, name, created FROM site ORDER BY name");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                sites.add(site(row));
            }
        }
        return sites;
    }

    public Zone insertZone(Connection connection, Site site, String name, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO zone (site_id, name, created) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, site.id());
            insert.setString(2, name);
            insert.setLong(3, now);
            insert.executeUpdate();
            return new Zone(generatedId(insert), site.id(), site.name(), name, now);
        }
    }

    public Optional<Zone> findZone(Connection connection, long siteId, String name) throws SQLException {
        return zones(connection, " WHERE z.site_id = ? AND z.name = ?", siteId, name).stream().findFirst();
    }

    public Optional<Zone> zone(Connection connection, long id) throws SQLException {
        return zones(connection, " WHERE z.id = ?", id, null).stream().findFirst();
    }

    /** Zones named {@code name} in any site (more than one when sites reuse a zone name). */
    public List<Zone> zonesNamed(Connection connection, String name) throws SQLException {
        return zones(connection, " WHERE z.name = ?", name, null);
    }

    public List<Zone> zones(Connection connection) throws SQLException {
        return zones(connection, "", null, null);
    }

    private List<Zone> zones(Connection connection, String where, Object first, Object second) throws SQLException {
        List<Zone> zones = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(ZONE_COLUMNS + where + " ORDER BY s.name, z.name")) {
            if (first != null) {
                query.setObject(1, first);
            }
            if (second != null) {
                query.setObject(2, second);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    zones.add(new Zone(row.getLong("id"), row.getLong("site_id"), row.getString("site_name"),
                            row.getString("name"), row.getLong("created")));
                }
            }
        }
        return zones;
    }

    /** Sensors registered in a zone. */
    public long sensorsIn(Connection connection, long zoneId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM sensor WHERE zone_id = ?")) {
            query.setLong(1, zoneId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Deletes a zone and the merged items still filed under it (none once its sensors are
     * removed, since removing a sensor takes out what only it reported).
     */
    public void deleteZone(Connection connection, long zoneId) throws SQLException {
        for (String table : new String[] {"device", "connection", "alert", "zone"}) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                    + (table.equals("zone") ? " WHERE id = ?" : " WHERE zone_id = ?"))) {
                delete.setLong(1, zoneId);
                delete.executeUpdate();
            }
        }
    }

    public void deleteSite(Connection connection, long siteId) throws SQLException {
        Rows.deleteByIds(connection, "site", List.of(siteId));
    }

    /** Zones of one site. */
    public List<Zone> zonesOf(Connection connection, long siteId) throws SQLException {
        return zones(connection, " WHERE z.site_id = ?", siteId, null);
    }

    private static Site site(ResultSet row) throws SQLException {
        return new Site(row.getLong("id"), row.getString("name"), row.getLong("created"));
    }

    static long generatedId(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
