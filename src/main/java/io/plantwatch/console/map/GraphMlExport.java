package io.plantwatch.console.map;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the drawn graph as GraphML (jgrapht-io) with each node's name, type, Purdue level, zone,
 * subnet, alerts and position, and each edge's protocols and traffic weight ("weight" is reserved by the exporter), so yEd or Gephi open it as
 * the map shows it. Stateless and thread-safe; call off the FX thread.
 */
public final class GraphMlExport {
    private GraphMlExport() {
    }

    public static void write(MapGraph graph, Positions positions, Writer out) {
        GraphMLExporter<Integer, MapEdge> exporter = new GraphMLExporter<>(index -> graph.node(index).key());
        exporter.setExportVertexLabels(false);
        for (String name : new String[] {"label", "type", "zone", "subnet", "kind"}) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        exporter.registerAttribute("purdue_level", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("alerts", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("members", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("x", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("y", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("protocols", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("traffic", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        exporter.setVertexAttributeProvider(index -> nodeAttributes(graph.node(index), positions, index));
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("protocols", DefaultAttribute.createAttribute(String.join(",", edge.protocols())));
            attributes.put("traffic", DefaultAttribute.createAttribute(edge.weight()));
            return attributes;
        });
        exporter.exportGraph(graph.graph(), out);
    }

    private static Map<String, Attribute> nodeAttributes(MapNode node, Positions positions, int index) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(node.label()));
        attributes.put("kind", DefaultAttribute.createAttribute(node.kind().name().toLowerCase(java.util.Locale.ROOT)));
        if (node.type() != null) {
            attributes.put("type", DefaultAttribute.createAttribute(node.type()));
        }
        if (node.zone() != null) {
            attributes.put("zone", DefaultAttribute.createAttribute(node.zone()));
        }
        attributes.put("subnet", DefaultAttribute.createAttribute(node.subnet()));
        if (node.purdueLevel() != null) {
            attributes.put("purdue_level", DefaultAttribute.createAttribute(node.purdueLevel()));
        }
        attributes.put("alerts", DefaultAttribute.createAttribute(node.alerts()));
        attributes.put("members", DefaultAttribute.createAttribute(node.members()));
        attributes.put("x", DefaultAttribute.createAttribute(positions.x()[index]));
        attributes.put("y", DefaultAttribute.createAttribute(positions.y()[index]));
        return attributes;
    }
}
