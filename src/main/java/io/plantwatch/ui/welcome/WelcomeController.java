package io.plantwatch.ui.welcome;

import io.plantwatch.ui.demo.DemoViewModel;
import io.plantwatch.ui.support.Views;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * The welcome view shown on an empty store: "Add sensor" opens the add-sensor dialog, "Start demo
 * plant" runs the demo through {@link DemoViewModel}. FX-thread confined.
 */
public final class WelcomeController {
    @FXML
    private Button addSensorButton;
    @FXML
    private Button startDemoButton;
    @FXML
    private VBox demoProgressBox;
    @FXML
    private ProgressBar demoProgress;
    @FXML
    private Label demoMessage;
    @FXML
    private Hyperlink skipLink;

    private final DemoViewModel demo;
    private final Runnable addSensor;
    private final Runnable skip;
    private final Parent root;

    public WelcomeController(DemoViewModel demo, Runnable addSensor, Runnable skip) {
        this.demo = demo;
        this.addSensor = addSensor;
        this.skip = skip;
        this.root = Views.load("Welcome.fxml", this);
    }

    @FXML
    private void initialize() {
        addSensorButton.setId("welcome-add-sensor");
        startDemoButton.setId("welcome-start-demo");
        addSensorButton.setOnAction(event -> addSensor.run());
        startDemoButton.setOnAction(event -> demo.start());
        startDemoButton.disableProperty().bind(demo.busyProperty());
        addSensorButton.disableProperty().bind(demo.busyProperty());
        demoProgressBox.visibleProperty().bind(demo.busyProperty().or(demo.messageProperty().isNotEmpty()));
        demoProgress.visibleProperty().bind(demo.busyProperty());
        demoProgress.progressProperty().bind(demo.progressProperty());
        demoMessage.textProperty().bind(demo.messageProperty());
        skipLink.setOnAction(event -> skip.run());
    }

    public Parent root() {
        return root;
    }
}
