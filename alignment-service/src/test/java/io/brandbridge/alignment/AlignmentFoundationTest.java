package io.brandbridge.alignment;

import io.brandbridge.defaults.testing.ServiceFoundationContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class AlignmentFoundationTest extends ServiceFoundationContract {

    @Override
    protected String openApiFile() {
        return "alignment-service.yml";
    }
}
