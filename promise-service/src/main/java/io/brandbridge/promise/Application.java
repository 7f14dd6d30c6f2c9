package io.brandbridge.promise;

import io.brandbridge.defaults.settings.ServiceLauncher;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "promise-service", version = "1", description = "Brandbridge promise-service: brands, promises, commitments and the metric catalogue"))
public class Application {

    public static void main(String[] args) {
        ServiceLauncher.run(Application.class, args);
    }
}
