package io.plantwatch.ui.support;

import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.ui.data.Severity;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.Locale;

/** The icons the screens use for device types, severities and sensor health. Stateless. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon icon(Ikon ikon, String... styleClasses) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }

    /** An icon for a device type as sensors name them (PLC, HMI, Engineering Station, ...). */
    public static Ikon deviceType(String type) {
        String key = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (key.contains("plc") || key.contains("controller") || key.contains("rtu") || key.contains("ied")) {
            return MaterialDesignC.CHIP;
        }
        if (key.contains("hmi") || key.contains("panel")) {
            return MaterialDesignM.MONITOR_DASHBOARD;
        }
        if (key.contains("engineering")) {
            return MaterialDesignL.LAPTOP;
        }
        if (key.contains("switch") || key.contains("router") || key.contains("firewall") || key.contains("gateway")) {
            return MaterialDesignR.ROUTER_NETWORK;
        }
        if (key.contains("historian") || key.contains("database")) {
            return MaterialDesignD.DATABASE_OUTLINE;
        }
        if (key.contains("server")) {
            return MaterialDesignS.SERVER;
        }
        if (key.contains("workstation") || key.contains("pc")) {
            return MaterialDesignM.MONITOR;
        }
        if (key.contains("camera")) {
            return MaterialDesignC.CCTV;
        }
        if (key.contains("printer")) {
            return MaterialDesignP.PRINTER;
        }
        if (key.isEmpty()) {
            return MaterialDesignH.HELP_CIRCLE_OUTLINE;
        }
        return MaterialDesignD.DEVICES;
    }

    public static Ikon severity(Severity severity) {
        switch (severity) {
            case CRITICAL:
                return MaterialDesignA.ALERT_OCTAGON;
            case MAJOR:
                return MaterialDesignA.ALERT;
            case MINOR:
                return MaterialDesignA.ALERT_CIRCLE_OUTLINE;
            default:
                return MaterialDesignI.INFORMATION_OUTLINE;
        }
    }

    public static Ikon health(SensorHealth health) {
        if (health == null) {
            return MaterialDesignH.HELP_CIRCLE_OUTLINE;
        }
        switch (health) {
            case SYNCED:
                return MaterialDesignC.CHECK_CIRCLE;
            case OUT_OF_SYNC:
                return MaterialDesignS.SYNC_ALERT;
            default:
                return MaterialDesignL.LAN_DISCONNECT;
        }
    }

    /** {@code health-synced}, {@code health-out_of_sync}, {@code health-disconnected} (styles/plantwatch.css). */
    public static String healthStyle(SensorHealth health) {
        return "health-" + (health == null ? "unknown" : health.name().toLowerCase(Locale.ROOT));
    }
}
