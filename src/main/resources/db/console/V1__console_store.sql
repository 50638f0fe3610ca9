-- The console store (DESIGN.md "Console store"). Sites contain zones; zones contain sensors.
-- Merged devices, connections and alerts carry their provenance in a JSON "sources" column
-- (one entry per reporting sensor), so one merged item is one row: the merge writes only the
-- rows that changed, in large batches, and reading a device never needs a join.
-- No foreign keys on the big tables: every insert would pay for an extra index probe, and the
-- merge engine is the only writer.

CREATE TABLE site (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    name    VARCHAR(200) NOT NULL UNIQUE,
    created BIGINT NOT NULL
);

CREATE TABLE zone (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id BIGINT NOT NULL REFERENCES site (id),
    name    VARCHAR(200) NOT NULL,
    created BIGINT NOT NULL,
    CONSTRAINT zone_name_in_site UNIQUE (site_id, name)
);

-- Tokens are not here: they live in a separate owner-only file (sensors/TokenStore).
CREATE TABLE sensor (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL UNIQUE,
    url          VARCHAR(2000) NOT NULL,
    zone_id      BIGINT NOT NULL REFERENCES zone (id),
    fingerprint  VARCHAR(200) NOT NULL,
    added        BIGINT NOT NULL,
    kind         VARCHAR(20),
    sync_cursor  VARCHAR(500),
    version      VARCHAR(100),
    health       VARCHAR(20) NOT NULL,
    last_error   VARCHAR(4000),
    last_attempt BIGINT,
    last_success BIGINT
);

CREATE TABLE device (
    id           BIGINT PRIMARY KEY,
    zone_id      BIGINT NOT NULL,
    macs         VARCHAR(4000),
    ips          VARCHAR(4000),
    name         VARCHAR(500),
    vendor       VARCHAR(500),
    type         VARCHAR(100),
    model        VARCHAR(500),
    firmware     VARCHAR(500),
    os           VARCHAR(200),
    purdue_level INT,
    first_seen   BIGINT,
    last_seen    BIGINT,
    sensor_ids   VARCHAR(2000) NOT NULL,
    conflicts    VARBINARY,
    sources      VARBINARY NOT NULL
);
-- The inventory lists a zone's devices newest first. Filters on other columns (type, vendor) walk
-- this index in order until a page is full. More indexes were measured to cost a third of the
-- full-sync time each time a row is written (docs/decisions/0003-console-store-and-merge.md).
CREATE INDEX device_zone_last_seen ON device (zone_id, last_seen);

CREATE TABLE connection (
    id         BIGINT PRIMARY KEY,
    zone_id    BIGINT NOT NULL,
    device_a   BIGINT NOT NULL,
    device_b   BIGINT NOT NULL,
    ports      VARCHAR(4000),
    protocols  VARCHAR(100000),
    discovered BIGINT,
    last_seen  BIGINT,
    sensor_ids VARCHAR(2000) NOT NULL,
    sources    VARBINARY NOT NULL
);
CREATE INDEX connection_zone ON connection (zone_id);

CREATE TABLE alert (
    id                  BIGINT PRIMARY KEY,
    zone_id             BIGINT NOT NULL,
    time                BIGINT NOT NULL,
    title               VARCHAR(1000),
    message             VARCHAR(10000),
    severity            VARCHAR(20),
    engine              VARCHAR(50),
    source_address      VARCHAR(100),
    destination_address VARCHAR(100),
    handled             BOOLEAN NOT NULL,
    console_action      VARCHAR(30),
    console_handled_at  BIGINT,
    sensor_ids          VARCHAR(2000) NOT NULL,
    sources             VARBINARY NOT NULL
);
CREATE INDEX alert_zone_time ON alert (zone_id, time);
