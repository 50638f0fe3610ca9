package io.plantwatch.ui.sensors;

import io.plantwatch.ui.support.Views;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The "Add sensor" and "Edit sensor" dialog: binds its form to {@link SensorFormViewModel}; "Add
 * and sync" stays disabled until the fingerprint was shown and the form is complete, and the
 * dialog closes only once the sensor was added (or saved). FX-thread confined.
 */
public final class SensorFormDialog {
    @FXML
    private TextField urlField;
    @FXML
    private Button probeButton;
    @FXML
    private Label fingerprintLabel;
    @FXML
    private Label certificateLabel;
    @FXML
    private TextField nameField;
    @FXML
    private PasswordField tokenField;
    @FXML
    private TextField siteField;
    @FXML
    private TextField zoneField;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Label problemLabel;

    private final SensorFormViewModel viewModel;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public SensorFormDialog(SensorFormViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        VBox form = Views.load("SensorForm.fxml", this);
        dialog.initOwner(owner);
        boolean editing = viewModel.isEditing();
        dialog.setTitle(editing ? "Edit sensor" : "Add sensor");
        dialog.setHeaderText(editing ? "Edit sensor " + viewModel.nameProperty().get()
                : "Add a sensor to the console");
        dialog.getDialogPane().setContent(form);
        ButtonType add = new ButtonType(editing ? "Save and sync" : "Add and sync", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(add, ButtonType.CANCEL);
        Button addButton = (Button) dialog.getDialogPane().lookupButton(add);
        addButton.getStyleClass().add("accent");
        addButton.disableProperty().bind(viewModel.canAdd().not());
        // Adding runs in the background: keep the dialog open and close it when the sensor is in.
        addButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.add(sensor -> {
                dialog.setResult(add);
                dialog.close();
            });
        });
    }

    @FXML
    private void initialize() {
        urlField.textProperty().bindBidirectional(viewModel.urlProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        tokenField.textProperty().bindBidirectional(viewModel.tokenProperty());
        siteField.textProperty().bindBidirectional(viewModel.siteProperty());
        zoneField.textProperty().bindBidirectional(viewModel.zoneProperty());
        probeButton.disableProperty().bind(viewModel.canProbe().not());
        probeButton.setOnAction(event -> viewModel.probe());
        if (viewModel.isEditing()) {
            fingerprintLabel.setText("Pinned; connect again only to change the URL");
            tokenField.setPromptText("Leave blank to keep the stored token");
        }
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        viewModel.probeProperty().addListener((observable, old, probe) -> {
            fingerprintLabel.setText(probe == null ? "Not connected yet" : viewModel.fingerprintText());
            certificateLabel.setText(viewModel.certificateText());
            // The form grew by the fingerprint's lines: let the dialog grow with it.
            javafx.application.Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        });
    }

    public void show() {
        dialog.show();
    }
}
