package io.brandbridge.gateway.dashboard;

import io.brandbridge.defaults.testing.RawHttp;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard module's real build, served at / without a key, with its page policy and cache lifetimes. */
@MicronautTest
class DashboardHeadersTest extends GatewayTestBase {

    private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'";
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(?:\\./|/)?(assets/[^\"]+)\"");

    @Inject
    EmbeddedServer server;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html"})
    void thePageIsHtmlWithItsOwnPolicyAndIsRevalidatedOnEveryLoad(String path) {
        Reply page = send(HttpRequest.GET(path));

        assertEquals(200, page.status(), page.body());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertEquals(POLICY, page.header("Content-Security-Policy"));
        assertEquals("no-cache", page.header("Cache-Control"));
        assertEquals("DENY", page.header("X-Frame-Options"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertNotNull(page.header("Last-Modified"));
        assertTrue(page.body().contains("<script"), "the page loads its bundle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html"})
    void aReloadAnswered304KeepsThePagePolicy(String path) {
        String lastModified = send(HttpRequest.GET(path)).header("Last-Modified");

        Reply again = send(HttpRequest.GET(path).header("If-Modified-Since", lastModified));

        assertEquals(304, again.status(), again.body());
        assertEquals(POLICY, again.header("Content-Security-Policy"), "a 304 with the files-only policy blanks the reloaded page");
        assertEquals("no-cache", again.header("Cache-Control"));
    }

    @Test
    void everyAssetThePageNamesIsServedForAYearWithoutAKey() {
        List<String> assets = assetsOf(send(HttpRequest.GET("/")).body());
        assertFalse(assets.isEmpty(), "the page names no file under assets/");
        assertTrue(assets.stream().anyMatch(a -> a.endsWith(".js")), assets.toString());

        for (String asset : assets) {
            Reply file = send(HttpRequest.GET("/" + asset));
            assertEquals(200, file.status(), asset);
            assertEquals("public, max-age=31536000, immutable", file.header("Cache-Control"), asset);
            String type = file.contentType().toLowerCase(Locale.ROOT);
            assertTrue(!asset.endsWith(".js") || type.startsWith("text/javascript") || type.startsWith("application/javascript"), asset + " " + type);
            assertTrue(!asset.endsWith(".css") || type.startsWith("text/css"), asset + " " + type);
            assertEquals("default-src 'none'; frame-ancestors 'none'", file.header("Content-Security-Policy"), "a file is no page");
            assertFalse(file.body().isEmpty(), asset);
        }
    }

    @Test
    void aFileTheBuildDidNotMakeAnswers404AndIsNotCachedForLong() {
        Reply missing = send(HttpRequest.GET("/assets/no-such-file-0000.js"));
        assertEquals(404, missing.status());
        assertEquals("no-store", missing.header("Cache-Control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../application.yml", "/assets/../../application.yml", "/%2e%2e/application.yml",
            "/assets/%2e%2e/%2e%2e/logback.xml", "/assets/..%2f..%2fapplication.yml", "/application.yml", "/logback.xml"})
    void nothingOutsideTheDashboardFolderIsServed(String path) throws IOException {
        String response = RawHttp.exchange(server.getPort(), "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String status = response.substring(0, response.indexOf("\r\n"));
        assertFalse(status.contains(" 200 "), path + " answered " + status);
        assertFalse(response.contains("micronaut:") || response.contains("<configuration"), path + " leaked a resource");
    }

    @Test
    void theApiStaysBehindTheKeyGate() {
        Reply api = send(HttpRequest.GET("/api/v1/session"));
        assertEquals(401, api.status(), api.body());
        assertEquals("application/problem+json", api.contentType());
    }

    private static List<String> assetsOf(String page) {
        List<String> assets = new ArrayList<>();
        Matcher m = ASSET.matcher(page);
        while (m.find()) {
            assets.add(m.group(1));
        }
        return assets;
    }
}
