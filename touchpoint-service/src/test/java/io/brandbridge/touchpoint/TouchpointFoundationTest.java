package io.brandbridge.touchpoint;

import io.brandbridge.defaults.testing.ServiceFoundationContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class TouchpointFoundationTest extends ServiceFoundationContract {

    @Override
    protected String openApiFile() {
        return "touchpoint-service.yml";
    }

    /** Pushes stream; RefusedPushConnectionTest covers a push refused before its body is read. */
    @Override
    protected boolean readsBodiesWhole() {
        return false;
    }
}
