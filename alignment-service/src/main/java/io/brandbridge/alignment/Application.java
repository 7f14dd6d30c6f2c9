package io.brandbridge.alignment;

import io.brandbridge.defaults.settings.ServiceLauncher;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "alignment-service", version = "1", description = "Brandbridge alignment-service: scores, error budgets, gaps, consistency and incentive conflicts"))
public class Application {

    public static void main(String[] args) {
        ServiceLauncher.run(Application.class, args);
    }
}
