-- Connection writes were most of the writer's time (a JFR profile of `bench sensor`: 62 % of the
-- writer thread in the connection MERGE, H2 keeping the unique conn_key index and the seq,
-- first_device and second_device indexes; 10 % in the baseline MERGE). This keeps only the indexes
-- that queries use:
--   seq        the changes feed (WHERE seq > ? ORDER BY seq LIMIT ?)
--   conn_hash  finding a connection seen again after it left the writer's memory: 64 bits of the
--              key's SHA-256 (ConnectionKeyHash), a BIGINT instead of a 300-character unique
--              string; not unique, the key itself is compared after the lookup
-- first_device and second_device lose their indexes: the one query on them
-- (/api/v1/devices/{id}/connections: first_device = ? OR second_device = ?) never used them, H2's
-- EXPLAIN shows a scan of the primary key for that OR, so they were write cost only.
-- Bodies become VARBINARY (UTF-8 JSON), which H2 copies as bytes, as the console store does.
-- The writer inserts new rows and updates known ones by id instead of merging.

CREATE TABLE connection_v2 (
    id            BIGINT PRIMARY KEY,
    conn_key      VARCHAR(300) NOT NULL,
    conn_hash     BIGINT NOT NULL,
    seq           BIGINT NOT NULL,
    first_device  BIGINT NOT NULL,
    second_device BIGINT NOT NULL,
    discovered    BIGINT NOT NULL,
    last_seen     BIGINT NOT NULL,
    body          VARBINARY NOT NULL
);
INSERT INTO connection_v2 (id, conn_key, conn_hash, seq, first_device, second_device, discovered, last_seen, body)
SELECT id, conn_key, CAST(SUBSTRING(HASH('SHA-256', conn_key), 1, 8) AS BIGINT), seq, first_device,
       second_device, discovered, last_seen, STRINGTOUTF8(body)
FROM connection;
DROP TABLE connection;
ALTER TABLE connection_v2 RENAME TO connection;
CREATE INDEX connection_seq ON connection(seq);
CREATE INDEX connection_hash ON connection(conn_hash);

-- The baseline is only ever read whole (at start) and appended to (keys the detector learnt since
-- the last write are new by construction): no primary key to keep, duplicates are dropped on load.
CREATE TABLE baseline_v2 (
    baseline_key  VARCHAR(1000) NOT NULL
);
INSERT INTO baseline_v2 (baseline_key) SELECT baseline_key FROM baseline;
DROP TABLE baseline;
ALTER TABLE baseline_v2 RENAME TO baseline;
