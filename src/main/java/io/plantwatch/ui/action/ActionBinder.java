package io.plantwatch.ui.action;

import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds controls and shortcuts to {@link ConsoleAction}s. Stateless; call on the FX thread. */
public final class ActionBinder {
    private ActionBinder() {
    }

    /** Gives the button the action's icon, text (unless {@code iconOnly}), tooltip, state and command. */
    public static <B extends ButtonBase> B bind(B button, ConsoleAction action, boolean iconOnly) {
        if (action.icon() != null) {
            button.setGraphic(new FontIcon(action.icon()));
        }
        if (!iconOnly) {
            button.setText(action.text());
        }
        button.setTooltip(new Tooltip(action.tooltipText()));
        button.setAccessibleText(action.text());
        button.disableProperty().bind(action.executable().not());
        button.setOnAction(event -> action.execute());
        return button;
    }

    public static MenuItem menuItem(ConsoleAction action) {
        MenuItem item = new MenuItem(action.text());
        if (action.icon() != null) {
            item.setGraphic(new FontIcon(action.icon()));
        }
        item.setAccelerator(action.accelerator());
        item.disableProperty().bind(action.executable().not());
        item.setOnAction(event -> action.execute());
        return item;
    }

    /** Makes the action's shortcut work anywhere in the scene. */
    public static void registerShortcut(Scene scene, ConsoleAction action) {
        if (action.accelerator() != null) {
            scene.getAccelerators().put(action.accelerator(), action::execute);
        }
    }
}
