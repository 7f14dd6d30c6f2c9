package io.brandbridge.defaults.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in a stable order. {@code nextCursor} is opaque; pass it back as
 * {@code ?cursor=} for the next page; it is null on the last page. An empty page still says {@code "items": []}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(@ArraySchema(arraySchema = @Schema(description = "This page's items, at most `limit`",
                              requiredMode = Schema.RequiredMode.REQUIRED), maxItems = MAX_LIMIT)
                      List<T> items,
                      @Schema(description = "Opaque cursor for the next page, to pass back as `cursor`; null on the last page",
                              nullable = true, requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 512,
                              pattern = "^[A-Za-z0-9_-]+$", example = "MjAyNi0xMS0wMVQwOTozMDowMFp8dHBfazN2OXgwcTJtOHI0dDZ3MXk1ejc")
                      @Nullable String nextCursor) {

    /** The largest page any list answers. */
    public static final int MAX_LIMIT = 200;

    /**
     * Builds a page from a query that fetched one row more than {@code limit}: the extra row only
     * proves a next page exists, and the cursor is the sort key of the last row kept.
     */
    public static <E, T> Page<T> of(List<E> rowsPlusOne, int limit, Function<E, String> sortKey, Function<E, T> toItem) {
        boolean more = rowsPlusOne.size() > limit;
        List<E> kept = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String next = more ? Cursors.encode(sortKey.apply(kept.get(kept.size() - 1))) : null;
        return new Page<>(kept.stream().map(toItem).toList(), next);
    }
}
