package io.plantwatch.ui.sensors;

import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.ui.action.ActionBinder;
import io.plantwatch.ui.action.ConsoleAction;
import io.plantwatch.ui.demo.DemoViewModel;
import io.plantwatch.ui.shell.ScreenView;
import io.plantwatch.ui.support.Formats;
import io.plantwatch.ui.support.Icons;
import io.plantwatch.ui.support.Views;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sites & sensors view: binds the tree (multi-select), the toolbar and the job list to
 * {@link SensorsViewModel}. FX-thread confined.
 */
public final class SensorsController implements ScreenView {
    @FXML
    private Button addButton;
    @FXML
    private Button syncButton;
    @FXML
    private Button editButton;
    @FXML
    private Button removeButton;
    @FXML
    private Button demoButton;
    @FXML
    private Label selectionLabel;
    @FXML
    private SplitPane split;
    @FXML
    private TreeTableView<TopologyNode> tree;
    @FXML
    private VBox jobPane;
    @FXML
    private Label jobTitle;
    @FXML
    private Button cancelJobButton;
    @FXML
    private ListView<SensorJobRow> jobList;

    private final SensorsViewModel viewModel;
    private final Supplier<SensorFormViewModel> addSensor;
    private final Clock clock;
    private final DemoViewModel demo;
    private final ConsoleAction addAction;
    private final ConsoleAction syncAction;
    private final ConsoleAction removeAction;
    private final ConsoleAction editAction;
    private final Parent root;

    public SensorsController(SensorsViewModel viewModel, Supplier<SensorFormViewModel> addSensor, Clock clock,
                             DemoViewModel demo) {
        this.viewModel = viewModel;
        this.addSensor = addSensor;
        this.clock = clock;
        this.demo = demo;
        this.addAction = ConsoleAction.of("Add sensor", MaterialDesignP.PLUS, this::openAddSensor)
                .withShortcut("Shortcut+N");
        this.syncAction = ConsoleAction.of("Sync now", MaterialDesignS.SYNC, viewModel::syncSelected)
                .enabledWhen(viewModel.canActOnSelection());
        this.removeAction = ConsoleAction.of("Remove", MaterialDesignD.DELETE_OUTLINE, this::confirmRemove)
                .enabledWhen(viewModel.canRemoveSelection());
        this.editAction = ConsoleAction.of("Edit", MaterialDesignP.PENCIL_OUTLINE, this::openEditSensor)
                .enabledWhen(viewModel.canEditSelection());
        this.root = Views.load("Sensors.fxml", this);
    }

