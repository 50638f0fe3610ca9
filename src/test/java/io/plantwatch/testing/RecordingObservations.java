package io.plantwatch.testing;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Observations kept in lists, for decoder unit tests. Not thread-safe. */
public final class RecordingObservations implements Observations {
    public final Set<String> protocols = new LinkedHashSet<>();
    public final List<String> functions = new ArrayList<>();
    public final Set<String> commands = new LinkedHashSet<>();
    public final List<String> identities = new ArrayList<>();
    public final Set<String> roles = new LinkedHashSet<>();
    public final List<Activity> activities = new ArrayList<>();
    public final List<String> malformed = new ArrayList<>();

    @Override
    public void protocol(String name) {
        protocols.add(name);
    }

    @Override
    public void function(String key, int code) {
        functions.add(key + ":" + code);
    }

    @Override
    public void command(String protocol, String command) {
        commands.add(command);
    }

    @Override
    public void identity(Side side, Identity field, String value) {
        identities.add(side + " " + field + "=" + value);
    }

    @Override
    public void identityOfMac(long mac, Identity field, String value) {
        identities.add(Long.toHexString(mac) + " " + field + "=" + value);
    }

    @Override
    public void role(Side side, String protocol, Role role) {
        roles.add(side + " " + protocol + " " + role);
    }

    @Override
    public void activity(Activity activity) {
        activities.add(activity);
    }

    @Override
    public void malformed(String protocol, String reason) {
        malformed.add(protocol + ": " + reason);
    }
}
