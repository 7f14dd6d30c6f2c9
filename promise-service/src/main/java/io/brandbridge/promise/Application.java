package io.brandbridge.promise;

import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.settings.ServiceLauncher;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

// The gateway's merged document replaces the servers and the security scheme with its own (API keys).
@OpenAPIDefinition(info = @Info(title = "promise-service", version = "1",
        description = "Brandbridge promise-service: brands, promises, commitments and the metric catalogue",
        contact = @Contact(name = "Brandbridge", url = "https://brandbridge.io")),
        servers = @Server(url = "/", description = "This service in every environment (local, staging, production), reached only through the gateway",
                extensions = @Extension(properties = @ExtensionProperty(name = "x-internal", value = "true", parseValue = true))),
        security = @SecurityRequirement(name = "internalToken"))
@SecurityScheme(name = "internalToken", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = InternalTokens.HEADER,
        description = "The gateway's signed internal token")
public class Application {

    public static void main(String[] args) {
        ServiceLauncher.run(Application.class, args);
    }
}
