package org.brandaward.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;

import java.util.List;
import java.util.UUID;

/**
 * Hands the Spring Security user to Camunda's webapps; admins enter as members of {@code camunda-admin}.
 * Camunda only accepts users its identity service knows, so an admin's first visit registers them there,
 * with a random password: nobody signs in to Camunda directly.
 */
public class CamundaSingleSignOn extends ContainerBasedAuthenticationProvider {

    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        if (!CurrentUser.hasRole(Roles.ADMIN)) {
            return AuthenticationResult.unsuccessful();
        }
        String username = CurrentUser.requireUsername();
        ensureCamundaAdministrator(engine.getIdentityService(), username);
        AuthenticationResult result = AuthenticationResult.successful(username);
        result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        return result;
    }

    private static synchronized void ensureCamundaAdministrator(IdentityService identity, String username) {
        if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
            Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
            group.setName("Camunda administrators");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setPassword(UUID.randomUUID().toString());
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(CAMUNDA_ADMIN_GROUP).count() == 0) {
            identity.createMembership(username, CAMUNDA_ADMIN_GROUP);
        }
    }
}
