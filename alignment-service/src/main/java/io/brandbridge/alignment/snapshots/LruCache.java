package io.brandbridge.alignment.snapshots;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A small least-recently-used cache for immutable values keyed by snapshot id. */
final class LruCache<K, V> {

    private final Map<K, V> entries;

    LruCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Function<K, V> load) {
        synchronized (entries) {
            V value = entries.get(key);
            if (value != null) {
                return value;
            }
        }
        // Loaded outside the lock: two readers may parse the same snapshot once each, which is harmless.
        V loaded = load.apply(key);
        synchronized (entries) {
            entries.put(key, loaded);
        }
        return loaded;
    }
}
