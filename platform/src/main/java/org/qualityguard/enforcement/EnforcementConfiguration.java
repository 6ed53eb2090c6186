package org.qualityguard.enforcement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(EnforcementSettings.class)
class EnforcementConfiguration {
}
