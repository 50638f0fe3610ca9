package io.plantwatch.ui.map;

import io.plantwatch.console.map.ForceLayout;
import io.plantwatch.console.map.LayeredLayout;
import io.plantwatch.console.map.MapDevice;
import io.plantwatch.console.map.MapGraph;
import io.plantwatch.console.map.MapGraphBuilder;
import io.plantwatch.console.map.MapLayout;
import io.plantwatch.console.map.MapModel;
import io.plantwatch.console.map.MapNode;
import io.plantwatch.console.map.MapPins;
import io.plantwatch.console.map.MapPoint;
import io.plantwatch.console.map.NodeKind;
import io.plantwatch.console.map.Positions;
import io.plantwatch.ui.data.StatusLine;
import io.plantwatch.ui.task.BackgroundTask;
import io.plantwatch.ui.task.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The map screen's state and commands: the model, which subnets are collapsed, the layout, the
 * scene (graph + positions) the view draws, pins, filters, selection and search. Building the
 * graph and running a layout happen in background tasks; results are applied on the FX thread,
 * stale ones (a newer request was made meanwhile) are dropped. Touches no control. FX-thread confined.
 */
public final class MapViewModel {
    /** Larger plants open collapsed by subnet, so that the first picture comes quickly and reads. */
    static final int COLLAPSE_ABOVE = 20_000;

