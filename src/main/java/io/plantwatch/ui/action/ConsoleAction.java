package io.plantwatch.ui.action;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

import java.util.Objects;

/**
 * A user command as an object (after JabRef's StandardActions and SimpleCommand): label, icon,
 * keyboard shortcut, whether it can run now, and what it does. Buttons, menu items and the
 * shortcut map are bound to it by {@link ActionBinder}. Immutable.
 */
public final class ConsoleAction {
    private final String text;
    private final Ikon icon;
    private final KeyCombination accelerator;
    private final BooleanExpression executable;
    private final Runnable command;

    private ConsoleAction(String text, Ikon icon, KeyCombination accelerator, BooleanExpression executable,
                          Runnable command) {
        this.text = Objects.requireNonNull(text);
        this.icon = icon;
        this.accelerator = accelerator;
        this.executable = executable;
        this.command = Objects.requireNonNull(command);
    }

    public static ConsoleAction of(String text, Ikon icon, Runnable command) {
        return new ConsoleAction(text, icon, null, new SimpleBooleanProperty(true), command);
    }

    /** @param shortcut e.g. {@code Shortcut+E} (Ctrl on Linux and Windows, Cmd on macOS) */
    public ConsoleAction withShortcut(String shortcut) {
        return new ConsoleAction(text, icon, KeyCombination.keyCombination(shortcut), executable, command);
    }

    public ConsoleAction enabledWhen(BooleanExpression condition) {
        return new ConsoleAction(text, icon, accelerator, condition, command);
    }

    public String text() {
        return text;
    }

    public Ikon icon() {
        return icon;
    }

    public KeyCombination accelerator() {
        return accelerator;
    }

    public BooleanExpression executable() {
        return executable;
    }

    /** Runs the command if it can run now. */
    public void execute() {
        if (executable.get()) {
            command.run();
        }
    }

    /** The label with its shortcut, for tooltips: {@code Export CSV (Ctrl+E)}. */
    public String tooltipText() {
        return accelerator == null ? text : text + " (" + accelerator.getDisplayText() + ")";
    }
}
