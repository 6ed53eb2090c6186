package org.qualityguard.sampling.web;

import org.qualityguard.identity.SecuritySettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public complaint form's own limits, under {@code qualityguard.sampling} (beside the per-address limit every
 * public form has, {@code qualityguard.security.public-forms}).
 *
 * @param complaintsPerAddressPerDay complaints one address may submit in a day
 * @param trackingPerAddress         tracking look-ups per address, which bounds guessing of secret codes
 */
@ConfigurationProperties("qualityguard.sampling")
record SamplingSettings(SecuritySettings.Limit complaintsPerAddressPerDay, SecuritySettings.Limit trackingPerAddress) {
}
