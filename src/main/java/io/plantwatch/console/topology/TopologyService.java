package io.plantwatch.console.topology;

import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.Site;
import io.plantwatch.console.store.StoreException;
import io.plantwatch.console.store.TopologyRepository;
import io.plantwatch.console.store.Zone;

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
    private final Clock clock;

    public TopologyService(ConsoleStore store, TopologyRepository topology, Clock clock) {
        this.store = store;
        this.topology = topology;
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
