package io.plantwatch.ui.support;

import io.plantwatch.ui.data.Severity;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import java.util.Comparator;
import java.util.function.Function;

/**
 * Table columns and cells the screens share: read-only values, text with an optional icon,
 * severity badges. Cells only show; they never change data. Stateless.
 */
public final class Cells {
    /** Nulls last, strings without regard to case, everything else by its natural order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Comparator<Object> VALUE_ORDER = (a, b) -> {
        if (a == b) {
            return 0;
        }
        if (a == null) {
            return 1;
        }
        if (b == null) {
            return -1;
        }
        if (a instanceof String && b instanceof String) {
            return String.CASE_INSENSITIVE_ORDER.compare((String) a, (String) b);
        }
        if (a instanceof Comparable && a.getClass() == b.getClass()) {
            return ((Comparable) a).compareTo(b);
        }
        return a.toString().compareToIgnoreCase(b.toString());
    };

    private Cells() {
    }

    /** A column showing {@code value} of each row, as text. */
    public static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, double width) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A cell that writes each value with {@code text} and adds {@code graphic} (may return null). */
    public static <S, T> TableCell<S, T> textCell(Function<T, String> text, Function<S, Node> graphic) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                String shown = item == null ? "" : text.apply(item);
                setText(shown);
                setGraphic(graphic == null ? null : graphic.apply(row));
                setTooltip(shown.length() > 30 ? new Tooltip(shown) : null);
            }
        };
    }

    /** A severity as a coloured badge with its icon. */
    public static <S> TableCell<S, Severity> severityCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Severity item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                setText(null);
                setGraphic(badge(item));
            }
        };
    }

    public static Label badge(Severity severity) {
        Label badge = new Label(severity.label(), Icons.icon(Icons.severity(severity), severity.styleClass()));
        badge.getStyleClass().addAll("severity-badge", severity.styleClass());
        return badge;
    }
}
