package io.plantwatch.ui.inventory;

import io.plantwatch.ui.support.Icons;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * One property of the selected device: its name, the merged value, which sensors report it and,
 * in warning colour, what the other sensors say when they disagree. Shows only.
 */
final class PropertyCell extends ListCell<PropertyRow> {
    @Override
    protected void updateItem(PropertyRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        Label field = new Label(row.field());
        field.getStyleClass().add("property-field");
        field.setMinWidth(120);
        field.setPrefWidth(120);
        Label value = new Label(row.value());
        value.getStyleClass().add("property-value");
        value.setWrapText(true);
        VBox right = new VBox(2, value);
        if (!row.reportedBy().isEmpty()) {
            Label source = new Label("reported by " + row.reportedBy());
            source.getStyleClass().add("property-source");
            source.setWrapText(true);
            right.getChildren().add(source);
        }
        if (row.hasConflict()) {
            Label conflict = new Label("other sensors say " + row.conflict(),
                    Icons.icon(MaterialDesignA.ALERT_OUTLINE, "conflict-icon"));
            conflict.getStyleClass().add("property-conflict");
            conflict.setWrapText(true);
            right.getChildren().add(conflict);
        }
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setMinWidth(0);
        right.prefWidthProperty().bind(widthProperty().subtract(150));
        HBox line = new HBox(10, field, right);
        line.getStyleClass().add("property-line");
        setGraphic(line);
    }
}
