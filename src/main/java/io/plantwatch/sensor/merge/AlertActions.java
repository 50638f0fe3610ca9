package io.plantwatch.sensor.merge;

import io.plantwatch.detect.Baseline;
import io.plantwatch.detect.Detector;
import io.plantwatch.model.ApiAlert;
import io.plantwatch.model.ApiAlertAction;
import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.store.ChangeBatch;
import io.plantwatch.sensor.store.Rows;
import io.plantwatch.sensor.store.StoreReader;
import io.plantwatch.sensor.store.WriterCommand.ActionReply;

import java.sql.SQLException;

/**
 * {@code PUT /api/v1/alerts/{uuid}}: handle, handle and learn (the alert's subject joins the
 * baseline; a new device becomes authorised), or mute. Replies carry Defender's messages.
 * Not thread-safe: the writer thread runs it.
 */
final class AlertActions {
    static final String DONE = "Alert update request finished successfully";
    static final String ALREADY = "Alert was already handled";
    static final String INVALID = "Invalid action";
    static final String NOT_FOUND = "Couldn't execute request because no alert was found for this UUID";

    private final Json json;
    private final StoreReader reader;
    private final Detector detector;
    private final DeviceMerger devices;

    AlertActions(Json json, StoreReader reader, Detector detector, DeviceMerger devices) {
        this.json = json;
        this.reader = reader;
        this.detector = detector;
        this.devices = devices;
    }

    ActionReply apply(String uuid, String action, ChangeBatch batch, long now) throws SQLException {
        String status = statusFor(action);
        if (status == null) {
            return new ActionReply(400, INVALID);
        }
        StoreReader.AlertState alert = reader.alert(uuid);
        if (alert == null) {
            return new ActionReply(404, NOT_FOUND);
        }
        if (!AlertMapping.NEW.equals(alert.status())) {
            return new ActionReply(200, ALREADY);
        }
        ApiAlert updated = AlertMapping.withStatus(json.read(alert.body(), ApiAlert.class), status, now);
        batch.alerts.add(new Rows.AlertRow(alert.id(), uuid, updated.time(), RepeatCounts.ruleOf(alert.dedupKey()),
                status, alert.dedupKey(),
                alert.baselineKey(), json.write(updated)));
        if (AlertMapping.MUTED.equals(status)) {
            detector.mute(alert.dedupKey()); // silent from now on; the MUTED row brings it back after a restart
        } else {
            detector.closed(alert.dedupKey());
        }
        if (AlertMapping.LEARNED.equals(status) && alert.baselineKey() != null) {
            detector.baseline().learn(alert.baselineKey());
            if (alert.baselineKey().startsWith("device:")) {
                devices.authorize(alert.baselineKey().substring("device:".length()));
            }
        } else if (AlertMapping.LEARNED.equals(status)) {
            // An alert about an action (a program download, a restart) has no traffic to learn:
            // learning it makes that action between those ends normal, kept in the baseline table.
            detector.baseline().learn(Baseline.alertKey(alert.dedupKey()));
        }
        return new ActionReply(200, DONE);
    }

    private static String statusFor(String action) {
        if (ApiAlertAction.HANDLE.equals(action)) {
            return AlertMapping.HANDLED;
        }
        if (ApiAlertAction.HANDLE_AND_LEARN.equals(action)) {
            return AlertMapping.LEARNED;
        }
        if (ApiAlertAction.MUTE.equals(action)) {
            return AlertMapping.MUTED;
        }
        return null;
    }
}
