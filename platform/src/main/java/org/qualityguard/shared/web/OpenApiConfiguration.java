package org.qualityguard.shared.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.security.SecuritySchemes;
import org.springframework.context.annotation.Configuration;

/** How the API describes itself at /v3/api-docs: what it is for and the two ways to authenticate. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "QualityGuard API", version = "v1", description = """
                For integrations (single-window declarations, laboratory systems, partner agencies). Every call acts as \
                a staff account and sees only that account's division. Errors are {"errors":[{"code","field","message",\
                "row"}]} with stable codes: E1xxx codes and requests, E2xxx registry, E3xxx staff, E9xxx access."""),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")})
@SecuritySchemes({
    @SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "A token an administrator issued to a staff account (qg_…)"),
    @SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
})
class OpenApiConfiguration {
}
