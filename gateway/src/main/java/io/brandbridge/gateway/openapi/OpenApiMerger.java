package io.brandbridge.gateway.openapi;

import io.brandbridge.gateway.routing.Routes;
import io.brandbridge.gateway.security.AccessMatrix;
import io.micronaut.http.HttpMethod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the gateway's own OpenAPI document and the services' into one. Each source contributes
 * only the paths the gateway routes to it, less the operations services serve only to each other
 * ({@link AccessMatrix#isInternal}), so the document describes exactly what the gateway serves. Components with the same name and content are shared; a name that means different
 * things in two sources is prefixed with the source (e.g. {@code TouchpointService_Page}) and its
 * references rewritten. Operation ids used by more than one source are prefixed the same way.
 * The API-key scheme {@code bearerAuth} is declared and applied globally, and {@link GatewayAnswers}
 * adds to every operation what the gateway itself answers.
 */
public final class OpenApiMerger {

    public static final String GATEWAY = "gateway";
    public static final String SECURITY_SCHEME = "bearerAuth";
    private static final String COMPONENTS_REF = "#/components/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiMerger() {
    }

    /**
     * @param sources documents by source: {@link #GATEWAY} for the gateway's own, else a service id from {@link Routes#SERVICES}
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> merge(Map<String, Map<String, Object>> sources) {
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<String, Object> gateway = sources.getOrDefault(GATEWAY, Map.of());
        merged.put("openapi", gateway.getOrDefault("openapi", "3.0.1"));
        merged.put("info", info());
        merged.put("servers", List.of(server()));
        merged.put("security", List.of(Map.of(SECURITY_SCHEME, List.of())));
        List<Map<String, Object>> tags = new ArrayList<>();
        Map<String, Object> paths = new LinkedHashMap<>();
        Map<String, Map<String, Object>> components = new LinkedHashMap<>();
        Map<Map<String, Object>, String> operationSource = new IdentityHashMap<>();

        sources.forEach((source, original) -> {
            Map<String, Object> doc = (Map<String, Object>) deepCopy(original);
            repairStringConstraints(doc);
            dropEmptyObjectParts(doc);
            Map<String, String> renames = planRenames(source, doc, components);
            doc = (Map<String, Object>) rewriteRefs(doc, renames);
            addComponents(doc, renames, components);
            addPaths(source, doc, paths, operationSource);
            addTags(doc, tags);
        });
        prefixDuplicateOperationIds(operationSource);
        decorateOperations(paths);
        GatewayAnswers.components().forEach((type, byName) ->
                components.computeIfAbsent(type, t -> new LinkedHashMap<>()).putAll(byName));

        if (!tags.isEmpty()) {
            merged.put("tags", tags);
        }
        merged.put("paths", paths);
        Map<String, Object> mergedComponents = new LinkedHashMap<>(components);
        mergedComponents.put("securitySchemes", Map.of(SECURITY_SCHEME, securityScheme()));
        merged.put("components", mergedComponents);
        return merged;
    }

    private static Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "Brandbridge API");
        info.put("version", "1");
        info.put("contact", Map.of("name", "Brandbridge platform team", "email", "api@brandbridge.io"));
        info.put("description", "Every public operation of Brandbridge, served through the gateway. "
                + "Authenticate with `Authorization: Bearer <API key>`; errors are `application/problem+json` (RFC 9457); "
                + "lists are paginated with `limit` and `cursor`.");
        return info;
    }

    private static Map<String, Object> server() {
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("url", "/");
        server.put("description", "The gateway that serves this document, in whichever environment it runs (local, staging or production)");
        server.put("x-internal", false);
        return server;
    }

    @SuppressWarnings("unchecked")
    private static void decorateOperations(Map<String, Object> paths) {
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (METHODS.contains(method) && operation instanceof Map<?, ?>) {
                GatewayAnswers.decorate(path, method, (Map<String, Object>) operation);
            }
        }));
    }

    private static Map<String, Object> securityScheme() {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("type", "http");
        scheme.put("scheme", "bearer");
        scheme.put("bearerFormat", "API key");
        scheme.put("description", "An API key issued by an administrator (POST /api/v1/admin/clients)");
        return scheme;
    }

    /** Old to new {@code #/components/<type>/<name>} references for this source's clashing component names. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> planRenames(String source, Map<String, Object> doc, Map<String, Map<String, Object>> merged) {
        Map<String, String> renames = new HashMap<>();
        Map<String, Object> components = (Map<String, Object>) doc.getOrDefault("components", Map.of());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Object> type : components.entrySet()) {
                if (type.getKey().equals("securitySchemes") || !(type.getValue() instanceof Map<?, ?> byName)) {
                    continue;
                }
                Map<String, Object> existing = merged.getOrDefault(type.getKey(), Map.of());
                for (Map.Entry<?, ?> component : byName.entrySet()) {
                    String ref = COMPONENTS_REF + type.getKey() + "/" + component.getKey();
                    if (renames.containsKey(ref) || !existing.containsKey((String) component.getKey())) {
                        continue;
                    }
                    Object candidate = rewriteRefs(component.getValue(), renames);
                    if (!existing.get((String) component.getKey()).equals(candidate)) {
                        String name = uniqueName(prefix(source) + "_" + component.getKey(), existing, byName);
                        renames.put(ref, COMPONENTS_REF + type.getKey() + "/" + name);
                        changed = true;
                    }
                }
            }
        }
        return renames;
    }

    private static String uniqueName(String wanted, Map<String, Object> existing, Map<?, ?> own) {
        String name = wanted;
        for (int i = 2; existing.containsKey(name) || own.containsKey(name); i++) {
            name = wanted + i;
        }
        return name;
    }

    @SuppressWarnings("unchecked")
    private static void addComponents(Map<String, Object> doc, Map<String, String> renames, Map<String, Map<String, Object>> merged) {
        Map<String, Object> components = (Map<String, Object>) doc.getOrDefault("components", Map.of());
        components.forEach((type, value) -> {
            if (type.equals("securitySchemes") || !(value instanceof Map<?, ?> byName)) {
                return;
            }
            Map<String, Object> target = merged.computeIfAbsent(type, t -> new LinkedHashMap<>());
            byName.forEach((name, component) -> {
                String ref = renames.getOrDefault(COMPONENTS_REF + type + "/" + name, COMPONENTS_REF + type + "/" + name);
                target.putIfAbsent(ref.substring(ref.lastIndexOf('/') + 1), component);
            });
        });
    }

    @SuppressWarnings("unchecked")
    private static void addPaths(String source, Map<String, Object> doc, Map<String, Object> paths,
                                 Map<Map<String, Object>, String> operationSource) {
        Map<String, Object> sourcePaths = (Map<String, Object>) doc.getOrDefault("paths", Map.of());
        sourcePaths.forEach((path, item) -> {
            if (!belongsTo(source, path) || !(item instanceof Map<?, ?>)) {
                return;
            }
            Map<String, Object> target = (Map<String, Object>) paths.computeIfAbsent(path, p -> new LinkedHashMap<>());
            ((Map<String, Object>) item).forEach((key, value) -> {
                if (METHODS.contains(key) && AccessMatrix.isInternal(HttpMethod.valueOf(key.toUpperCase(Locale.ROOT)), path)) {
                    return;
                }
                if (target.putIfAbsent(key, value) == null && METHODS.contains(key) && value instanceof Map<?, ?> operation) {
                    operationSource.put((Map<String, Object>) operation, source);
                }
            });
            if (target.keySet().stream().noneMatch(METHODS::contains)) {
                paths.remove(path);
            }
        });
    }

    /** The gateway serves a path from a service only when it routes it there; its own paths (admin API, session) are those it routes nowhere. */
    static boolean belongsTo(String source, String path) {
        if (source.equals(GATEWAY)) {
            return path.startsWith(Routes.PREFIX) && Routes.serviceFor(path) == null;
        }
        return source.equals(Routes.serviceFor(path));
    }

    @SuppressWarnings("unchecked")
    private static void addTags(Map<String, Object> doc, List<Map<String, Object>> tags) {
        Object sourceTags = doc.get("tags");
        if (!(sourceTags instanceof List<?> list)) {
            return;
        }
        for (Object tag : list) {
            if (tag instanceof Map<?, ?> map && tags.stream().noneMatch(t -> t.get("name").equals(map.get("name")))) {
                tags.add((Map<String, Object>) map);
            }
        }
    }

    private static void prefixDuplicateOperationIds(Map<Map<String, Object>, String> operationSource) {
        Map<Object, Long> counts = new HashMap<>();
        operationSource.keySet().forEach(op -> {
            if (op.get("operationId") != null) {
                counts.merge(op.get("operationId"), 1L, Long::sum);
            }
        });
        Set<Object> used = new java.util.HashSet<>(counts.keySet());
        operationSource.forEach((op, source) -> {
            Object id = op.get("operationId");
            if (id != null && counts.get(id) > 1) {
                String base = camel(source) + Character.toUpperCase(id.toString().charAt(0)) + id.toString().substring(1);
                String unique = base;
                for (int i = 2; used.contains(unique); i++) {
                    unique = base + i;
                }
                used.add(unique);
                op.put("operationId", unique);
            }
        });
    }

    private static String prefix(String source) {
        StringBuilder out = new StringBuilder();
        for (String part : source.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static String camel(String source) {
        String prefix = prefix(source);
        return Character.toLowerCase(prefix.charAt(0)) + prefix.substring(1);
    }

    private static final Set<String> STRING_KEYWORDS = Set.of("pattern", "minLength", "maxLength", "format");

    /**
     * A validation pattern on an enum makes the generator emit {@code allOf: [{$ref: Enum}, {type: object,
     * pattern: ...}]}, a schema no value can satisfy. The {@code type: object} of such a string-only
     * constraint is dropped so the enum stays usable (in Spectral and in generated clients).
     */
    @SuppressWarnings("unchecked")
    static void repairStringConstraints(Object node) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("allOf") instanceof List<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Map<?, ?> constraint && "object".equals(constraint.get("type"))
                            && constraint.keySet().stream().anyMatch(STRING_KEYWORDS::contains)
                            && constraint.keySet().stream().allMatch(k -> k.equals("type") || STRING_KEYWORDS.contains(k))) {
                        ((Map<String, Object>) constraint).remove("type");
                    }
                }
            }
            map.values().forEach(OpenApiMerger::repairStringConstraints);
        } else if (node instanceof List<?> list) {
            list.forEach(OpenApiMerger::repairStringConstraints);
        }
    }

    /**
     * A nullable reference comes out of the generator as {@code type: object, nullable: true, allOf: [{$ref},
     * {type: object}]}. The bare {@code {type: object}} part adds nothing the parent does not say, but a
     * client generator reads it as "an object with no properties at all", which no value can be; it is dropped.
     */
    @SuppressWarnings("unchecked")
    static void dropEmptyObjectParts(Object node) {
        if (node instanceof Map<?, ?> map) {
            if ("object".equals(map.get("type")) && map.get("allOf") instanceof List<?> parts && parts.size() > 1) {
                List<Object> kept = new ArrayList<>(parts);
                kept.removeIf(part -> part instanceof Map<?, ?> only && only.equals(Map.of("type", "object")));
                if (!kept.isEmpty()) {
                    ((Map<String, Object>) map).put("allOf", kept);
                }
            }
            map.values().forEach(OpenApiMerger::dropEmptyObjectParts);
        } else if (node instanceof List<?> list) {
            list.forEach(OpenApiMerger::dropEmptyObjectParts);
        }
    }

    private static Object rewriteRefs(Object node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return node;
        }
        if (node instanceof String s) {
            return renames.getOrDefault(s, s);
        }
        return copy(node, renames);
    }

    private static Object deepCopy(Object node) {
        return copy(node, Map.of());
    }

    private static Object copy(Object node, Map<String, String> renames) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v, renames)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(copy(v, renames)));
            return copy;
        }
        if (node instanceof String s) {
            return renames.getOrDefault(s, s);
        }
        return node;
    }
}
