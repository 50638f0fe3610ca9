package io.plantwatch.ui.dashboard;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.labels.StandardPieToolTipGenerator;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * Makes and fills the dashboard's JFreeChart charts: rings for shares, horizontal bars for
 * rankings, styled to the theme's palette (transparent backgrounds, no outlines, Inter text).
 * Call on the FX thread; stateless.
 */
final class DashboardCharts {
    private static final Font TEXT = new Font("Inter", Font.PLAIN, 12);
    private static final Font SMALL = new Font("Inter", Font.PLAIN, 11);
    private static final String SERIES = "count";

    private DashboardCharts() {
    }

    static JFreeChart ring(DefaultPieDataset<String> dataset) {
        RingPlot plot = new RingPlot(dataset);
        plot.setSectionDepth(0.38);
        plot.setSeparatorsVisible(false);
        plot.setShadowPaint(null);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(null);
        plot.setLabelGenerator(null);
        plot.setCenterTextMode(org.jfree.chart.plot.CenterTextMode.FIXED);
        plot.setCenterTextFont(new Font("Inter", Font.BOLD, 20));
        plot.setToolTipGenerator(new StandardPieToolTipGenerator("{0}: {1} ({2})"));
        plot.setLegendLabelGenerator(new StandardPieSectionLabelGenerator("{0}  {1}"));
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        plot.setSimpleLabels(true);
        JFreeChart chart = new JFreeChart(null, TEXT, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(TEXT);
        legend.setBackgroundPaint(null);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemLabelPadding(new RectangleInsets(3, 4, 3, 4));
        chart.setBackgroundPaint(null);
        chart.setPadding(new RectangleInsets(0, 0, 0, 0));
        return chart;
    }

    static JFreeChart bars(DefaultCategoryDataset dataset) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(TEXT);
        categories.setAxisLineVisible(false);
        categories.setTickMarksVisible(false);
        categories.setCategoryMargin(0.25);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setTickLabelFont(SMALL);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                Color fixed = null;
                Object key = getPlot().getDataset().getColumnKey(column);
                if (getPlot().getDrawingSupplier() instanceof PaletteSupplier) {
                    PaletteSupplier palette = (PaletteSupplier) getPlot().getDrawingSupplier();
                    fixed = palette.palette().meaningful(String.valueOf(key));
                    return fixed != null ? fixed : palette.palette().series(column);
                }
                return super.getItemPaint(row, column);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}",
                java.text.NumberFormat.getIntegerInstance()));
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(null);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(4, 0, 4, 12));
        JFreeChart chart = new JFreeChart(null, TEXT, plot, false);
        chart.setBackgroundPaint(null);
        return chart;
    }

    static void fill(JFreeChart chart, DefaultPieDataset<String> dataset, List<Slice> slices) {
        dataset.clear();
        slices.forEach(slice -> dataset.setValue(slice.label(), slice.count()));
        // The ring's centre shows the total (JFreeChart's VALUE mode would show the first slice).
        ((RingPlot) chart.getPlot()).setCenterText(String.format("%,d",
                slices.stream().mapToLong(Slice::count).sum()));
    }

    static void fill(DefaultCategoryDataset dataset, List<Slice> slices) {
        dataset.clear();
        slices.forEach(slice -> dataset.addValue(slice.count(), SERIES, slice.label()));
    }

    /** Applies the theme's colours (called at start and when the theme changes). */
    static void style(JFreeChart chart, ChartPalette palette) {
        if (chart.getPlot() instanceof RingPlot) {
            RingPlot plot = (RingPlot) chart.getPlot();
            plot.setCenterTextColor(palette.text());
            @SuppressWarnings("unchecked")
            DefaultPieDataset<String> dataset = (DefaultPieDataset<String>) plot.getDataset();
            for (int i = 0; i < dataset.getItemCount(); i++) {
                String key = dataset.getKey(i);
                Color fixed = palette.meaningful(key);
                plot.setSectionPaint(key, fixed != null ? fixed : palette.series(i));
            }
            chart.getLegend().setItemPaint(palette.text());
        } else {
            CategoryPlot plot = chart.getCategoryPlot();
            plot.setDrawingSupplier(new PaletteSupplier(palette));
            plot.getDomainAxis().setTickLabelPaint(palette.text());
            plot.getRangeAxis().setTickLabelPaint(palette.mutedText());
            plot.setRangeGridlinePaint(palette.grid());
        }
        chart.fireChartChanged();
    }

    /** Carries the palette to the bar renderer. */
    static final class PaletteSupplier extends org.jfree.chart.plot.DefaultDrawingSupplier {
        private static final long serialVersionUID = 1L;
        private final transient ChartPalette palette;

        PaletteSupplier(ChartPalette palette) {
            this.palette = palette;
        }

        ChartPalette palette() {
            return palette;
        }
    }
}
