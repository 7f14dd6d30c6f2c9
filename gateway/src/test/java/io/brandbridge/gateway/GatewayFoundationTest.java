package io.brandbridge.gateway;

import io.brandbridge.defaults.testing.ServiceFoundationContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class GatewayFoundationTest extends ServiceFoundationContract {

    @Override
    protected String openApiFile() {
        return "gateway.yml";
    }

    @Override
    protected boolean verifiesInternalToken() {
        return false;
    }

    /** Pushes stream through to touchpoint-service, so requests are routed before their bodies are in. */
    @Override
    protected boolean readsBodiesWhole() {
        return false;
    }
}
