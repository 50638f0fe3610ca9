package io.plantwatch.sensor.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the route for a method and path; literal routes are added before patterns with
 * parameters, and the first match wins. Immutable after setup; thread-safe for lookups.
 */
public final class Router {
    /** A found route with the path's parameters. */
    public record Match(Route route, Map<String, String> parameters) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(Route route) {
        routes.add(route);
        return this;
    }

    public Router get(String pattern, Route.Handler handler) {
        return add(new Route("GET", pattern, 0, handler));
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The route for the request; 404 when no path matches, 405 when only other methods do. */
    public Match find(String method, String path) {
        boolean pathKnown = false;
        for (Route r : routes) {
            Map<String, String> parameters = r.match(path);
            if (parameters != null) {
                if (r.method().equals(method)) {
                    return new Match(r, parameters);
                }
                pathKnown = true;
            }
        }
        if (pathKnown) {
            throw new ApiException(405, "method " + method + " is not allowed on " + ApiRequest.shorten(path));
        }
        throw new ApiException(404, "no such endpoint: " + ApiRequest.shorten(path));
    }
}
