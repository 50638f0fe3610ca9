package io.plantwatch.ui.map;

import io.plantwatch.console.map.MapLayout;
import io.plantwatch.console.map.MapNode;
import io.plantwatch.console.map.NodeKind;
import io.plantwatch.ui.shell.ScreenView;
import io.plantwatch.ui.support.CheckComboBoxes;
import io.plantwatch.ui.support.ExportTarget;
import io.plantwatch.ui.support.Views;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Binds the map screen ({@code fxml/Map.fxml}) to its {@link MapViewModel} and hosts the
 * {@link MapCanvas}. Only binds and forwards; FX-thread confined.
 */
public final class MapController implements ScreenView {
    @FXML
    private CustomTextField searchField;
    @FXML
    private ChoiceBox<MapLayout> layoutBox;
    @FXML
    private Button relayoutButton;
    @FXML
    private Button collapseButton;
    @FXML
    private Button expandButton;
    @FXML
    private Button fitButton;
    @FXML
    private Button fitSelectionButton;
    @FXML
    private Button unpinButton;
    @FXML
    private Button pngButton;
    @FXML
    private Button graphmlButton;
    @FXML
    private FlowPane filterBar;
    @FXML
    private ToggleButton alertsOnlyButton;
    @FXML
    private ChoiceBox<SeenWithin> seenBox;
    @FXML
    private ToggleButton hideGroupButton;
    @FXML
    private StackPane canvasHolder;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Label detailTitle;
    @FXML
    private Label detailFacts;
    @FXML
    private Button inventoryButton;
    @FXML
    private StackPane deviceDetailHolder;

    private final MapViewModel model;
    private final MapCanvas canvas;
    private final MapExports exports;
    private final Consumer<String> showInInventory;
    private final ObservableBooleanValue dark;
    private final MapDeviceDetails deviceDetails;
    private final Parent root;

    /** {@code deviceDetails} shows the selected device below the map's facts about it. */
    public MapController(MapViewModel model, ExportTarget exportTarget, Consumer<String> showInInventory,
                         ObservableBooleanValue dark, MapDeviceDetails deviceDetails) {
        this.model = model;
        this.deviceDetails = deviceDetails;
        this.canvas = new MapCanvas(model);
        this.exports = new MapExports(model, canvas, exportTarget);
        this.showInInventory = showInInventory;
        this.dark = dark;
        this.root = Views.load("Map.fxml", this);
    }

