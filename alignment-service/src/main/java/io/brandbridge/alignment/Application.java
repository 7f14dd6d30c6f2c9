package io.brandbridge.alignment;

import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.settings.ServiceLauncher;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

// The gateway's merged document replaces servers and security with its own; these describe the service on its own.
@OpenAPIDefinition(info = @Info(title = "alignment-service", version = "1", description = "Brandbridge alignment-service: scores, error budgets, gaps, consistency and incentive conflicts",
        contact = @Contact(name = "Brandbridge maintainers")),
        servers = @Server(url = "/", description = "This service in any environment (local, staging, production), called only by the gateway",
                extensions = @Extension(properties = @ExtensionProperty(name = "x-internal", value = "true", parseValue = true))),
        security = @SecurityRequirement(name = "internalToken"))
@SecurityScheme(name = "internalToken", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = InternalTokens.HEADER,
        description = "The gateway's signed internal token, naming the caller's roles and brand scope")
public class Application {

    public static void main(String[] args) {
        ServiceLauncher.run(Application.class, args);
    }
}
