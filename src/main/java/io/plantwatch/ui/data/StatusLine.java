package io.plantwatch.ui.data;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The last thing the console has to tell the user (shown in the status bar): what finished, what
 * failed. FX-thread confined.
 */
public final class StatusLine {
    /** One message and how it should look. */
    public record Message(Kind kind, String text) {
    }

    public enum Kind {
        INFO, SUCCESS, WARNING, ERROR
    }

    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(new Message(Kind.INFO, "Ready"));

    public void info(String text) {
        message.set(new Message(Kind.INFO, text));
    }

    public void success(String text) {
        message.set(new Message(Kind.SUCCESS, text));
    }

    public void warning(String text) {
        message.set(new Message(Kind.WARNING, text));
    }

    public void error(String text) {
        message.set(new Message(Kind.ERROR, text));
    }

    public Message current() {
        return message.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
