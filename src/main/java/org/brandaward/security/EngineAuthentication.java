package org.brandaward.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * The engine at work. Carries the single authority {@value #AUTHORITY}, which no account can hold (accounts get
 * {@code ROLE_} and {@code GROUP_} authorities only), so service methods grant the engine with
 * {@code hasAuthority('ENGINE')}.
 */
final class EngineAuthentication extends AbstractAuthenticationToken {

    static final String AUTHORITY = "ENGINE";
    static final EngineAuthentication INSTANCE = new EngineAuthentication();

    private EngineAuthentication() {
        super(AuthorityUtils.createAuthorityList(AUTHORITY));
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return CurrentUser.ENGINE;
    }
}
