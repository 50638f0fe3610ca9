package io.plantwatch.console.store;

/** A zone of a site: devices merge within a zone and never across zones. */
public record Zone(long id, long siteId, String siteName, String name, long created) {
    /** {@code SITE/ZONE}, the unambiguous way to name a zone. */
    public String path() {
        return siteName + "/" + name;
    }
}
