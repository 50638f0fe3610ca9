-- TI publisher keys this console trusts: it verifies every package's signature against them
-- before a push (sensors check again with their own trusted set). The PEM is kept, not a path:
-- the store must not depend on a file the user may move.
CREATE TABLE ti_publisher_key (
    key_id   VARCHAR(16) PRIMARY KEY,
    pem      VARCHAR(2000) NOT NULL,
    added_by VARCHAR(200) NOT NULL,
    added_at BIGINT NOT NULL
);

-- TI packages imported into this console (verified), so the sensor list can flag sensors that
-- run an older version than the newest package the console knows.
CREATE TABLE ti_package (
    sha256      VARCHAR(64) PRIMARY KEY,
    version     VARCHAR(100) NOT NULL,
    publisher   VARCHAR(500),
    key_id      VARCHAR(16),
    imported_at BIGINT NOT NULL
);
