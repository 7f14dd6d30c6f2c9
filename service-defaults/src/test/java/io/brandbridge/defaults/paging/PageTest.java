package io.brandbridge.defaults.paging;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(startApplication = false)
class PageTest {

    @Inject
    JsonMapper json;

    @Test
    void anEmptyLastPageStillNamesItsItems() throws IOException {
        assertEquals("{\"items\":[],\"nextCursor\":null}", json.writeValueAsString(new Page<>(List.of(), null)));
    }

    @Test
    void anExtraRowMeansANextPageWhoseCursorIsTheLastKeptKey() {
        Page<String> page = Page.of(List.of(1, 2, 3), 2, String::valueOf, i -> "#" + i);
        assertEquals(List.of("#1", "#2"), page.items());
        assertEquals("2", Cursors.decode(page.nextCursor()));
        assertEquals(null, Page.of(List.of(1, 2), 2, String::valueOf, i -> "#" + i).nextCursor());
    }
}
