package io.plantwatch.simulate.plant;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The device models the simulator can place, their vendors' OUIs, and the internet hosts plant
 * devices talk to, loaded once from {@code catalogue.json}. Immutable, thread-safe.
 */
public record Catalogue(Map<String, Vendor> vendors, List<DeviceModel> models, List<InternetHost> internet,
                        List<InternetHost> suspiciousHosts) {

    public record Vendor(String name, List<String> ouis) {
    }

    public record InternetHost(String name, String ip) {
    }

    public Catalogue {
        vendors = Map.copyOf(vendors);
        models = List.copyOf(models);
        internet = List.copyOf(internet);
        suspiciousHosts = List.copyOf(suspiciousHosts);
    }

    public static Catalogue standard() {
        return read("catalogue.json", Catalogue.class);
    }

    public DeviceModel model(String id) {
        for (DeviceModel m : models) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no device model '" + id + "' in the catalogue");
    }

    public Vendor vendorOf(DeviceModel model) {
        Vendor v = vendors.get(model.vendor());
        if (v == null) {
            throw new IllegalArgumentException("model " + model.id() + " names unknown vendor " + model.vendor());
        }
        return v;
    }

    /** Models by id, in catalogue order. */
    public Map<String, DeviceModel> modelsById() {
        Map<String, DeviceModel> byId = new LinkedHashMap<>();
        models.forEach(m -> byId.put(m.id(), m));
        return byId;
    }

    static <T> T read(String resource, Class<T> type) {
        ObjectMapper json = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = Catalogue.class.getResourceAsStream("/io/plantwatch/simulate/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read simulator resource " + resource, e);
        }
    }
}
