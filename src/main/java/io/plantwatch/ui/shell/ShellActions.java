package io.plantwatch.ui.shell;

import io.plantwatch.ui.action.ConsoleAction;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.List;

/**
 * The shell's global actions and their shortcuts: refresh (F5), sync all sensors (Ctrl+Shift+S),
 * light/dark theme (Ctrl+Shift+L). Screen switching (Ctrl+1..4) and search (Ctrl+F) are
 * registered by {@link ConsoleWindow}. FX-thread confined.
 */
public final class ShellActions {
    private final ObjectProperty<Theme> theme;
    private final ConsoleAction refresh;
    private final ConsoleAction syncAll;
    private final ConsoleAction toggleTheme;

    public ShellActions(Theme initialTheme, Runnable refresh, Runnable syncAll, BooleanExpression canSyncAll) {
        this.theme = new SimpleObjectProperty<>(initialTheme);
        this.refresh = ConsoleAction.of("Refresh", MaterialDesignR.REFRESH, refresh).withShortcut("F5");
        this.syncAll = ConsoleAction.of("Sync all sensors", MaterialDesignS.SYNC, syncAll)
                .withShortcut("Shortcut+Shift+S").enabledWhen(canSyncAll);
        this.toggleTheme = ConsoleAction.of("Switch light / dark theme", MaterialDesignC.CIRCLE_HALF_FULL,
                () -> theme.set(theme.get().other())).withShortcut("Shortcut+Shift+L");
    }

    public ConsoleAction refresh() {
        return refresh;
    }

    public ConsoleAction syncAll() {
        return syncAll;
    }

    public ConsoleAction toggleTheme() {
        return toggleTheme;
    }

    public ObjectProperty<Theme> theme() {
        return theme;
    }

    public List<ConsoleAction> all() {
        return List.of(refresh, syncAll, toggleTheme);
    }
}
