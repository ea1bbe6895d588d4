package io.tappass.client.wire;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where one text of the core model lives in the JSON tree: the container's pointer plus a field name (objects) or
 * an index (arrays).
 *
 * @param message message index (requests) or choice index (responses)
 * @param part    content-part index within the message, or -1 for a response's text slot
 * @param parent  JSON pointer of the containing object or array
 * @param field   the field name when the container is an object, else null
 * @param index   the array index when the container is an array, else -1
 */
record TextSlot(int message, int part, String parent, String field, int index) {

    static TextSlot field(int message, int part, String parent, String field) {
        return new TextSlot(message, part, parent, field, -1);
    }

    /** Writes {@code text} into {@code root} (a copy of the original tree). */
    void set(JsonNode root, String text) {
        JsonNode container = root.at(JsonPointer.compile(parent));
        if (field != null && container instanceof ObjectNode o) {
            o.put(field, text);
        } else if (container instanceof ArrayNode a && index >= 0) {
            a.set(index, a.textNode(text));
        } else {
            throw new WireException("internal: text slot " + parent + " not found in body");
        }
    }
}
