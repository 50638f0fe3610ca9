package io.plantwatch.console.merge;

import java.util.List;

/**
 * An alert of a zone as raised by one or more sensors (alerts of different sensors with the same
 * title, engine and addresses within ten minutes are one, as Defender's console unifies them).
 *
 * @param handled handled in the console, or by every sensor that raised it
 * @param consoleAction the action taken in the console (handle, handleAndLearn, mute), or null
 */
public record MergedAlert(long id, long zoneId, long time, String title, String message, String severity,
                          String engine, String sourceAddress, String destinationAddress, boolean handled,
                          String consoleAction, Long consoleHandledAt, List<Long> sensors,
                          List<AlertSource> sources) {
}
