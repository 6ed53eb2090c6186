package org.qualityguard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** QualityGuard: one platform on which product-quality regulators run supervision together. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QualityGuardApplication {

    public static void main(String[] args) {
        SpringApplication.run(QualityGuardApplication.class, args);
    }
}