    @FXML
    private void initialize() {
        tree.setId("sensor-tree");
        ActionBinder.bind(addButton, addAction, false);
        ActionBinder.bind(syncButton, syncAction, false);
        ActionBinder.bind(removeButton, removeAction, false);
        ActionBinder.bind(editButton, editAction, false);
        editButton.setId("edit-sensor");
        removeButton.setId("remove-selected");
        syncButton.setId("sync-selected");
        // A demo registered by an earlier run has no sensors running: it can only start afresh.
        demoButton.textProperty().bind(Bindings.when(demo.installedProperty().and(demo.runningProperty()))
                .then("Remove demo plant").otherwise(Bindings.when(demo.installedProperty())
                        .then("Restart demo plant").otherwise("Start demo plant")));
        demoButton.setGraphic(new FontIcon(MaterialDesignF.FACTORY));
        demoButton.disableProperty().bind(demo.busyProperty());
        demoButton.setOnAction(event -> {
            if (demo.installedProperty().get() && demo.runningProperty().get()) {
                demo.stopAndRemove();
            } else {
                demo.start();
            }
        });
        buildColumns();
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.getSelectionModel().getSelectedItems().addListener(
                (ListChangeListener<TreeItem<TopologyNode>>) change -> updateSelection());
        viewModel.sites().addListener((ListChangeListener<TopologyNode>) change -> rebuildTree());
        rebuildTree();
        selectionLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selected().isEmpty()
                ? "Select sensors, zones or sites (Ctrl/Shift for several)"
                : viewModel.selected().size() + " selected", viewModel.selected()));
        jobList.setItems(viewModel.jobRows());
        jobList.setCellFactory(ignored -> new JobCell());
        jobList.setPlaceholder(new Label("Sync now and Remove show their progress here, sensor by sensor."));
        jobList.setId("job-list");
        jobTitle.textProperty().bind(viewModel.jobTitleProperty());
        cancelJobButton.visibleProperty().bind(viewModel.jobRunningProperty());
        cancelJobButton.setGraphic(new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancelJobButton.setOnAction(event -> viewModel.cancelJob());
    }

    private void buildColumns() {
        TreeTableColumn<TopologyNode, TopologyNode> name = column("Name", node -> node, 260);
        name.setCellFactory(ignored -> new TreeTableCell<>() {
            @Override
            protected void updateItem(TopologyNode node, boolean empty) {
                super.updateItem(node, empty);
                if (empty || node == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(node.name());
                setGraphic(new FontIcon(node.kind() == TopologyNode.Kind.SITE ? MaterialDesignF.FACTORY
                        : node.kind() == TopologyNode.Kind.ZONE ? MaterialDesignT.TEXTURE_BOX
                        : MaterialDesignR.RADAR));
            }
        });
        TreeTableColumn<TopologyNode, TopologyNode> health = column("Health", node -> node, 150);
        health.setCellFactory(ignored -> new TreeTableCell<>() {
            @Override
            protected void updateItem(TopologyNode node, boolean empty) {
                super.updateItem(node, empty);
                if (empty || node == null || node.health() == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText(healthText(node));
                FontIcon icon = Icons.icon(Icons.health(node.health()), Icons.healthStyle(node.health()));
                setGraphic(icon);
                setTooltip(node.isSensor() && node.sensor().lastError() != null
                        ? new Tooltip(node.sensor().lastError()) : null);
            }
        });
        TreeTableColumn<TopologyNode, Long> lastSync = column("Last sync", TopologyNode::lastSync, 120);
        lastSync.setCellFactory(ignored -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Long time, boolean empty) {
                super.updateItem(time, empty);
                setText(empty ? null : Formats.ago(time, clock.millis()));
                setTooltip(empty || time == null ? null : new Tooltip(Formats.time(time)));
            }
        });
        TreeTableColumn<TopologyNode, String> devices = column("Devices",
                node -> String.format("%,d", node.devices()), 90);
        TreeTableColumn<TopologyNode, String> alerts = column("Alerts",
                node -> String.format("%,d", node.alerts()), 80);
        devices.getStyleClass().add("number-cell");
        alerts.getStyleClass().add("number-cell");
        TreeTableColumn<TopologyNode, String> version = column("Version", node -> node.isSensor()
                ? Formats.orNone(node.version()) : "", 100);
        TreeTableColumn<TopologyNode, String> ti = column("TI version", SensorsController::tiText, 175);
        ti.setCellFactory(ignored -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                TopologyNode node = empty || getTableRow() == null ? null : getTableRow().getItem();
                boolean outdated = node != null && node.tiOutdated() > 0;
                setText(empty ? null : text);
                getStyleClass().remove(TI_OUTDATED_STYLE);
                if (outdated) {
                    getStyleClass().add(TI_OUTDATED_STYLE);
                }
                setGraphic(outdated ? Icons.icon(MaterialDesignA.ALERT_OUTLINE, TI_OUTDATED_STYLE) : null);
                setTooltip(outdated ? new Tooltip("Older than " + node.newestTiVersion()
                        + ", the newest TI package this console knows (imported or on a sensor): push it from the TI screen")
                        : null);
            }
        });
        TreeTableColumn<TopologyNode, String> detail = column("Details", TopologyNode::detail, 220);
        tree.getColumns().setAll(List.of(name, health, lastSync, devices, alerts, version, ti, detail));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Style class of a TI version older than the newest the console knows. */
    static final String TI_OUTDATED_STYLE = "ti-outdated";

    /** The TI package the sensor reported, "none" when it has none (or was never reached). */
    static String tiVersion(SensorRecord sensor) {
        return sensor.tiVersion() == null ? "none" : sensor.tiVersion();
    }

    /** A sensor's TI version, "(outdated)" when older than the newest known; a site's or zone's count of outdated sensors. */
    static String tiText(TopologyNode node) {
        if (node.isSensor()) {
            return tiVersion(node.sensor()) + (node.tiOutdated() > 0 ? " (outdated)" : "");
        }
        return node.tiOutdated() == 0 ? "" : node.tiOutdated() + " outdated";
    }

    private static String healthText(TopologyNode node) {
        switch (node.health()) {
            case SYNCED:
                return "Synced";
            case OUT_OF_SYNC:
                return node.isSensor() && node.lastSync() == null ? "Not synced yet" : "Out of sync";
            default:
                return "Disconnected";
        }
    }

    private static <T> TreeTableColumn<TopologyNode, T> column(String title, Function<TopologyNode, T> value,
                                                             double width) {
        TreeTableColumn<TopologyNode, T> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void rebuildTree() {
        Set<String> selectedSensors = new HashSet<>();
        viewModel.selected().forEach(sensor -> selectedSensors.add(sensor.name()));
        TreeItem<TopologyNode> hidden = new TreeItem<>();
        List<TreeItem<TopologyNode>> reselect = new ArrayList<>();
        for (TopologyNode site : viewModel.sites()) {
            hidden.getChildren().add(item(site, selectedSensors, reselect));
        }
        tree.setRoot(hidden);
        reselect.forEach(item -> tree.getSelectionModel().select(item));
    }

    private static TreeItem<TopologyNode> item(TopologyNode node, Set<String> selected,
                                               List<TreeItem<TopologyNode>> reselect) {
        TreeItem<TopologyNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        node.children().forEach(child -> item.getChildren().add(item(child, selected, reselect)));
        if (node.isSensor() && selected.contains(node.name())) {
            reselect.add(item);
        }
        return item;
    }

    /** A selected site or zone stands for all of its sensors (and is itself removable). */
    private void updateSelection() {
        List<SensorRecord> sensors = new ArrayList<>();
        List<SensorsViewModel.Group> groups = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (TreeItem<TopologyNode> item : List.copyOf(tree.getSelectionModel().getSelectedItems())) {
            if (item == null) {
                continue;
            }
            collect(item.getValue(), sensors, seen);
            if (item.getValue().kind() == TopologyNode.Kind.SITE) {
                groups.add(new SensorsViewModel.Group(item.getValue().name(), null));
            } else if (item.getValue().kind() == TopologyNode.Kind.ZONE) {
                groups.add(new SensorsViewModel.Group(item.getParent().getValue().name(), item.getValue().name()));
            }
        }
        viewModel.selected().setAll(sensors);
        viewModel.selectedGroups().setAll(groups);
    }

    private static void collect(TopologyNode node, List<SensorRecord> sensors, Set<Long> seen) {
        if (node.isSensor()) {
            if (seen.add(node.sensor().id())) {
                sensors.add(node.sensor());
            }
            return;
        }
        node.children().forEach(child -> collect(child, sensors, seen));
    }

    private void openAddSensor() {
        new SensorFormDialog(addSensor.get(), root.getScene().getWindow()).show();
    }

    private void openEditSensor() {
        if (viewModel.selected().size() == 1) {
            new SensorFormDialog(addSensor.get().editing(viewModel.selected().get(0)), root.getScene().getWindow())
                    .show();
        }
    }

    private void confirmRemove() {
        int count = viewModel.selected().size();
        int groups = viewModel.selectedGroups().size();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Devices, connections and alerts that only "
                + (count == 1 ? "this sensor" : "these sensors") + " reported leave the inventory."
                + (groups == 0 ? "" : " The selected sites and zones are removed with their sensors."),
                ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(root.getScene().getWindow());
        String what = groups == 1 && count <= 1 ? viewModel.selectedGroups().get(0).label()
                : count == 1 && groups == 0 ? viewModel.selected().get(0).name()
                : count + " sensors" + (groups == 0 ? "" : " in " + groups + " sites and zones");
        confirm.setHeaderText("Remove " + what + "?");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.removeSelected());
    }

    public ConsoleAction addAction() {
        return addAction;
    }

    public TreeTableView<TopologyNode> tree() {
        return tree;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public ObservableStringValue subtitle() {
        return Bindings.createStringBinding(() -> {
            long sensors = viewModel.sites().stream().flatMap(site -> site.children().stream())
                    .mapToLong(zone -> zone.children().size()).sum();
            return Formats.count(viewModel.sites().size(), "site", "sites") + " · "
                    + Formats.count(sensors, "sensor", "sensors");
        }, viewModel.sites());
    }

    /** A job line: state icon, sensor, progress, message. */
    private static final class JobCell extends ListCell<SensorJobRow> {
        @Override
        protected void updateItem(SensorJobRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = new FontIcon();
            Label sensor = new Label(row.sensor());
            sensor.getStyleClass().add("job-sensor");
            ProgressBar progress = new ProgressBar();
            progress.managedProperty().bind(progress.visibleProperty());
            progress.progressProperty().bind(row.progressProperty());
            Label message = new Label();
            message.getStyleClass().add("job-message");
            message.textProperty().bind(row.messageProperty());
            HBox.setHgrow(message, Priority.ALWAYS);
            HBox line = new HBox(icon, sensor, progress, message);
            line.getStyleClass().add("job-row");
            Runnable state = () -> {
                line.getStyleClass().removeIf(style -> style.startsWith("job-") && !style.equals("job-row"));
                line.getStyleClass().add("job-" + row.state().name().toLowerCase(java.util.Locale.ROOT));
                switch (row.state()) {
                    case SUCCEEDED:
                        icon.setIconCode(MaterialDesignC.CHECK_CIRCLE);
                        break;
                    case FAILED:
                        icon.setIconCode(MaterialDesignC.CLOSE_CIRCLE);
                        break;
                    case CANCELLED:
                        icon.setIconCode(MaterialDesignC.CANCEL);
                        break;
                    default:
                        icon.setIconCode(MaterialDesignS.SYNC);
                }
                progress.setVisible(row.state() == SensorJobRow.State.RUNNING
                        || row.state() == SensorJobRow.State.WAITING);
            };
            row.stateProperty().addListener((observable, old, value) -> state.run());
            state.run();
            setText(null);
            setGraphic(line);
        }
    }
}
