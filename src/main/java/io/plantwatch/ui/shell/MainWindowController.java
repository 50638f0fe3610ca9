package io.plantwatch.ui.shell;

import io.plantwatch.ui.action.ActionBinder;
import io.plantwatch.ui.action.ConsoleAction;
import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.StatusLine;
import io.plantwatch.ui.task.TaskExecutor;
import io.plantwatch.ui.task.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The shell's controller: navigation rail, header, the screen in front, the welcome view on an
 * empty store, and the status bar (last message, running tasks with progress and cancel). Only
 * binds; what happens lives in the view models and actions. FX-thread confined.
 */
public final class MainWindowController {
    @FXML
    private BorderPane root;
    @FXML
    private VBox navButtons;
    @FXML
    private Button themeButton;
    @FXML
    private Label screenTitle;
    @FXML
    private Label screenSubtitle;
    @FXML
    private Button refreshButton;
    @FXML
    private Button syncAllButton;
    @FXML
    private StackPane content;
    @FXML
    private VBox loadingOverlay;
    @FXML
    private Label loadingLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private HBox taskBox;
    @FXML
    private Label taskLabel;
    @FXML
    private ProgressBar taskProgress;
    @FXML
    private Button taskCancelButton;
    @FXML
    private Label storeLabel;

    private final ConsoleData data;
    private final TaskExecutor tasks;
    private final ShellActions actions;
    private final Function<Screen, ScreenView> screenFactory;
    /** Makes the welcome view; it is made only when an empty store shows it (most launches never do). */
    private final java.util.function.Supplier<Node> welcomeView;
    private Node welcome;
    private final Map<Screen, ScreenView> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
    private final ToggleGroup navigation = new ToggleGroup();
    private final String storeText;
    private Screen current;
    /** {@link #current} for bindings. */
    private final ObjectProperty<Screen> shown = new SimpleObjectProperty<>();
    private boolean welcomeDismissed;

    public MainWindowController(ConsoleData data, TaskExecutor tasks, ShellActions actions,
                                Function<Screen, ScreenView> screenFactory, java.util.function.Supplier<Node> welcome,
                                String storeText) {
        this.data = data;
        this.tasks = tasks;
        this.actions = actions;
        this.screenFactory = screenFactory;
        this.welcomeView = welcome;
        this.storeText = storeText;
    }

