-- What users change about devices in the console, and who changed what when.
-- Edits live apart from the merged device row: the merge rewrites device rows whenever a sensor
-- reports news, and must never overwrite what a person decided. A listing joins them (a primary
-- key lookup per device). Null means "not set by a user": the sensors' value shows.
CREATE TABLE device_edit (
    device_id    BIGINT PRIMARY KEY,
    name         VARCHAR(500),
    type         VARCHAR(100),
    purdue_level INT,
    authorized   BOOLEAN,
    notes        VARCHAR(4000),
    edited_by    VARCHAR(200) NOT NULL,
    edited_at    BIGINT NOT NULL
);

-- One row per changed field of each save: who, when, the value before and after.
CREATE TABLE audit_log (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    at        BIGINT NOT NULL,
    actor     VARCHAR(200) NOT NULL,
    entity    VARCHAR(50) NOT NULL,
    entity_id BIGINT NOT NULL,
    field     VARCHAR(50) NOT NULL,
    old_value VARCHAR(4000),
    new_value VARCHAR(4000)
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);

-- The TI package version a sensor reported in its status (shown per sensor).
ALTER TABLE sensor ADD COLUMN ti_version VARCHAR(100);
