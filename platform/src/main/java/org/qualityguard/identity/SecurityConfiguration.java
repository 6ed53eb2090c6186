package org.qualityguard.identity;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the JSON API (token or basic auth, stateless, so no CSRF token is needed; writes from a foreign origin
 * refused) and the browser (form login, session, CSRF on every form). Public pages read only published data, need no
 * login and create no session: the CSRF token lives in a cookie, so an anonymous page holds no server state.
 * Sign-in attempts pass the {@link LoginThrottle} first; console sessions are checked against their account on
 * every request ({@link SignedInSessions}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /** A year, the usual HSTS lifetime; sent only over HTTPS (also behind a TLS proxy, via X-Forwarded-Proto). */
    private static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(SecuritySettings settings, Clock clock) {
        return new LoginThrottle(settings.signIn(), clock);
    }

    @Bean
    AddressRateLimit publicFormRateLimit(SecuritySettings settings) {
        return new AddressRateLimit(new RateLimiter(settings.publicForms()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, StaffDirectory directory, StaffUserDetailsService accounts,
                            PasswordEncoder passwords, AuthenticationEventPublisher events, LoginThrottle throttle,
                            SecuritySettings settings, JsonAuthenticationEntryPoint entryPoint, Clock clock)
            throws Exception {
        var passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        var manager = new ProviderManager(new VerifiedCredentials(passwordCheck, directory, settings.basicCache()));
        manager.setAuthenticationEventPublisher(events);
        return http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new ForeignOriginFilter(entryPoint), BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, entryPoint), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(directory, entryPoint, clock), BasicAuthenticationFilter.class)
                .addFilterAfter(new ApiRateLimitFilter(new RateLimiter(settings.api().perAddress()),
                        new RateLimiter(settings.api().perAccount()), entryPoint), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> h.httpStrictTransportSecurity(s -> s.maxAgeInSeconds(HSTS_SECONDS)))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http, StaffDirectory directory, LoginThrottle throttle,
                                JsonAuthenticationEntryPoint entryPoint) throws Exception {
        var sessions = new SignedInSessions(directory);
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/portal/**", "/login", "/error", "/assets/**", "/webjars/**",
                                "/actuator/health/**",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/console/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/console/**").authenticated()
                        .anyRequest().denyAll())
                .formLogin(f -> f.loginPage("/login").successHandler(sessions.onSignIn()).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(c -> c.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .addFilterBefore(new SignInThrottleFilter(throttle, entryPoint),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(sessions, AuthorizationFilter.class)
                .headers(h -> h
                        .httpStrictTransportSecurity(s -> s.maxAgeInSeconds(HSTS_SECONDS))
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
