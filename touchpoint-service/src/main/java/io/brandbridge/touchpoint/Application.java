package io.brandbridge.touchpoint;

import io.brandbridge.defaults.settings.ServiceLauncher;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "touchpoint-service", version = "1", description = "Brandbridge touchpoint-service: touchpoints, operational targets, interaction ingestion and stats"))
public class Application {

    public static void main(String[] args) {
        ServiceLauncher.run(Application.class, args);
    }
}
