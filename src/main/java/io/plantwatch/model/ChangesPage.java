package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * {@code GET /api/plantwatch/v1/changes?since=CURSOR[&limit=N]}: everything that changed after
 * the cursor, oldest first, at most {@code limit} items. Ask again with {@code next} while
 * {@code more} is true; an empty {@code since} starts from the beginning. Each change appears once
 * across the pages (the latest state of the item).
 *
 * @param removedDevices ids of devices deleted since the cursor
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChangesPage(String since, String next, boolean more, List<ApiDevice> devices,
                          List<ApiConnection> connections, List<ApiAlert> alerts, List<ApiEvent> events,
                          List<Long> removedDevices) {
}
