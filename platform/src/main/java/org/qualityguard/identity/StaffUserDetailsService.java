package org.qualityguard.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Staff sign in with the username of their account; a throttled name is answered as a locked account. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffDirectory directory;
    private final LoginThrottle throttle;

    StaffUserDetailsService(StaffDirectory directory, LoginThrottle throttle) {
        this.directory = directory;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase();
        StaffUser user = directory.userByUsername(name)
                .orElseThrow(() -> new UsernameNotFoundException("no staff account " + name));
        if (throttle.isBlocked(name)) {
            return User.withUsername(name).password(user.getPassword()).accountLocked(true).build();
        }
        return user;
    }
}
