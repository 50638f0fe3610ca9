package io.plantwatch.console.topology;

import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.Site;
import io.plantwatch.console.store.StoreException;
import io.plantwatch.console.store.TopologyRepository;
import io.plantwatch.console.store.Zone;
import io.plantwatch.console.store.ZoneStates;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * Sites and their zones (zones contain sensors; devices merge within a zone). Thread-safe.
 * Every failure is an exception whose message is fit to show a user.
 */
public final class TopologyService {
    private final ConsoleStore store;
    private final TopologyRepository topology;
    private final ZoneStates zoneStates;
    private final Clock clock;

    public TopologyService(ConsoleStore store, TopologyRepository topology, ZoneStates zoneStates, Clock clock) {
        this.store = store;
        this.topology = topology;
        this.zoneStates = zoneStates;
        this.clock = clock;
    }

    public Site addSite(String name) {
        String checked = Names.check("site", name);
        return store.inTransaction(connection -> {
            if (topology.findSite(connection, checked).isPresent()) {
                throw new IllegalArgumentException("site " + checked + " already exists");
            }
            return topology.insertSite(connection, checked, clock.millis());
        });
    }

    public List<Site> sites() {
        try (Connection connection = store.connection()) {
            return topology.sites(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot list sites", e);
        }
    }

    /** Adds a zone to an existing site. */
    public Zone addZone(String siteName, String zoneName) {
        String zone = Names.check("zone", zoneName);
        return store.inTransaction(connection -> {
            Site site = topology.findSite(connection, siteName)
                    .orElseThrow(() -> new IllegalArgumentException("no site named " + siteName));
            if (topology.findZone(connection, site.id(), zone).isPresent()) {
                throw new IllegalArgumentException("zone " + zone + " already exists in site " + siteName);
            }
            return topology.insertZone(connection, site, zone, clock.millis());
        });
    }

    /** Removes an empty zone (one with sensors is refused: remove or move them first). */
    public void removeZone(String siteName, String zoneName) {
        Zone removed = store.inTransaction(connection -> {
            Site site = topology.findSite(connection, siteName)
                    .orElseThrow(() -> new IllegalArgumentException("no site named " + siteName));
            Zone zone = topology.findZone(connection, site.id(), zoneName)
                    .orElseThrow(() -> new IllegalArgumentException("no zone named " + zoneName + " in " + siteName));
            deleteEmptyZone(connection, zone);
            return zone;
        });
        zoneStates.forget(removed.id());
    }

    /** Removes a site and its zones, if none of them has sensors. */
    public void removeSite(String siteName) {
        List<Zone> removed = store.inTransaction(connection -> {
            Site site = topology.findSite(connection, siteName)
                    .orElseThrow(() -> new IllegalArgumentException("no site named " + siteName));
            List<Zone> zones = topology.zonesOf(connection, site.id());
            for (Zone zone : zones) {
                deleteEmptyZone(connection, zone);
            }
            topology.deleteSite(connection, site.id());
            return zones;
        });
        removed.forEach(zone -> zoneStates.forget(zone.id()));
    }

    private void deleteEmptyZone(Connection connection, Zone zone) throws SQLException {
        long sensors = topology.sensorsIn(connection, zone.id());
        if (sensors > 0) {
            throw new IllegalArgumentException("zone " + zone.path() + " still has " + sensors
                    + (sensors == 1 ? " sensor" : " sensors") + ": remove or move them first");
        }
        topology.deleteZone(connection, zone.id());
    }

    /** The site and zone, made when new (what {@code sensors add} does). Call inside a transaction. */
    public Zone siteAndZone(Connection connection, String siteName, String zoneName) throws SQLException {
        String siteChecked = Names.check("site", siteName);
        String zoneChecked = Names.check("zone", zoneName);
        Site site = topology.findSite(connection, siteChecked).orElse(null);
        if (site == null) {
            site = topology.insertSite(connection, siteChecked, clock.millis());
        }
        Zone zone = topology.findZone(connection, site.id(), zoneChecked).orElse(null);
        return zone != null ? zone : topology.insertZone(connection, site, zoneChecked, clock.millis());
    }

    /** The zone {@code zoneName} of site {@code siteName}, or null when either does not exist yet. */
    public Zone findOrNull(String siteName, String zoneName) {
        try (Connection connection = store.connection()) {
            Site site = topology.findSite(connection, siteName).orElse(null);
            return site == null ? null : topology.findZone(connection, site.id(), zoneName).orElse(null);
        } catch (SQLException e) {
            throw new StoreException("cannot read zones", e);
        }
    }

    public List<Zone> zones() {
        try (Connection connection = store.connection()) {
            return topology.zones(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot list zones", e);
        }
    }

    /**
     * Finds a zone by {@code ZONE} or {@code SITE/ZONE}; a bare name used in several sites is
     * refused as ambiguous.
     */
    public Zone findZone(String reference) {
        try (Connection connection = store.connection()) {
            int slash = reference.indexOf('/');
            if (slash > 0) {
                String siteName = reference.substring(0, slash);
                Site site = topology.findSite(connection, siteName)
                        .orElseThrow(() -> new IllegalArgumentException("no site named " + siteName));
                return topology.findZone(connection, site.id(), reference.substring(slash + 1))
                        .orElseThrow(() -> new IllegalArgumentException("no zone named " + reference));
            }
            List<Zone> zones = topology.zonesNamed(connection, reference);
            if (zones.isEmpty()) {
                throw new IllegalArgumentException("no zone named " + reference);
            }
            if (zones.size() > 1) {
                throw new IllegalArgumentException("zone " + reference + " exists in several sites; name it as "
                        + "SITE/ZONE (" + zones.stream().map(Zone::path).toList() + ")");
            }
            return zones.get(0);
        } catch (SQLException e) {
            throw new StoreException("cannot read zones", e);
        }
    }
}
