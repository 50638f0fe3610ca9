package io.plantwatch.ui.dashboard;

import io.plantwatch.ui.shell.Theme;

import java.awt.Color;

/**
 * Colours of the dashboard's charts per theme. JFreeChart draws with AWT paints, outside CSS, so
 * the design system's colours are repeated here (styles/plantwatch.css names the same ones).
 * Immutable.
 */
record ChartPalette(Color text, Color mutedText, Color grid, Color[] series, Color critical, Color major,
                    Color minor, Color warning, Color good, Color unknown) {

    static ChartPalette of(Theme theme) {
        if (theme.isDark()) {
            return new ChartPalette(new Color(0xe6edf3), new Color(0x8d96a0), new Color(0x30363d),
                    new Color[] {new Color(0x4493f8), new Color(0x3fb950), new Color(0xa371f7), new Color(0xdb6d28),
                            new Color(0x39c5cf), new Color(0xdb61a2), new Color(0xd29922), new Color(0x8d96a0)},
                    new Color(0xff7b72), new Color(0xffa657), new Color(0xe3b341), new Color(0x79c0ff),
                    new Color(0x3fb950), new Color(0x6e7681));
        }
        return new ChartPalette(new Color(0x1f2328), new Color(0x59636e), new Color(0xe5e8eb),
                new Color[] {new Color(0x0969da), new Color(0x1a7f37), new Color(0x8250df), new Color(0xbc4c00),
                        new Color(0x1b7c83), new Color(0xbf3989), new Color(0x9a6700), new Color(0x6e7781)},
                new Color(0xd1242f), new Color(0xe16f24), new Color(0xbf8700), new Color(0x0969da),
                new Color(0x1a7f37), new Color(0x8c959f));
    }

    Color series(int index) {
        return series[index % series.length];
    }

    /** A fixed colour for labels that mean something (severities, health), else null. */
    Color meaningful(String label) {
        switch (label) {
            case "Critical":
            case "Disconnected":
                return critical;
            case "Major":
                return major;
            case "Minor":
            case "Out of sync":
                return minor;
            case "Warning":
                return warning;
            case "Synced":
                return good;
            case "Other":
            case "—":
            case "none":
                return unknown;
            default:
                return null;
        }
    }
}
