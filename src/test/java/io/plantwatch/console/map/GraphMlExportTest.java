package io.plantwatch.console.map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphML written by the export reads back (jgrapht-io's importer) with the same nodes, edges and attributes. */
class GraphMlExportTest {
    @Test
    void theExportReadsBackAsTheSameGraph() {
        MapGraph graph = MapGraphBuilder.build(MapGraphBuilderTest.plant(), Set.of("north 10.0.1.0/24"));
        Positions positions = new LayeredLayout().layout(graph, Map.of());
        StringWriter out = new StringWriter();

        GraphMlExport.write(graph, positions, out);

        int[] next = {0};
        Graph<String, DefaultEdge> read = new SimpleGraph<>(() -> "v" + next[0]++, DefaultEdge::new, false);
        Map<String, Map<String, String>> attributes = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.addVertexAttributeConsumer((pair, attribute) -> attributes.computeIfAbsent(pair.getFirst(),
                vertex -> new HashMap<>()).put(pair.getSecond(), attribute.getValue()));
        importer.importGraph(read, new StringReader(out.toString()));

        assertThat(read.vertexSet()).hasSize(3);
        assertThat(read.edgeSet()).hasSize(2);
        assertThat(attributes.values()).extracting(map -> map.get("label"))
                .containsExactlyInAnyOrder("north 10.0.1.0/24 (3)", "d4", "d5");
        assertThat(attributes.values()).extracting(map -> map.get("kind")).contains("subnet", "device");
        assertThat(out.toString()).contains("s7comm").contains("<key id=\"key");
    }
}
