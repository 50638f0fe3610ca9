package io.plantwatch.sensor.merge;

import io.plantwatch.detect.AlertRepeat;
import io.plantwatch.model.ApiAlert;
import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.store.ChangeBatch;
import io.plantwatch.sensor.store.Rows;
import io.plantwatch.sensor.store.StoreReader;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the repeats detection grouped into open alerts into their stored rows: {@code occurrences}
 * and {@code lastSeen} of the alert's JSON, written with a new change cursor so the console's sync
 * picks the new count up. An alert raised in this run counts what the detector counted; one still
 * open from before a restart counts on from its stored count (taken once, at its first repeat, so
 * a write the store delays loses nothing). A row that is closed meanwhile, or not stored yet, is
 * left alone. Not thread-safe: the writer thread uses it.
 */
final class RepeatCounts {
    private final Json json;
    private final StoreReader reader;
    /** For alerts open from before the restart: stored occurrences minus the detector's first count. */
    private final Map<String, Long> storedBase = new HashMap<>();

    RepeatCounts(Json json, StoreReader reader) {
        this.json = json;
        this.reader = reader;
    }

    /** Adds (or, for alerts raised in this batch, rewrites) the rows of the repeated alerts. */
    void fold(List<AlertRepeat> repeats, ChangeBatch batch, long nowMillis) throws SQLException {
        for (AlertRepeat r : repeats) {
            int inBatch = indexOf(batch, r.alertId());
            StoreReader.AlertState row;
            if (inBatch >= 0) { // raised in this very step
                Rows.AlertRow a = batch.alerts.get(inBatch);
                row = new StoreReader.AlertState(a.id(), a.status(), a.dedupKey(), a.baselineKey(), a.body(), a.uuid());
            } else {
                row = r.alertId() != null ? reader.alert(r.alertId()) : reader.openAlert(r.dedupKey());
            }
            if (row == null || !AlertMapping.NEW.equals(row.status())) {
                continue;
            }
            ApiAlert stored = json.read(row.body(), ApiAlert.class);
            long occurrences = r.count();
            if (r.alertId() == null) {
                // the detector counts a reopened alert from 1 (its stored sightings are one to it)
                long base = storedBase.computeIfAbsent(r.dedupKey(),
                        k -> (stored.occurrences() == null ? 1 : stored.occurrences()) - 1);
                occurrences = base + r.count();
            }
            ApiAlert updated = AlertMapping.withRepeats(stored, occurrences, DeviceMapping.millis(r.lastSeen()),
                    nowMillis);
            Rows.AlertRow written = new Rows.AlertRow(row.id(), row.uuid(), updated.time(), ruleOf(row.dedupKey()),
                    row.status(), row.dedupKey(), row.baselineKey(), json.write(updated));
            if (inBatch >= 0) {
                batch.alerts.set(inBatch, written);
            } else {
                batch.alerts.add(written);
            }
        }
    }

    private static int indexOf(ChangeBatch batch, String uuid) {
        for (int i = 0; uuid != null && i < batch.alerts.size(); i++) {
            if (uuid.equals(batch.alerts.get(i).uuid())) {
                return i;
            }
        }
        return -1;
    }

    static String ruleOf(String dedupKey) {
        int bar = dedupKey.indexOf('|');
        return bar < 0 ? dedupKey : dedupKey.substring(0, bar);
    }
}