    private final MapPins pins;
    private final TaskExecutor tasks;
    private final StatusLine status;
    private final List<MapLayout> layouts = List.of(new LayeredLayout(), new ForceLayout());
    private final ObjectProperty<MapLayout> layout = new SimpleObjectProperty<>(layouts.get(0));
    private final ReadOnlyObjectWrapper<MapScene> scene = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<boolean[]> visible = new ReadOnlyObjectWrapper<>(new boolean[0]);
    private final ReadOnlyObjectWrapper<MapChoices> choices = new ReadOnlyObjectWrapper<>(MapChoices.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<Set<Integer>> selection = new ReadOnlyObjectWrapper<>(Set.of());
    private boolean selecting;
    private final ReadOnlyObjectWrapper<FocusRequest> focus = new ReadOnlyObjectWrapper<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<String> zones = FXCollections.observableArrayList();
    private final ObservableList<String> protocols = FXCollections.observableArrayList();
    private final ObservableList<String> types = FXCollections.observableArrayList();
    private final ObservableList<String> levels = FXCollections.observableArrayList();
    private final BooleanProperty alertsOnly = new SimpleBooleanProperty();
    private final ObjectProperty<SeenWithin> seenWithin = new SimpleObjectProperty<>(SeenWithin.ANY);
    private final BooleanProperty hideGroupAddresses = new SimpleBooleanProperty();
    private final java.time.Clock clock;
    private final Set<String> collapsed = new HashSet<>();
    private Map<String, MapPoint> pinned = new HashMap<>();
    private MapModel model = new MapModel(List.of(), List.of());
    private long generation;
    private long focusSerial;

    /** Asks the view to centre on a node and flash it; the serial makes a repeated request new. */
    public record FocusRequest(int node, long serial) {
    }

    public MapViewModel(MapPins pins, TaskExecutor tasks, StatusLine status) {
        this(pins, tasks, status, java.time.Clock.systemUTC());
    }

    /** {@code clock} tells the last-seen filter what "now" is. */
    public MapViewModel(MapPins pins, TaskExecutor tasks, StatusLine status, java.time.Clock clock) {
        this.clock = clock;
        this.pins = pins;
        this.tasks = tasks;
        this.status = status;
        ListChangeListener<String> refilter = change -> refilter();
        zones.addListener(refilter);
        protocols.addListener(refilter);
        types.addListener(refilter);
        levels.addListener(refilter);
        alertsOnly.addListener((observable, old, value) -> refilter());
        seenWithin.addListener((observable, old, value) -> refilter());
        hideGroupAddresses.addListener((observable, old, value) -> refilter());
        layout.addListener((observable, old, value) -> relayout());
        // A click selects one node: the group selection follows (a rubber band sets both itself).
        selected.addListener((observable, old, value) -> {
            if (!selecting) {
                selection.set(value.intValue() < 0 ? Set.of() : Set.of(value.intValue()));
            }
        });
    }

    /**
     * Selects several nodes at once (a rubber band): the single selection becomes the node when
     * there is exactly one, else none (the details then speak of the group).
     */
    public void selectNodes(java.util.Collection<Integer> nodes) {
        selecting = true;
        try {
            selection.set(Set.copyOf(nodes));
            selected.set(nodes.size() == 1 ? nodes.iterator().next() : -1);
        } finally {
            selecting = false;
        }
    }

    /** Every selected node (one after a click, all in the rectangle after a rubber band). */
    public ReadOnlyObjectProperty<Set<Integer>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Reads the model (and the pins) off the FX thread, then groups and lays it out. */
    public void load(Supplier<MapModel> source) {
        long request = ++generation;
        busy.set(true);
        MapLayout chosen = layout.get();
        tasks.execute(BackgroundTask.of("Drawing the device map", context -> {
            MapModel loaded = source.get();
            Map<String, MapPoint> loadedPins = pins.all();
            Set<String> startCollapsed = new HashSet<>();
            if (loaded.devices().size() > COLLAPSE_ABOVE) {
                loaded.devices().forEach(device -> startCollapsed.add(device.subnet()));
            }
            MapGraph graph = MapGraphBuilder.build(loaded, startCollapsed);
            // The filters' choices walk every device: here, not on the FX thread.
            return new Loaded(loaded, loadedPins, startCollapsed, MapChoices.of(loaded), new MapScene(graph,
                    chosen.layout(graph, loadedPins), chosen.name()));
        }).onSuccess(loaded -> {
            if (request != generation) {
                return;
            }
            model = loaded.model();
            pinned = new HashMap<>(loaded.pins());
            collapsed.clear();
            collapsed.addAll(loaded.collapsed());
            choices.set(loaded.choices());
            apply(loaded.scene());
        }).onFailure(this::failed));
    }

    private record Loaded(MapModel model, Map<String, MapPoint> pins, Set<String> collapsed, MapChoices choices,
                          MapScene scene) {
    }

    /** Groups and lays out the current model again (pinned nodes stay where they were pinned). */
    public void relayout() {
        long request = ++generation;
        busy.set(true);
        MapModel current = model;
        Set<String> collapsedNow = Set.copyOf(collapsed);
        Map<String, MapPoint> pinsNow = Map.copyOf(pinned);
        MapLayout chosen = layout.get();
        tasks.execute(BackgroundTask.of("Laying out the device map", context -> {
            MapGraph graph = MapGraphBuilder.build(current, collapsedNow);
            return new MapScene(graph, chosen.layout(graph, pinsNow), chosen.name());
        }).onSuccess(result -> {
            if (request == generation) {
                apply(result);
            }
        }).onFailure(this::failed));
    }

    private void apply(MapScene result) {
        String selectedKey = selectedKey();
        List<String> selectionKeys = selectionKeys();
        scene.set(result);
        refilter();
        if (selectionKeys.size() > 1) {
            List<Integer> again = new java.util.ArrayList<>(selectionKeys.size());
            for (String key : selectionKeys) {
                int index = result.graph().indexOf(key);
                if (index >= 0) {
                    again.add(index);
                }
            }
            selectNodes(again);
        } else {
            selected.set(selectedKey == null ? -1 : result.graph().indexOf(selectedKey));
        }
        busy.set(false);
    }

    /** The keys of the selected nodes in the current scene (they survive a relayout by key). */
    private List<String> selectionKeys() {
        MapScene current = scene.get();
        if (current == null) {
            return List.of();
        }
        List<String> keys = new java.util.ArrayList<>(selection.get().size());
        for (int index : selection.get()) {
            if (index >= 0 && index < current.graph().size()) {
                keys.add(current.graph().node(index).key());
            }
        }
        return keys;
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.error("Map: " + (error.getMessage() == null ? error.toString() : error.getMessage()));
    }

    private void refilter() {
        MapScene current = scene.get();
        if (current == null) {
            return;
        }
        visible.set(filter().visible(current.graph()));
    }

    public MapFilter filter() {
        return new MapFilter(Set.copyOf(zones), Set.copyOf(protocols), Set.copyOf(types), Set.copyOf(levels),
                alertsOnly.get(), seenWithin.get().since(clock.millis()), hideGroupAddresses.get());
    }

    /** The user dropped a node at a map position: it stays there, across layouts and restarts. */
    public void pin(int node, double x, double y) {
        MapScene current = scene.get();
        if (current == null || node < 0 || node >= current.graph().size()) {
            return;
        }
        current.positions().move(node, x, y);
        String key = current.graph().node(node).key();
        MapPoint point = new MapPoint(x, y);
        pinned.put(key, point);
        tasks.execute(BackgroundTask.<Void>of("Pinning " + current.graph().node(node).label(), context -> {
            pins.pin(key, point);
            return null;
        }).onFailure(this::failed));
    }

    /** Forgets every pinned position and lays out again. */
    public void unpinAll() {
        pinned.clear();
        tasks.execute(BackgroundTask.<Void>of("Unpinning the map", context -> {
            pins.unpinAll();
            return null;
        }).onSuccess(done -> relayout()).onFailure(this::failed));
    }

    /** Runs an export off the FX thread and reports where it went. */
    void execute(String title, MapExports.Export export) {
        tasks.execute(BackgroundTask.of(title, context -> export.write())
                .onSuccess(file -> status.success("Map exported to " + file))
                .onFailure(this::failed));
    }

    public boolean isPinned(int node) {
        MapScene current = scene.get();
        return current != null && node >= 0 && node < current.graph().size()
                && pinned.containsKey(current.graph().node(node).key());
    }

    /** Expands a collapsed subnet node, or collapses the subnet of a device node. */
    public void toggleSubnet(int node) {
        MapScene current = scene.get();
        if (current == null || node < 0 || node >= current.graph().size()) {
            return;
        }
        MapNode target = current.graph().node(node);
        if (target.kind() == NodeKind.SUBNET) {
            collapsed.remove(target.subnet());
        } else {
            collapsed.add(target.subnet());
        }
        relayout();
    }

    public void collapseAll() {
        model.devices().forEach(device -> collapsed.add(device.subnet()));
        relayout();
    }

    public void expandAll() {
        collapsed.clear();
        relayout();
    }

    public Set<String> collapsedSubnets() {
        return Set.copyOf(collapsed);
    }

    /**
     * Selects and focuses the first device whose name, address, MAC, vendor or type contains the
     * search text (its subnet's node when the subnet is collapsed). False when none matches.
     */
    public boolean focusSearch() {
        String query = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        MapScene current = scene.get();
        if (query.isEmpty() || current == null) {
            return false;
        }
        for (MapDevice device : model.devices()) {
            if (device.searchText().contains(query)) {
                int node = current.graph().indexOf(MapNode.deviceKey(device.id()));
                if (node < 0) {
                    node = current.graph().indexOf(MapNode.subnetKey(device.subnet()));
                }
                if (node >= 0) {
                    selected.set(node);
                    focus.set(new FocusRequest(node, ++focusSerial));
                    return true;
                }
            }
        }
        status.warning("No device on the map matches \"" + search.get().strip() + "\"");
        return false;
    }

    private String selectedKey() {
        MapScene current = scene.get();
        int index = selected.get();
        return current == null || index < 0 || index >= current.graph().size() ? null
                : current.graph().node(index).key();
    }

    public List<MapLayout> layouts() {
        return layouts;
    }

    public ObjectProperty<MapLayout> layoutProperty() {
        return layout;
    }

    public ReadOnlyObjectProperty<MapScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public MapScene scene() {
        return scene.get();
    }

    public Positions positions() {
        return scene.get() == null ? null : scene.get().positions();
    }

    public ReadOnlyObjectProperty<boolean[]> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MapChoices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<FocusRequest> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<String> zones() {
        return zones;
    }

    public ObservableList<String> protocols() {
        return protocols;
    }

    public ObservableList<String> types() {
        return types;
    }

    public ObservableList<String> levels() {
        return levels;
    }

    public BooleanProperty alertsOnlyProperty() {
        return alertsOnly;
    }

    public ObjectProperty<SeenWithin> seenWithinProperty() {
        return seenWithin;
    }

    /** Hides multicast and broadcast destinations and their edges. */
    public BooleanProperty hideGroupAddressesProperty() {
        return hideGroupAddresses;
    }

    public MapModel model() {
        return model;
    }
}
