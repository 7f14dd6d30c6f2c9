package io.brandbridge.gateway.dashboard;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Cache and content policy for the dashboard's files, which the router serves from
 * {@code classpath:META-INF/dashboard} at {@code /}: the page is revalidated on every load so a new
 * build is seen at once, the hashed assets it names are kept for a year, and the page may load
 * scripts, styles and data from this origin only. The file writer keeps a {@code Cache-Control} it finds.
 */
@ServerFilter({DashboardHeaders.ROOT, DashboardHeaders.PAGE, DashboardHeaders.ASSETS})
class DashboardHeaders {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String ROOT = "/";
    static final String PAGE = "/index.html";
    static final String ASSETS = "/assets/**";
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'";
    static final String PAGE_CACHE = "no-cache";
    static final String ASSET_CACHE = "public, max-age=31536000, immutable";

    @ResponseFilter
    void apply(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        if (status != HttpStatus.OK && status != HttpStatus.NOT_MODIFIED) {
            return;
        }
        if (request.getPath().startsWith("/assets/")) {
            response.header(HttpHeaders.CACHE_CONTROL, ASSET_CACHE);
        } else {
            response.header(HttpHeaders.CACHE_CONTROL, PAGE_CACHE);
            response.header(CONTENT_SECURITY_POLICY, POLICY);
        }
    }
}
