package org.brandaward.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hands the Spring Security user to Camunda's webapps; admins enter as members of {@value #COCKPIT_GROUP}, which may
 * open Cockpit and read, nothing more. Camunda's authorization is on, so the engine itself refuses a webapp request
 * that would complete a task, set a variable, cancel, suspend or retry: such a change would skip our services' checks
 * and audit trail. Our services call the engine with no Camunda user set, so the engine checks nothing for them.
 * Camunda only accepts users its identity service knows, so an admin's first visit registers them there, with a
 * random password: nobody signs in to Camunda directly.
 */
public class CamundaSingleSignOn extends ContainerBasedAuthenticationProvider {

    /** Not Camunda's {@code camunda-admin}, which the engine grants everything; letters only, as Camunda's ids must be. */
    static final String COCKPIT_GROUP = "cockpitreaders";

    /** Camunda's first administrator, so that its setup page never opens (letters only, as Camunda's ids must be). */
    static final String SETUP_DONE = "camundasetupdone";

    /** What Cockpit shows: definitions, instances, history, incidents, decisions, deployments, batches. */
    private static final Map<Resource, List<Permission>> READ_ONLY = Map.of(
            Resources.APPLICATION, List.of(Permissions.ACCESS),
            Resources.PROCESS_DEFINITION, List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK),
            Resources.PROCESS_INSTANCE, List.of(Permissions.READ),
            Resources.TASK, List.of(Permissions.READ),
            Resources.DECISION_DEFINITION, List.of(Permissions.READ, Permissions.READ_HISTORY),
            Resources.DECISION_REQUIREMENTS_DEFINITION, List.of(Permissions.READ),
            Resources.DEPLOYMENT, List.of(Permissions.READ),
            Resources.BATCH, List.of(Permissions.READ, Permissions.READ_HISTORY));

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        if (!CurrentUser.hasRole(Roles.ADMIN)) {
            return AuthenticationResult.unsuccessful();
        }
        String username = CurrentUser.requireUsername();
        ensureCockpitReader(engine.getIdentityService(), engine.getAuthorizationService(), username);
        AuthenticationResult result = AuthenticationResult.successful(username);
        result.setGroups(List.of(COCKPIT_GROUP));
        return result;
    }

    private static synchronized void ensureCockpitReader(IdentityService identity, AuthorizationService authorizations, String username) {
        if (identity.createGroupQuery().groupId(COCKPIT_GROUP).count() == 0) {
            Group group = identity.newGroup(COCKPIT_GROUP);
            group.setName("Cockpit, read only");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        // Not any grant of the group's: saving the group gave its members one to read the group itself.
        if (authorizations.createAuthorizationQuery().groupIdIn(COCKPIT_GROUP).resourceType(Resources.APPLICATION).count() == 0) {
            READ_ONLY.forEach((resource, permissions) -> {
                Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                grant.setGroupId(COCKPIT_GROUP);
                grant.setResource(resource);
                // Cockpit is the only webapp the group may open; Tasklist and Admin refuse it.
                grant.setResourceId(resource == Resources.APPLICATION ? "cockpit" : Authorization.ANY);
                permissions.forEach(grant::addPermission);
                authorizations.saveAuthorization(grant);
            });
        }
        // While no user is in camunda-admin, Camunda's webapps send everyone to its first-administrator setup. This
        // member only ends that: nobody can sign in as it (a random password, and Camunda's own login is refused).
        if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
                Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
                admins.setName("Camunda administrators");
                admins.setType(Groups.GROUP_TYPE_SYSTEM);
                identity.saveGroup(admins);
            }
            if (identity.createUserQuery().userId(SETUP_DONE).count() == 0) {
                User placeholder = identity.newUser(SETUP_DONE);
                placeholder.setPassword(UUID.randomUUID().toString() + UUID.randomUUID());
                identity.saveUser(placeholder);
            }
            identity.createMembership(SETUP_DONE, Groups.CAMUNDA_ADMIN);
        }
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setPassword(UUID.randomUUID().toString());
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(COCKPIT_GROUP).count() == 0) {
            identity.createMembership(username, COCKPIT_GROUP);
        }
    }
}
