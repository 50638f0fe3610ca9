package io.plantwatch.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The console's two looks: AtlantaFX Primer light and dark, plus our styles/plantwatch.css on top. */
public enum Theme {
    LIGHT, DARK;

    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    public boolean isDark() {
        return this == DARK;
    }
}
