package io.plantwatch.ti.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects what a feed reader could not use, by kind, with a count and the first few examples,
 * so a build reports messy data instead of dropping it silently. Not thread-safe: one per build.
 */
public final class ProblemLog {
    private static final int EXAMPLES = 5;

    /** One kind of problem: how often, and a few examples ("file: detail"). */
    public record Problem(String kind, int count, List<String> examples) {
        public Problem {
            examples = List.copyOf(examples);
        }
    }

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, List<String>> examples = new TreeMap<>();

    public void add(String kind, String example) {
        counts.merge(kind, 1, Integer::sum);
        List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < EXAMPLES) {
            list.add(example);
        }
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        counts.forEach((kind, count) -> problems.add(new Problem(kind, count, examples.get(kind))));
        return problems;
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
