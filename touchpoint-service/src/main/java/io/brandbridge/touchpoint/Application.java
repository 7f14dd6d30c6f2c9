package io.brandbridge.touchpoint;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "touchpoint-service", version = "1", description = "Brandbridge touchpoint-service: touchpoints, operational targets, interaction ingestion and stats"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
