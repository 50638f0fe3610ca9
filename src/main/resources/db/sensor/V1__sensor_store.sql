-- The sensor's store. Every row that the changes feed reports carries seq, the change cursor:
-- a number from one counter shared by all tables, set anew each time the row changes.
-- Bodies are the API's JSON documents as served, so reads stream them without re-encoding.

CREATE TABLE device (
    id          BIGINT PRIMARY KEY,
    device_key  VARCHAR(200) NOT NULL UNIQUE,
    seq         BIGINT NOT NULL,
    authorized  BOOLEAN NOT NULL,
    removed     BOOLEAN NOT NULL DEFAULT FALSE,
    last_seen   BIGINT NOT NULL,
    body        CHARACTER VARYING NOT NULL
);
CREATE INDEX device_seq ON device(seq);

CREATE TABLE connection (
    id            BIGINT PRIMARY KEY,
    conn_key      VARCHAR(300) NOT NULL UNIQUE,
    seq           BIGINT NOT NULL,
    first_device  BIGINT NOT NULL,
    second_device BIGINT NOT NULL,
    discovered    BIGINT NOT NULL,
    last_seen     BIGINT NOT NULL,
    body          CHARACTER VARYING NOT NULL
);
CREATE INDEX connection_seq ON connection(seq);
CREATE INDEX connection_first ON connection(first_device);
CREATE INDEX connection_second ON connection(second_device);

CREATE TABLE alert (
    id            BIGINT PRIMARY KEY,
    uuid          VARCHAR(64) NOT NULL UNIQUE,
    seq           BIGINT NOT NULL,
    occurred      BIGINT NOT NULL,
    rule          VARCHAR(64) NOT NULL,
    status        VARCHAR(16) NOT NULL,
    dedup_key     VARCHAR(1000) NOT NULL,
    baseline_key  VARCHAR(1000),
    body          CHARACTER VARYING NOT NULL
);
CREATE INDEX alert_seq ON alert(seq);
CREATE INDEX alert_time ON alert(occurred);

CREATE TABLE event (
    id    BIGINT PRIMARY KEY,
    seq   BIGINT NOT NULL,
    occurred  BIGINT NOT NULL,
    type  VARCHAR(64) NOT NULL,
    body  CHARACTER VARYING NOT NULL
);
CREATE INDEX event_seq ON event(seq);
CREATE INDEX event_time ON event(occurred);

CREATE TABLE setting (
    name   VARCHAR(100) PRIMARY KEY,
    setting_value  CHARACTER VARYING NOT NULL
);

CREATE TABLE baseline (
    baseline_key  VARCHAR(1000) PRIMARY KEY
);
