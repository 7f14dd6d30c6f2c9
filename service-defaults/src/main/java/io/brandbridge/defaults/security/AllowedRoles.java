package io.brandbridge.defaults.security;

import io.brandbridge.defaults.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a controller operation (on a method) or every operation of a controller
 * (on the class; a method's own annotation replaces it). ADMIN may always call. An operation that
 * declares no roles is refused to everyone else, so a forgotten annotation fails closed. Every
 * operation it marks declares its 403 answer in the OpenAPI document.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this operation, or its brand scope does not allow this change",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "forbidden", value = AllowedRoles.FORBIDDEN_EXAMPLE)))
public @interface AllowedRoles {

    String FORBIDDEN_EXAMPLE = """
            {"type":"https://brandbridge.io/problems/forbidden","title":"Forbidden","status":403,\
            "detail":"The caller's roles do not allow POST /api/v1/brands","instance":"/api/v1/brands","requestId":"9f1c2e7a4b"}""";

    Role[] value();
}
