package io.brandbridge.defaults.conditional;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Conditional reads (RFC 9110 section 13.1.2): a GET or HEAD whose {@code If-None-Match} names the
 * answer's current {@code ETag} is answered 304 with that ETag and no body, so a client that polls
 * keeps its copy without downloading it again.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class NotModifiedFilter {

    @ResponseFilter
    public MutableHttpResponse<?> answerNotModified(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return response;
        }
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        String etag = response.getHeaders().get(HttpHeaders.ETAG);
        if (ifNoneMatch == null || etag == null || response.code() != HttpStatus.OK.getCode()
                || !ETags.matchesWeakly(ifNoneMatch, etag)) {
            return response;
        }
        MutableHttpResponse<?> notModified = HttpResponse.notModified().header(HttpHeaders.ETAG, etag);
        response.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
                    && !name.equalsIgnoreCase(HttpHeaders.ETAG)) {
                values.forEach(value -> notModified.header(name, value));
            }
        });
        return notModified;
    }
}
