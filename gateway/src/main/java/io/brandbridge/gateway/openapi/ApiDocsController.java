package io.brandbridge.gateway.openapi;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The merged document at {@code /openapi.yml} and a Swagger UI that shows it, with its assets served from this jar. */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class ApiDocsController {

    private final MergedDocument document;
    private final String swaggerUi;

    public ApiDocsController(MergedDocument document) {
        this.document = document;
        this.swaggerUi = resource("gateway-docs/swagger-ui.html");
    }

    @Get(uri = "/openapi.yml", produces = MediaType.APPLICATION_YAML)
    public String openApi() {
        return document.yaml();
    }

    @Get(uris = {"/swagger-ui", "/swagger-ui/index.html"}, produces = MediaType.TEXT_HTML)
    public String swaggerUi() {
        return swaggerUi;
    }

    private static String resource(String name) {
        try (InputStream in = ApiDocsController.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
