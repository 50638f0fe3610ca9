package io.plantwatch.ui.map;

import javafx.scene.paint.Color;

/**
 * The map's colours (a canvas is not styled by CSS): one per Purdue band, OT and IT edges,
 * selection, and the badges (alerts, unauthorized, new devices), for the light and the dark
 * theme. Immutable.
 */
record MapPalette(Color background, Color grid, Color text, Color otEdge, Color itEdge, Color highlight,
                  Color alert, Color[] levels, Color unknownLevel, Color subnetFill, Color unauthorized,
                  Color newDevice) {

    static MapPalette light() {
        return new MapPalette(Color.web("#f6f8fa"), Color.web("#e4e8ee"), Color.web("#1f2328"),
                Color.web("#d97706", 0.55), Color.web("#2f81f7", 0.35), Color.web("#8250df"), Color.web("#cf222e"),
                levelColors(), Color.web("#8c959f"), Color.web("#ddf4ff"), Color.web("#1f2328"),
                Color.web("#0096b4"));
    }

    static MapPalette dark() {
        return new MapPalette(Color.web("#0d1117"), Color.web("#21262d"), Color.web("#e6edf3"),
                Color.web("#f0883e", 0.55), Color.web("#58a6ff", 0.35), Color.web("#d2a8ff"), Color.web("#f85149"),
                levelColors(), Color.web("#6e7681"), Color.web("#0c2d6b"), Color.web("#f0f6fc"),
                Color.web("#39c5cf"));
    }

    /** Level 0 (field) to 5 (enterprise). */
    private static Color[] levelColors() {
        return new Color[] {Color.web("#bc4c00"), Color.web("#d4a72c"), Color.web("#1a7f37"), Color.web("#1b7c83"),
            Color.web("#0969da"), Color.web("#6639ba")};
    }

    /** Colour index of a level: 0–5, or 6 for unknown. */
    static int bucket(Integer level) {
        return level == null || level < 0 || level > 5 ? 6 : level;
    }

    Color bucketColor(int bucket) {
        return bucket == 6 ? unknownLevel : levels[bucket];
    }
}
