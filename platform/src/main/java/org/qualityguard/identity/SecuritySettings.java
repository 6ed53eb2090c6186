package org.qualityguard.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limits of sign-in and of the API, under {@code qualityguard.security} (application.yml says what each is for;
 * the test profile raises the request limits, since the whole suite signs in from one address).
 *
 * @param signIn      failed sign-ins an address may make, and the growing delay an account under attack imposes
 *                    on clients it does not know
 * @param api         requests per signed-in account and per address
 * @param publicForms requests per address to the public portal's forms
 * @param basicCache  how long a verified basic-auth credential is trusted without running bcrypt again (zero: never)
 */
@ConfigurationProperties("qualityguard.security")
public record SecuritySettings(SignIn signIn, Api api, Limit publicForms, BasicCache basicCache) {

    public record SignIn(Limit failuresPerAddress, int freeFailuresPerAccount, Duration longestDelay,
                         Duration knownClientFor, long maximumTracked) {
    }

    public record Api(Limit perAccount, Limit perAddress) {
    }

    /** So many events per period, over at most {@code maximumKeys} keys held in memory at once. */
    public record Limit(long events, Duration period, long maximumKeys) {
    }

    public record BasicCache(Duration timeToLive, long maximumSize) {
    }
}
