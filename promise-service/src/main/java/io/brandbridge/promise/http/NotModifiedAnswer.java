package io.brandbridge.promise.http;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The 304 of a GET that sends an ETag; the shared NotModifiedFilter answers it, so the operation only declares it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED,
        headers = @Header(name = "ETag", description = "The current entity tag, the one `If-None-Match` named",
                schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_MAX, pattern = ApiDocs.ETAG_PATTERN)))
public @interface NotModifiedAnswer {
}
