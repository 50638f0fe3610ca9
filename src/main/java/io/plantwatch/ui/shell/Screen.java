package io.plantwatch.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The console's screens, in the order of the navigation rail (Ctrl+1 … Ctrl+4). */
public enum Screen {
    DASHBOARD("Dashboard", MaterialDesignV.VIEW_DASHBOARD_OUTLINE),
    INVENTORY("Devices", MaterialDesignL.LAN),
    SENSORS("Sites & sensors", MaterialDesignM.MAP_MARKER_RADIUS_OUTLINE),
    ALERTS("Alerts", MaterialDesignA.ALERT_OUTLINE),
    MAP("Map", org.kordamp.ikonli.materialdesign2.MaterialDesignG.GRAPH_OUTLINE),
    TI("Threat intelligence", org.kordamp.ikonli.materialdesign2.MaterialDesignS.SHIELD_CHECK_OUTLINE);

    private final String title;
    private final Ikon icon;

    Screen(String title, Ikon icon) {
        this.title = title;
        this.icon = icon;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }
}
