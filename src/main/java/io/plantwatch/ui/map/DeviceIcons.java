package io.plantwatch.ui.map;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

import java.util.Locale;
import java.util.Map;

/**
 * Icons by device type, drawn on the canvas as glyphs of the Material Design icon font (the same
 * icons the rest of the console uses), so the map draws text rather than images. Immutable.
 */
final class DeviceIcons {
    private static final Map<String, Ikon> BY_TYPE = Map.ofEntries(
            Map.entry("plc", MaterialDesignC.CHIP),
            Map.entry("rtu", MaterialDesignC.CHIP),
            Map.entry("ied", MaterialDesignF.FLASH_OUTLINE),
            Map.entry("dcs controller", MaterialDesignC.CHIP),
            Map.entry("hmi", MaterialDesignM.MONITOR_DASHBOARD),
            Map.entry("engineering station", MaterialDesignL.LAPTOP),
            Map.entry("historian", MaterialDesignD.DATABASE_OUTLINE),
            Map.entry("i/o adapter", MaterialDesignE.EXPANSION_CARD),
            Map.entry("remote i/o", MaterialDesignE.EXPANSION_CARD),
            Map.entry("variable frequency drive", MaterialDesignE.ENGINE_OUTLINE),
            Map.entry("switch", MaterialDesignS.SWITCH),
            Map.entry("router", MaterialDesignR.ROUTER_NETWORK),
            Map.entry("firewall", MaterialDesignS.SHIELD_OUTLINE),
            Map.entry("server", MaterialDesignS.SERVER),
            Map.entry("workstation", MaterialDesignM.MONITOR),
            Map.entry("printer", MaterialDesignP.PRINTER_OUTLINE),
            Map.entry("camera", MaterialDesignC.CCTV),
            Map.entry("subnet", MaterialDesignL.LAN));
    private static final Ikon OTHER = MaterialDesignV.VIEW_GRID_OUTLINE;
    static final Ikon ALERT = MaterialDesignA.ALERT;

    private final String family;

    DeviceIcons() {
        // Making one FontIcon registers the icon font (its own font stays "System" until it is styled).
        new FontIcon(OTHER);
        this.family = javafx.scene.text.Font.getFamilies().stream().filter(name -> name.startsWith("Material Design"))
                .findFirst().orElse("Material Design Icons");
    }

    String family() {
        return family;
    }

    String glyph(String type) {
        Ikon ikon = type == null ? OTHER : BY_TYPE.getOrDefault(type.toLowerCase(Locale.ROOT), OTHER);
        return new String(Character.toChars(ikon.getCode()));
    }
}