    @FXML
    private void initialize() {
        canvasHolder.getChildren().add(0, canvas);
        deviceDetailHolder.getChildren().add(deviceDetails.view());
        deviceDetailHolder.managedProperty().bind(deviceDetailHolder.visibleProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        searchField.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        searchField.textProperty().bindBidirectional(model.searchProperty());
        searchField.setOnAction(event -> model.focusSearch());
        layoutBox.getItems().setAll(model.layouts());
        layoutBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(MapLayout layout) {
                return layout == null ? "" : "layered".equals(layout.name()) ? "Purdue levels" : "Force-directed";
            }

            @Override
            public MapLayout fromString(String text) {
                return null;
            }
        });
        layoutBox.valueProperty().bindBidirectional(model.layoutProperty());
        relayoutButton.setOnAction(event -> model.relayout());
        collapseButton.setOnAction(event -> model.collapseAll());
        expandButton.setOnAction(event -> model.expandAll());
        fitButton.setOnAction(event -> canvas.fitAll());
        fitSelectionButton.setOnAction(event -> canvas.fitSelection());
        unpinButton.setOnAction(event -> model.unpinAll());
        pngButton.setOnAction(event -> exports.exportPng());
        graphmlButton.setOnAction(event -> exports.exportGraphMl());
        alertsOnlyButton.selectedProperty().bindBidirectional(model.alertsOnlyProperty());
        seenBox.getItems().setAll(SeenWithin.values());
        seenBox.valueProperty().bindBidirectional(model.seenWithinProperty());
        hideGroupButton.selectedProperty().bindBidirectional(model.hideGroupAddressesProperty());
        addFilters();
        model.selectedProperty().addListener((observable, old, value) -> showDetails());
        model.selectionProperty().addListener((observable, old, value) -> showDetails());
        model.sceneProperty().addListener((observable, old, value) -> showDetails());
        inventoryButton.setOnAction(event -> openInInventory());
        canvas.setPalette(dark.get() ? MapPalette.dark() : MapPalette.light());
        dark.addListener((observable, old, value) -> canvas.setPalette(value ? MapPalette.dark() : MapPalette.light()));
        showDetails();
    }

    private void addFilters() {
        filterBar.getChildren().add(0, filter("Zone", "map-filter-zone", MapChoices::zones, model.zones()));
        filterBar.getChildren().add(1, filter("Protocol", "map-filter-protocol", MapChoices::protocols,
                model.protocols()));
        filterBar.getChildren().add(2, filter("Type", "map-filter-type", MapChoices::types, model.types()));
        filterBar.getChildren().add(3, filter("Purdue level", "map-filter-level", MapChoices::levels,
                model.levels()));
    }

    private javafx.scene.Node filter(String name, String id, Function<MapChoices, List<String>> values,
                                     ObservableList<String> chosen) {
        ObservableList<String> choices = FXCollections.observableArrayList(values.apply(model.choicesProperty().get()));
        model.choicesProperty().addListener((observable, old, value) -> choices.setAll(values.apply(value)));
        javafx.scene.Node box = CheckComboBoxes.bind(name, choices, chosen);
        box.setId(id);
        return box;
    }

    private void showDetails() {
        MapScene scene = model.scene();
        int selected = model.selectedProperty().get();
        MapNode node = scene == null || selected < 0 || selected >= scene.graph().size() ? null
                : scene.graph().node(selected);
        // A device shows in the inventory's pane (its title, type and zone too); the map adds its own facts.
        boolean shared = deviceDetails.show(node != null && node.kind() == NodeKind.DEVICE ? node.deviceId() : -1);
        deviceDetailHolder.setVisible(shared);
        detailTitle.setVisible(!shared);
        detailTitle.setManaged(!shared);
        if (scene != null && selected < 0 && model.selectionProperty().get().size() > 1) {
            showGroup(scene, model.selectionProperty().get());
            return;
        }
        if (node == null) {
            detailTitle.setText("Nothing selected");
            inventoryButton.setDisable(true);
            return;
        }
        detailTitle.setText(node.label());
        int neighbours = scene.graph().graph().degreeOf(selected);
        if (shared) {
            detailFacts.setText("On the map: connected to " + neighbours + (neighbours == 1 ? " node" : " nodes")
                    + ", subnet " + node.subnet() + (model.isPinned(selected) ? ", pinned" : ""));
            inventoryButton.setDisable(false);
            return;
        }
        StringBuilder facts = new StringBuilder();
        if (node.kind() == NodeKind.SUBNET) {
            facts.append("Subnet of ").append(node.members()).append(" devices (double-click to expand)\n");
        } else {
            facts.append(node.type() == null ? "Unknown type" : node.type()).append('\n');
        }
        facts.append("Purdue level: ").append(MapFilter.levelText(node.purdueLevel())).append('\n')
                .append("Zone: ").append(node.zone()).append('\n')
                .append("Subnet: ").append(node.subnet()).append('\n')
                .append("Protocols: ").append(node.protocols().isEmpty() ? "none" : String.join(", ", node.protocols()))
                .append('\n').append("Connected to ").append(neighbours).append(neighbours == 1 ? " node" : " nodes")
                .append('\n').append("Alerts: ").append(node.alerts())
                .append(model.isPinned(selected) ? "\nPinned" : "");
        detailFacts.setText(facts.toString());
        inventoryButton.setDisable(node.kind() != NodeKind.DEVICE);
    }

    private void showGroup(MapScene scene, java.util.Set<Integer> group) {
        int devices = 0;
        int alerts = 0;
        for (int node : group) {
            devices += scene.graph().node(node).members();
            alerts += scene.graph().node(node).alerts();
        }
        detailTitle.setText(String.format("%,d nodes selected", group.size()));
        detailFacts.setText(String.format("%,d devices, %,d alerts%nS or Fit selection shows them all.", devices,
                alerts));
        inventoryButton.setDisable(true);
    }

    private void openInInventory() {
        MapScene scene = model.scene();
        int selected = model.selectedProperty().get();
        if (scene != null && selected >= 0 && scene.graph().node(selected).kind() == NodeKind.DEVICE) {
            showInInventory.accept(scene.graph().node(selected).label());
        }
    }

    public MapCanvas canvas() {
        return canvas;
    }

    public MapViewModel model() {
        return model;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public ObservableStringValue subtitle() {
        return Bindings.createStringBinding(() -> {
            MapScene scene = model.scene();
            if (scene == null) {
                return "Laying out…";
            }
            int subnets = model.collapsedSubnets().size();
            return String.format("%,d devices, %,d connections · %,d nodes drawn%s", model.model().devices().size(),
                    model.model().links().size(), scene.graph().size(),
                    subnets == 0 ? "" : String.format(" (%,d subnets collapsed)", subnets));
        }, model.sceneProperty());
    }

    @Override
    public void shown() {
        canvas.requestDraw();
    }

    @Override
    public void focusSearch() {
        searchField.requestFocus();
    }
}
