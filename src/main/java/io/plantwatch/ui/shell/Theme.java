package io.plantwatch.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The console's two looks: AtlantaFX Primer light and dark, plus our styles/plantwatch.css on top. */
public enum Theme {
    LIGHT, DARK;

    public String userAgentStylesheet() {
        // The binary (BSS) form of the theme: JavaFX loads it several times faster than the 170 KB CSS.
        return this == DARK ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    public boolean isDark() {
        return this == DARK;
    }
}
