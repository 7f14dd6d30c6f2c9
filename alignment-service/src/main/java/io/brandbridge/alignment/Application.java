package io.brandbridge.alignment;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "alignment-service", version = "1", description = "Brandbridge alignment-service: scores, error budgets, gaps, consistency and incentive conflicts"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
