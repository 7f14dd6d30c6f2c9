package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of API keys goes away under a running gateway: a key not yet cached gets 503, and works once it is back. */
@MicronautTest(transactional = false)
class KeyStoreOutageTest extends GatewayTestBase {

    @Inject
    DataSource dataSource;

    @Test
    void aKeyThatCannotBeLookedUpAnswers503ProblemWithRetryAfterAndWorksWhenTheStoreIsBack() throws SQLException {
        String key = createClient("viewer-outage", List.of(Role.VIEWER));

        execute("ALTER TABLE api_client RENAME TO api_client_away");
        Reply refused;
        try {
            refused = send(HttpRequest.GET("/api/v1/brands"), key);
        } finally {
            execute("ALTER TABLE api_client_away RENAME TO api_client");
        }

        assertEquals(503, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("5", refused.header("Retry-After"));
        assertTrue(((String) refused.json().get("detail")).startsWith("API keys cannot be checked"), refused.body());
        assertTrue(!refused.body().contains("api_client") && !refused.body().contains("SQL"), "no SQL in the answer: " + refused.body());
        assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), key).status(), "a failed look-up is not cached");
    }

    private void execute(String sql) throws SQLException {
        // The pool itself, not the transaction-bound view of it: this runs outside any transaction.
        DataSource pool = DelegatingDataSource.unwrapDataSource(dataSource);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
