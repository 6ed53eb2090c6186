package org.qualityguard.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Staff sign in with the username of their account (throttling happens before, in {@link SignInThrottleFilter}). */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffDirectory directory;

    StaffUserDetailsService(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase();
        return directory.userByUsername(name)
                .orElseThrow(() -> new UsernameNotFoundException("no staff account " + name));
    }
}
