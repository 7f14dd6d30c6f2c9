package io.brandbridge.gateway.openapi;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.Map;

/**
 * Reads and writes OpenAPI documents as plain maps. The safe constructor builds no arbitrary
 * types, and timestamps stay strings, so an example like {@code 2026-11-01T00:00:00Z} comes out
 * exactly as it went in.
 */
final class Yaml {

    private Yaml() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String text) {
        LoaderOptions loading = new LoaderOptions();
        loading.setMaxAliasesForCollections(50);
        DumperOptions dumping = dumperOptions();
        Object doc = new org.yaml.snakeyaml.Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading,
                new NoTimestamps()).load(text);
        if (!(doc instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("not an OpenAPI document");
        }
        return (Map<String, Object>) doc;
    }

    static String write(Map<String, Object> doc) {
        DumperOptions dumping = dumperOptions();
        LoaderOptions loading = new LoaderOptions();
        return new org.yaml.snakeyaml.Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading,
                new NoTimestamps()).dump(doc);
    }

    private static DumperOptions dumperOptions() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(160);
        options.setDereferenceAliases(true);
        return options;
    }

    /** The YAML 1.1 resolver without its timestamp rule. */
    private static final class NoTimestamps extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
