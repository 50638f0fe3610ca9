-- Device map: positions the user pinned by dragging a node (issue 8), kept across layouts and
-- restarts. The key is the map node's key: "device:<merged device id>" or "subnet:<subnet>".
-- Numbered 50 so that it does not clash with the migrations other features add meanwhile.
CREATE TABLE map_position (
    node_key  VARCHAR(600) PRIMARY KEY,
    x         DOUBLE PRECISION NOT NULL,
    y         DOUBLE PRECISION NOT NULL,
    pinned_at BIGINT NOT NULL
);
