package yoy.corpus.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The schema.org metadata of a {@code <script type="application/ld+json">}: the first {@code datePublished}
 * and publisher name, found in the objects in document order ({@code @graph} and arrays included).
 * Malformed JSON says nothing.
 */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON nodes looked at per script at most: the metadata is near the top; a huge blob is not read. */
    private static final int MAX_NODES = 10_000;

    private String published = "";
    private String publisher = "";

    String published() {
        return published;
    }

    String publisher() {
        return publisher;
    }

    /** Reads one script's JSON, keeping what earlier scripts already gave. */
    void read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return;
        }
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < MAX_NODES) {
            JsonNode n = todo.pop();
            if (n.isObject()) {
                take(n);
            }
            if (n.isContainerNode()) {
                pushInOrder(todo, n);
            }
        }
    }

    private void take(JsonNode object) {
        if (published.isEmpty() && object.path("datePublished").isTextual()) {
            published = object.get("datePublished").asText();
        }
        JsonNode p = object.path("publisher");
        if (publisher.isEmpty() && p.isTextual()) {
            publisher = p.asText();
        } else if (publisher.isEmpty() && p.path("name").isTextual()) {
            publisher = p.get("name").asText();
        }
    }

    /** Pushes the children so that the first pops first: document order, depth first. */
    private static void pushInOrder(Deque<JsonNode> todo, JsonNode container) {
        Deque<JsonNode> children = new ArrayDeque<>();
        for (Iterator<JsonNode> it = container.elements(); it.hasNext(); ) {
            children.push(it.next());
        }
        while (!children.isEmpty()) {
            todo.push(children.pop());
        }
    }
}
