package org.qualityguard.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole platform on a real port and its own embedded PostgreSQL. Every test class so annotated shares one
 * application context (and database), so tests create their own data and never assume an empty table. Its clock is a
 * {@link MovableClock}; the power items the platform's acts cite are published ({@link PublishedActItems}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({MovableClock.Configuration.class, PublishedActItems.Configuration.class})
public @interface PlatformTest {
}