    @FXML
    private void initialize() {
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(screen.title(), new FontIcon(screen.icon()));
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(navigation);
            button.setId("nav-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            button.setTooltip(new Tooltip(screen.title() + " (Ctrl+" + (screen.ordinal() + 1) + ")"));
            button.setOnAction(event -> show(screen));
            buttons.put(screen, button);
            navButtons.getChildren().add(button);
        }
        // A selected rail button stays selected when clicked again.
        navigation.selectedToggleProperty().addListener((observable, old, value) -> {
            if (value == null && old != null) {
                old.setSelected(true);
            }
        });
        addAlertBadge();
        ActionBinder.bind(refreshButton, actions.refresh(), false);
        refreshButton.getStyleClass().add("flat");
        ActionBinder.bind(syncAllButton, actions.syncAll(), false);
        bindTheme();
        bindStatus();
        storeLabel.setText(storeText);
        // The inventory shows its rows while the first load still reads the later zones; the other
        // screens show the whole snapshot, so they wait for it.
        loadingOverlay.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !data.loadedProperty().get() && (shown.get() != Screen.INVENTORY || data.devices().isEmpty()),
                data.loadedProperty(), data.devices(), shown));
        loadingOverlay.toFront();
        data.loadingProperty().addListener((observable, old, loading) -> {
            if (loading && !data.loadedProperty().get()) {
                loadingLabel.setText("Loading the inventory…");
            }
        });
        data.snapshotProperty().addListener((observable, old, snapshot) -> updateWelcome());
        data.loadedProperty().addListener((observable, old, loaded) -> updateWelcome());
    }

    private void addAlertBadge() {
        Label badge = new Label();
        badge.getStyleClass().add("nav-badge");
        badge.textProperty().bind(Bindings.createStringBinding(() -> {
            long open = data.alerts().stream().filter(row -> row.isOpen()).count();
            return open > 999 ? "999+" : Long.toString(open);
        }, data.alerts()));
        badge.visibleProperty().bind(Bindings.notEqual("0", badge.textProperty()));
        ToggleButton alerts = buttons.get(Screen.ALERTS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox graphic = new HBox(12, new FontIcon(Screen.ALERTS.icon()), new Label(Screen.ALERTS.title()), spacer, badge);
        graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        graphic.getChildren().get(1).getStyleClass().add("nav-label");
        alerts.setText(null);
        alerts.setGraphic(graphic);
        graphic.prefWidthProperty().bind(alerts.widthProperty().subtract(26));
    }

    private void bindTheme() {
        ConsoleAction toggle = actions.toggleTheme();
        themeButton.setOnAction(event -> toggle.execute());
        themeButton.setTooltip(new Tooltip(toggle.tooltipText()));
        Runnable update = () -> {
            boolean dark = actions.theme().get().isDark();
            themeButton.setText(dark ? "Light theme" : "Dark theme");
            themeButton.setGraphic(new FontIcon(dark ? MaterialDesignW.WHITE_BALANCE_SUNNY : MaterialDesignC.CIRCLE_HALF_FULL));
        };
        actions.theme().addListener((observable, old, value) -> update.run());
        update.run();
    }

    private void bindStatus() {
        Runnable updateStatus = () -> {
            StatusLine.Message message = data.status().current();
            statusLabel.setText(message.text());
            statusLabel.getStyleClass().removeAll("status-info", "status-success", "status-warning", "status-error");
            String kind = message.kind().name().toLowerCase(java.util.Locale.ROOT);
            statusLabel.getStyleClass().add("status-" + kind);
            statusLabel.setGraphic(new FontIcon(switch0(message.kind())));
        };
        data.status().messageProperty().addListener((observable, old, value) -> updateStatus.run());
        updateStatus.run();
        taskCancelButton.setGraphic(new FontIcon(MaterialDesignC.CLOSE));
        taskCancelButton.setTooltip(new Tooltip("Cancel"));
        Runnable updateTask = () -> {
            taskLabel.textProperty().unbind();
            taskProgress.progressProperty().unbind();
            if (tasks.running().isEmpty()) {
                taskBox.setVisible(false);
                taskBox.setManaged(false);
                return;
            }
            TaskHandle first = tasks.running().get(0);
            int more = tasks.running().size() - 1;
            taskLabel.textProperty().bind(Bindings.createStringBinding(() -> first.title()
                    + (first.messageProperty().get().isEmpty() ? "" : ": " + first.messageProperty().get())
                    + (more > 0 ? "  (+" + more + " more)" : ""), first.messageProperty()));
            taskProgress.progressProperty().bind(first.progressProperty());
            taskCancelButton.setOnAction(event -> first.cancel());
            taskBox.setVisible(true);
            taskBox.setManaged(true);
        };
        tasks.running().addListener((ListChangeListener<TaskHandle>) change -> updateTask.run());
        updateTask.run();
    }

    private static org.kordamp.ikonli.Ikon switch0(StatusLine.Kind kind) {
        switch (kind) {
            case SUCCESS:
                return MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case WARNING:
                return MaterialDesignA.ALERT_OUTLINE;
            case ERROR:
                return MaterialDesignA.ALERT_CIRCLE_OUTLINE;
            default:
                return MaterialDesignI.INFORMATION_OUTLINE;
        }
    }

    /** Brings a screen to the front (made on first use, so launch only builds what shows). */
    public void show(Screen screen) {
        ScreenView view = screens.computeIfAbsent(screen, screenFactory);
        if (!content.getChildren().contains(view.root())) {
            content.getChildren().add(0, view.root());
        }
        screens.forEach((key, other) -> other.root().setVisible(key == screen));
        current = screen;
        shown.set(screen);
        buttons.get(screen).setSelected(true);
        screenTitle.setText(screen.title());
        screenSubtitle.textProperty().bind(view.subtitle());
        view.shown();
        updateWelcome();
    }

    private void updateWelcome() {
        boolean showWelcome = data.loadedProperty().get() && data.snapshot().isEmpty() && !welcomeDismissed;
        if (showWelcome && welcome == null) {
            welcome = welcomeView.get();
            content.getChildren().add(welcome);
        }
        if (welcome != null) {
            welcome.setVisible(showWelcome);
        }
        if (showWelcome) {
            welcome.toFront();
            screenTitle.setText("Welcome");
            screenSubtitle.textProperty().unbind();
            screenSubtitle.setText("No sensors yet");
        } else if (current != null) {
            screenTitle.setText(current.title());
            screenSubtitle.textProperty().bind(screens.get(current).subtitle());
        }
    }

    /** Hides the welcome view (the user chose to look around the empty console). */
    public void dismissWelcome() {
        welcomeDismissed = true;
        updateWelcome();
    }

    public Screen current() {
        return current;
    }

    public ScreenView view(Screen screen) {
        return screens.computeIfAbsent(screen, screenFactory);
    }

    public BorderPane root() {
        return root;
    }
}
