package io.plantwatch.ui.shell;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.ui.action.ActionBinder;
import io.plantwatch.ui.action.ConsoleAction;
import io.plantwatch.ui.alerts.AlertsController;
import io.plantwatch.ui.alerts.AlertsViewModel;
import io.plantwatch.ui.dashboard.DashboardController;
import io.plantwatch.ui.dashboard.DashboardViewModel;
import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.Severity;
import io.plantwatch.ui.data.SnapshotLoader;
import io.plantwatch.ui.data.StatusLine;
import io.plantwatch.ui.demo.DemoPlant;
import io.plantwatch.ui.demo.DemoViewModel;
import io.plantwatch.ui.inventory.DeviceColumn;
import io.plantwatch.ui.inventory.InventoryController;
import io.plantwatch.ui.inventory.InventoryViewModel;
import io.plantwatch.ui.sensors.SensorFormDialog;
import io.plantwatch.ui.sensors.SensorFormViewModel;
import io.plantwatch.ui.sensors.SensorsController;
import io.plantwatch.ui.sensors.SensorsViewModel;
import io.plantwatch.ui.support.ExportTarget;
import io.plantwatch.ui.support.Views;
import io.plantwatch.ui.task.TaskExecutor;
import io.plantwatch.ui.welcome.WelcomeController;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The composition root of one console window: makes the view models and views of every screen
 * from the console services (constructor injection throughout), wires navigation, shortcuts,
 * theme and the remembered layout, and shows the stage. Used by {@code ConsoleApplication} and by
 * the UI tests alike. FX-thread confined.
 */
public final class ConsoleWindow implements Navigator {
    /** What differs between the real console and a test: where exports go, the clock, the demo. */
    public record Options(ExportTarget exportTarget, Clock clock, DemoPlant demo) {
        public Options {
            Objects.requireNonNull(exportTarget);
            Objects.requireNonNull(clock);
            Objects.requireNonNull(demo);
        }
    }

    private final Stage stage;
    private final ConsoleServices services;
    private final UiSettings settings;
    private final TaskExecutor tasks;
    private final Options options;
    private final ConsoleData data;
    private final InventoryViewModel inventory;
    private final SensorsViewModel sensors;
    private final AlertsViewModel alerts;
    private final DemoViewModel demo;
    private final ShellActions actions;
    private final MainWindowController shell;
    private final WindowLayout layout;
    private final Scene scene;

