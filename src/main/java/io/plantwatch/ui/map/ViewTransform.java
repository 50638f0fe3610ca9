package io.plantwatch.ui.map;

/**
 * From map coordinates to screen pixels: {@code screen = map * scale + translate}. Zooming keeps
 * the map point under the cursor where it is. Not thread-safe (FX thread).
 */
public final class ViewTransform {
    static final double MIN_SCALE = 0.005;
    static final double MAX_SCALE = 8;

    private double scale = 1;
    private double translateX;
    private double translateY;

    public double scale() {
        return scale;
    }

    public double translateX() {
        return translateX;
    }

    public double translateY() {
        return translateY;
    }

    public double toScreenX(double mapX) {
        return mapX * scale + translateX;
    }

    public double toScreenY(double mapY) {
        return mapY * scale + translateY;
    }

    public double toMapX(double screenX) {
        return (screenX - translateX) / scale;
    }

    public double toMapY(double screenY) {
        return (screenY - translateY) / scale;
    }

    public void panBy(double dx, double dy) {
        translateX += dx;
        translateY += dy;
    }

    /** Multiplies the scale by {@code factor} (clamped), keeping the map point at the screen point fixed. */
    public void zoomAround(double screenX, double screenY, double factor) {
        double mapX = toMapX(screenX);
        double mapY = toMapY(screenY);
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        translateX = screenX - mapX * scale;
        translateY = screenY - mapY * scale;
    }

    /** Shows the map rectangle in a viewport of this size with a margin, centred; never zooms in past 1.5. */
    public void fit(double minX, double minY, double maxX, double maxY, double width, double height) {
        double margin = 40;
        double spanX = Math.max(1, maxX - minX);
        double spanY = Math.max(1, maxY - minY);
        double fitted = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
        scale = Math.max(MIN_SCALE, Math.min(1.5, fitted));
        centreOn((minX + maxX) / 2, (minY + maxY) / 2, width, height);
    }

    /** Puts the map point at the centre of the viewport, keeping the scale. */
    public void centreOn(double mapX, double mapY, double width, double height) {
        translateX = width / 2 - mapX * scale;
        translateY = height / 2 - mapY * scale;
    }

    public void setScale(double newScale) {
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale));
    }
}
