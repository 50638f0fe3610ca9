package io.plantwatch.ui.ti;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import io.plantwatch.console.ti.PublisherKey;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.nio.file.Path;

/**
 * The TI screen: import a package by path, its summary, target choice, push / retry / cancel and
 * a table of per-sensor progress. Only binds to {@link TiScreenViewModel}; no logic here.
 */
public final class TiScreenView extends BorderPane implements io.plantwatch.ui.shell.ScreenView {
    private final javafx.beans.property.ReadOnlyStringWrapper subtitle = new javafx.beans.property.ReadOnlyStringWrapper();

    /**
     * The screen as the console window shows it: pushes through the console's stored tokens and
     * pinned certificates, after verifying the package against the console's trusted publisher keys.
     */
    public static TiScreenView forConsole(io.plantwatch.console.ConsoleServices services, io.plantwatch.ui.task.TaskExecutor tasks) {
        java.nio.file.Path data = services.store().dataDirectory();
        return new TiScreenView(new TiScreenViewModel(services, new io.plantwatch.console.ti.TiPushService(
                new io.plantwatch.console.sync.SensorClients(new io.plantwatch.console.sensors.TokenStore(data),
                        io.plantwatch.console.sync.RetryPolicy.DEFAULT), 8),
                new io.plantwatch.console.ti.PushHistory(data), tasks));
    }

    @Override
    public javafx.scene.Parent root() {
        return this;
    }

    @Override
    public javafx.beans.value.ObservableStringValue subtitle() {
        return subtitle.getReadOnlyProperty();
    }

    public TiScreenView(TiScreenViewModel model) {
        TextField path = new TextField();
        path.setId("ti-path");
        path.setPromptText("Path of the TI package (.zip)");
        path.setPrefColumnCount(40);
        Button importButton = new Button("Import");
        importButton.setId("ti-import");
        importButton.disableProperty().bind(path.textProperty().isEmpty());
        importButton.setOnAction(e -> model.importPackage(Path.of(path.getText().trim())));
        path.setOnAction(e -> importButton.fire());
        Label summary = new Label();
        summary.setId("ti-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label problem = new Label();
        problem.setId("ti-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("danger");

        ChoiceBox<TiScreenViewModel.Target> target = new ChoiceBox<>();
        target.setId("ti-target");
        target.getItems().setAll(TiScreenViewModel.Target.values());
        target.valueProperty().bindBidirectional(model.targetProperty());
        TextField targetName = new TextField();
        targetName.setId("ti-target-name");
        targetName.setPromptText("site or zone name");
        targetName.textProperty().bindBidirectional(model.targetNameProperty());
        targetName.disableProperty().bind(model.targetProperty().isEqualTo(TiScreenViewModel.Target.ALL));

        Button pushButton = new Button("Push");
        pushButton.setId("ti-push");
        pushButton.disableProperty().bind(model.importedProperty().not().or(model.pushingProperty()));
        pushButton.setOnAction(e -> model.pushToTargets());
        Button retry = new Button("Retry failed");
        retry.setId("ti-retry");
        retry.disableProperty().bind(model.importedProperty().not().or(model.pushingProperty()));
        retry.setOnAction(e -> model.retryFailed());
        Button cancel = new Button("Cancel");
        cancel.setId("ti-cancel");
        cancel.disableProperty().bind(model.pushingProperty().not());
        cancel.setOnAction(e -> model.cancel());

        TableView<PushRow> table = new TableView<>(model.rows());
        table.setId("ti-rows");
        TableColumn<PushRow, String> sensor = new TableColumn<>("Sensor");
        sensor.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().sensor()));
        TableColumn<PushRow, PushRow.State> state = new TableColumn<>("State");
        state.setCellValueFactory(c -> c.getValue().stateProperty());
        TableColumn<PushRow, String> message = new TableColumn<>("Result");
        message.setCellValueFactory(c -> c.getValue().messageProperty());
        message.setPrefWidth(420);
        table.getColumns().add(sensor);
        table.getColumns().add(state);
        table.getColumns().add(message);

        TextField keyPath = new TextField();
        keyPath.setId("ti-key-path");
        keyPath.setPromptText("Publisher public key (.pub)");
        keyPath.setPrefColumnCount(30);
        Button trust = new Button("Trust publisher key");
        trust.setId("ti-trust");
        trust.disableProperty().bind(keyPath.textProperty().isEmpty());
        trust.setOnAction(e -> model.trustKey(Path.of(keyPath.getText().trim())));
        keyPath.setOnAction(e -> trust.fire());
        ListView<PublisherKey> keys = new ListView<>(model.keys());
        keys.setId("ti-keys");
        keys.setPrefHeight(72);
        keys.setPlaceholder(new Label("No trusted publisher key: every package is refused until you trust its publisher."));
        keys.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PublisherKey key, boolean empty) {
                super.updateItem(key, empty);
                setText(empty || key == null ? null : "Key " + key.keyId() + ", trusted by " + key.addedBy()
                        + " on " + io.plantwatch.ui.support.Formats.time(key.addedAt()));
            }
        });
        Button untrust = new Button("Remove key");
        untrust.setId("ti-untrust");
        untrust.disableProperty().bind(keys.getSelectionModel().selectedItemProperty().isNull());
        untrust.setOnAction(e -> model.untrustKey(keys.getSelectionModel().getSelectedItem().keyId()));
        TitledPane trusted = new TitledPane("Trusted publishers",
                new VBox(6, new HBox(8, keyPath, trust, untrust), keys));
        trusted.setId("ti-publishers");

        VBox top = new VBox(8, trusted, new HBox(8, path, importButton), summary, problem,
                new HBox(8, new Label("Targets"), target, targetName, pushButton, retry, cancel));
        top.setPadding(new Insets(12));
        setTop(top);
        setCenter(table);
        subtitle.bind(model.headlineProperty());
    }
}
