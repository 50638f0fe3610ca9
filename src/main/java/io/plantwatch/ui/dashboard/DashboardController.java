package io.plantwatch.ui.dashboard;

import io.plantwatch.ui.shell.ScreenView;
import io.plantwatch.ui.shell.Theme;
import io.plantwatch.ui.support.Views;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.PieSectionEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The dashboard's view: key figure tiles and JFreeChart-FX charts fed from
 * {@link DashboardViewModel}; a click on a slice or bar asks the view model to drill down.
 * FX-thread confined.
 */
public final class DashboardController implements ScreenView {
    @FXML
    private HBox kpiRow;
    @FXML
    private HBox chartRowTop;
    @FXML
    private HBox chartRowBottom;

    private final DashboardViewModel viewModel;
    private final ObservableValue<Theme> theme;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<JFreeChart> charts = new ArrayList<>();
    private final Parent root;

    public DashboardController(DashboardViewModel viewModel, ObservableValue<Theme> theme) {
        this.viewModel = viewModel;
        this.theme = theme;
        this.root = Views.load("Dashboard.fxml", this);
    }

    @FXML
    private void initialize() {
        kpiRow.getChildren().addAll(
                tile("Devices", MaterialDesignL.LAN, "", () -> viewModel.figures().devices()),
                tile("Sensors", MaterialDesignR.RADAR, "", () -> viewModel.figures().sensors()),
                tile("Zones", MaterialDesignT.TEXTURE_BOX, "", () -> viewModel.figures().zones()),
                tile("Open alerts", MaterialDesignA.ALERT_OUTLINE, "kpi-alert", () -> viewModel.figures().openAlerts()),
                tile("Devices with conflicts", MaterialDesignS.SOURCE_BRANCH, "kpi-warning",
                        () -> viewModel.figures().conflicts()));
        ring(0, 0, "Devices by type", DashboardViewModel.Chart.DEVICES_BY_TYPE, DashboardFigures::devicesByType);
        bars(1, 0, "Devices by vendor", DashboardViewModel.Chart.DEVICES_BY_VENDOR, DashboardFigures::devicesByVendor);
        bars(2, 0, "Devices by Purdue level", DashboardViewModel.Chart.DEVICES_BY_PURDUE,
                DashboardFigures::devicesByPurdue);
        ring(0, 1, "Open alerts by severity", DashboardViewModel.Chart.ALERTS_BY_SEVERITY,
                DashboardFigures::alertsBySeverity);
        bars(1, 1, "Open alerts by engine", DashboardViewModel.Chart.ALERTS_BY_ENGINE,
                DashboardFigures::alertsByEngine);
        ring(2, 1, "Sensor health", DashboardViewModel.Chart.SENSOR_HEALTH, DashboardFigures::sensorHealth);
        bars(3, 1, "Sensors by TI package version", DashboardViewModel.Chart.TI_VERSIONS,
                DashboardFigures::tiVersions);
        viewModel.figuresProperty().addListener((observable, old, figures) -> refresh());
        theme.addListener((observable, old, value) -> restyle());
        refresh();
    }

    private VBox tile(String label, Ikon icon, String style, LongSupplier value) {
        Label number = new Label();
        number.getStyleClass().add("kpi-value");
        Label caption = new Label(label);
        caption.getStyleClass().add("kpi-label");
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("kpi-icon");
        VBox tile = new VBox(glyph, number, caption);
        tile.getStyleClass().add("kpi-tile");
        if (!style.isEmpty()) {
            tile.getStyleClass().add(style);
        }
        tile.setId("kpi-" + label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        refreshers.add(() -> number.setText(String.format("%,d", value.getAsLong())));
        return tile;
    }

    private void ring(int column, int row, String title, DashboardViewModel.Chart kind,
                      Function<DashboardFigures, List<Slice>> slices) {
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        JFreeChart chart = DashboardCharts.ring(dataset);
        refreshers.add(() -> DashboardCharts.fill(chart, dataset, slices.apply(viewModel.figures())));
        card(column, row, title, kind, chart);
    }

    private void bars(int column, int row, String title, DashboardViewModel.Chart kind,
                      Function<DashboardFigures, List<Slice>> slices) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        JFreeChart chart = DashboardCharts.bars(dataset);
        refreshers.add(() -> DashboardCharts.fill(dataset, slices.apply(viewModel.figures())));
        card(column, row, title, kind, chart);
    }

    private void card(int column, int row, String title, DashboardViewModel.Chart kind, JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.setId("chart-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                String label = labelOf(event.getEntity());
                if (label != null) {
                    viewModel.drillDown(kind, label);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                viewer.setCursor(labelOf(event.getEntity()) != null ? javafx.scene.Cursor.HAND
                        : javafx.scene.Cursor.DEFAULT);
            }
        });
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        Label hint = new Label("Click a slice to see those " + (kind.name().startsWith("ALERTS") ? "alerts"
                : kind.name().startsWith("DEVICES") ? "devices" : "sensors"));
        hint.getStyleClass().add("card-hint");
        VBox card = new VBox(heading, viewer, hint);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        card.getStyleClass().addAll("card", "chart-card");
        card.setPrefWidth(100);
        card.setMinWidth(0);
        card.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(card, Priority.ALWAYS);
        (row == 0 ? chartRowTop : chartRowBottom).getChildren().add(card);
        charts.add(chart);
    }

    static String labelOf(ChartEntity entity) {
        if (entity instanceof PieSectionEntity) {
            return String.valueOf(((PieSectionEntity) entity).getSectionKey());
        }
        if (entity instanceof CategoryItemEntity) {
            return String.valueOf(((CategoryItemEntity) entity).getColumnKey());
        }
        return null;
    }

    private void refresh() {
        refreshers.forEach(Runnable::run);
        restyle();
    }

    private void restyle() {
        ChartPalette palette = ChartPalette.of(theme.getValue());
        charts.forEach(chart -> DashboardCharts.style(chart, palette));
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public ObservableStringValue subtitle() {
        return Bindings.createStringBinding(() -> viewModel.devicesText() + " · "
                + String.format("%,d open alerts", viewModel.figures().openAlerts()), viewModel.figuresProperty());
    }
}
