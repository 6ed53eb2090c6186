package org.qualityguard.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Basic credentials that bcrypt has verified, trusted again for a few minutes so that an integration calling with
 * basic auth does not cost ~76 ms of CPU per request. Entries are keyed by an HMAC of username and password under a
 * key that lives only in this process, so the cache holds no password and nothing that could be checked offline;
 * a hit is honoured only while the account is enabled and its security stamp is the one it was verified under
 * (a changed password, role or status moves the stamp). Integrations should still use a token
 * ({@code Authorization: Bearer qg_…}): it costs one SHA-256 and can be revoked alone.
 */
class VerifiedCredentials implements AuthenticationProvider {

    private record Verified(long staffId, long securityStamp) {
    }

    private final AuthenticationProvider passwordCheck;
    private final StaffDirectory directory;
    private final Cache<String, Verified> verified;
    private final SecretKeySpec key;
    private final boolean enabled;

    VerifiedCredentials(AuthenticationProvider passwordCheck, StaffDirectory directory,
                        SecuritySettings.BasicCache settings) {
        this.passwordCheck = passwordCheck;
        this.directory = directory;
        this.enabled = !settings.timeToLive().isZero();
        this.verified = Caffeine.newBuilder().maximumSize(settings.maximumSize())
                .expireAfterWrite(settings.timeToLive()).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (!enabled || request.getCredentials() == null) {
            return passwordCheck.authenticate(request);
        }
        String fingerprint = fingerprint(request.getName(), request.getCredentials().toString());
        Optional<Authentication> cached = Optional.ofNullable(verified.getIfPresent(fingerprint))
                .flatMap(v -> directory.signedIn(v.staffId())
                        .filter(now -> now.user().isEnabled() && now.securityStamp() == v.securityStamp()))
                .map(now -> authenticated(now.user(), request));
        if (cached.isPresent()) {
            return cached.get();
        }
        verified.invalidate(fingerprint);
        Authentication result = passwordCheck.authenticate(request);
        if (result != null && result.getPrincipal() instanceof StaffUser user) {
            directory.signedIn(user.id())
                    .ifPresent(now -> verified.put(fingerprint, new Verified(user.id(), now.securityStamp())));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    private static Authentication authenticated(StaffUser user, Authentication request) {
        user.eraseCredentials();
        var token = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        token.setDetails(request.getDetails());
        return token;
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
