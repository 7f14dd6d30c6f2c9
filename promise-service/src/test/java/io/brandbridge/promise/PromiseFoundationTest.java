package io.brandbridge.promise;

import io.brandbridge.defaults.testing.ServiceFoundationContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class PromiseFoundationTest extends ServiceFoundationContract {

    @Override
    protected String openApiFile() {
        return "promise-service.yml";
    }
}