    public ConsoleWindow(Stage stage, ConsoleServices services, UiSettings settings, TaskExecutor tasks,
                         Options options) {
        this.stage = stage;
        this.services = services;
        this.settings = settings;
        this.tasks = tasks;
        this.options = options;
        this.data = new ConsoleData(new SnapshotLoader(services), tasks, new StatusLine());
        this.inventory = new InventoryViewModel(data, tasks, services.inventory());
        this.sensors = new SensorsViewModel(services, data, tasks);
        this.alerts = new AlertsViewModel(services, data, tasks, options.clock());
        this.demo = new DemoViewModel(options.demo(), data, tasks, () -> show(Screen.DASHBOARD));
        Theme theme = Theme.valueOf(settings.text("theme", Theme.LIGHT.name()));
        this.actions = new ShellActions(theme, data::reload, sensors::syncAll,
                Bindings.createBooleanBinding(() -> !data.snapshot().sensors().isEmpty()
                        && !sensors.jobRunningProperty().get(), data.snapshotProperty(), sensors.jobRunningProperty()));
        this.shell = new MainWindowController(data, tasks, actions, this::createScreen,
                () -> new WelcomeController(demo, this::openAddSensor, this::dismissWelcome).root(),
                services.store().dataDirectory().toString());
        Parent root = Views.load("MainWindow.fxml", shell);
        this.scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(
                ConsoleWindow.class.getResource("/styles/plantwatch.css")).toExternalForm());
        this.layout = new WindowLayout(stage, settings);
        applyTheme(theme);
        actions.theme().addListener((observable, old, value) -> applyTheme(value));
        registerShortcuts();
        stage.setTitle("Plantwatch");
        stage.setScene(scene);
    }

    /** Shows the window where it was last time, on the screen it showed, and loads the data. */
    public void show() {
        layout.restore();
        Screen first;
        try {
            first = Screen.valueOf(settings.text("screen", Screen.DASHBOARD.name()));
        } catch (IllegalArgumentException e) {
            first = Screen.DASHBOARD;
        }
        // Reading the store starts first, on a worker, while the FX thread lays out and styles the window.
        data.reload();
        shell.show(first);
        stage.show();
    }

    /** Records window bounds, theme and screen in the settings (to be saved after the window closed). */
    public void rememberLayout() {
        layout.remember();
        settings.putText("theme", actions.theme().get().name());
        if (shell.current() != null) {
            settings.putText("screen", shell.current().name());
        }
    }

    private ScreenView createScreen(Screen screen) {
        return new ScreenViewFactory().create(screen);
    }

    /** Makes each screen's view on first use. */
    private final class ScreenViewFactory {
        ScreenView create(Screen screen) {
            switch (screen) {
                case DASHBOARD:
                    return new DashboardController(new DashboardViewModel(data, ConsoleWindow.this), actions.theme());
                case INVENTORY:
                    InventoryController controller = new InventoryController(inventory, settings,
                            options.exportTarget());
                    ActionBinder.registerShortcut(scene, controller.exportAction());
                    return controller;
                case SENSORS:
                    SensorsController sensorsController = new SensorsController(sensors, this::addSensorViewModel,
                            options.clock(), demo);
                    return sensorsController;
                case MAP:
                    return io.plantwatch.ui.map.MapScreen.create(data,
                            new io.plantwatch.console.map.MapPins(services.store(), options.clock()), tasks,
                            options.exportTarget(), ConsoleWindow.this::showDevicesMatching,
                            Bindings.createBooleanBinding(() -> actions.theme().get().isDark(), actions.theme()),
                            options.clock(), inventory.newDetail());
                case TI:
                    return io.plantwatch.ui.ti.TiScreenView.forConsole(services, tasks);
                default:
                    return new AlertsController(alerts, ConsoleWindow.this::showDevicesMatching);
            }
        }

        private SensorFormViewModel addSensorViewModel() {
            return new SensorFormViewModel(services, data, tasks);
        }
    }

    private void openAddSensor() {
        new SensorFormDialog(new SensorFormViewModel(services, data, tasks), stage).show();
    }

    private void dismissWelcome() {
        shell.dismissWelcome();
    }

    private void applyTheme(Theme theme) {
        javafx.application.Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        scene.getRoot().getStyleClass().remove("dark");
        if (theme.isDark()) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }

    private void registerShortcuts() {
        actions.all().forEach(action -> ActionBinder.registerShortcut(scene, action));
        for (Screen screen : Screen.values()) {
            ActionBinder.registerShortcut(scene, ConsoleAction.of(screen.title(), screen.icon(), () -> show(screen))
                    .withShortcut("Shortcut+" + (screen.ordinal() + 1)));
        }
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"),
                () -> shell.view(shell.current() == null ? Screen.INVENTORY : shell.current()).focusSearch());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Q"), stage::close);
    }

    @Override
    public void show(Screen screen) {
        shell.show(screen);
    }

    @Override
    public void showDevices(DeviceColumn column, String value) {
        inventory.showOnly(column, value);
        shell.show(Screen.INVENTORY);
    }

    @Override
    public void showDevicesMatching(String query) {
        inventory.clearFilters();
        inventory.searchProperty().set(query);
        shell.show(Screen.INVENTORY);
    }

    @Override
    public void showAlerts(Severity severity, String engine) {
        alerts.clearFilters();
        alerts.statusProperty().set(io.plantwatch.ui.alerts.AlertStatusFilter.OPEN);
        if (severity != null) {
            alerts.severities().setAll(List.of(severity));
        }
        if (engine != null) {
            alerts.engines().setAll(List.of(engine));
        }
        shell.show(Screen.ALERTS);
    }

    public Scene scene() {
        return scene;
    }

    public ConsoleData data() {
        return data;
    }

    public InventoryViewModel inventory() {
        return inventory;
    }

    public SensorsViewModel sensors() {
        return sensors;
    }

    public AlertsViewModel alerts() {
        return alerts;
    }

    public DemoViewModel demo() {
        return demo;
    }

    public MainWindowController shell() {
        return shell;
    }

    public ShellActions actions() {
        return actions;
    }
}
