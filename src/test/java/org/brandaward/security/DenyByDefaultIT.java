package org.brandaward.security;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.Fixture;
import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationForm;
import org.brandaward.application.ApplicationService;
import org.brandaward.audit.AuditLog;
import org.brandaward.certificate.TitleRegister;
import org.brandaward.notice.NoticeService;
import org.brandaward.notice.ObjectionService;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.publication.PublicationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Access is granted, never excluded: every public method of our beans that takes an id refuses a signed-in user whose
 * role nobody granted, and a visitor who is not signed in, before it reads or writes anything.
 */
@IntegrationTest
class DenyByDefaultIT {

    /** Open by design: the trail records whoever acts and joins the caller's transaction, see AuditLog.record. */
    private static final Set<String> OPEN_BY_DESIGN = Set.of(AuditLog.class.getName() + ".record",
            // 公示: a round's notices are public (only the public facts of its candidates); empty for a round without one
            NoticeService.class.getName() + ".ofRound",
            // 异议: anyone may object while a notice runs, in their own name; the round only selects its candidates
            ObjectionService.class.getName() + ".file",
            // a round's published list is public by the rules (名单公布); it answers empty for a round not published
            PublicationService.class.getName() + ".published",
            // 撤销公告: the revoked titles are announced to everyone (number, holder, ground, document number, date)
            TitleRegister.class.getName() + ".revoked");

    @Autowired ApplicationContext context;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;
    @Autowired OrganisationService organisations;

    private long applicationId;

    @BeforeEach
    void anApplicationExists() {
        long roundId = roundFixtures.round(2032).getId();
        organisationFixtures.applicantWithOrganisation("滨州纺织有限公司");
        applicationId = applications.createDraft(roundId, ApplicantKind.ORGANISATION).getId();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_signed_in_user_with_no_known_role_is_refused_on_every_method_that_takes_an_id() {
        assertEveryMethodTakingAnIdRefuses(UsernamePasswordAuthenticationToken.authenticated("visitor", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_VISITOR")));
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_refused_on_every_method_that_takes_an_id() {
        assertEveryMethodTakingAnIdRefuses(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    @Test
    void an_account_named_like_the_anonymous_user_is_an_applicant_like_any_other() {
        // Such a name can no longer be registered; an account that has it (say, from before) is still signed in.
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("anonymousUser", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.APPLICANT)));

        assertThatThrownBy(() -> applications.get(applicationId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.saveDraft(applicationId, new ApplicationForm())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.timeline(applicationId)).isInstanceOf(AccessDeniedException.class);
        assertThat(CurrentUser.username()).isEqualTo("anonymousUser");
    }

    @Test
    void the_engine_reads_any_application_and_is_no_user() throws Exception {
        CurrentUser.asEngine(() -> {
            assertThat(applications.get(applicationId).getId()).isEqualTo(applicationId);
            assertThat(CurrentUser.username()).isEqualTo(CurrentUser.ENGINE);
            assertThat(CurrentUser.role()).isEmpty();
            assertThatThrownBy(CurrentUser::requireUsername).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            return null;
        });
        assertThat(CurrentUser.isEngine()).isFalse();
    }

    private void assertEveryMethodTakingAnIdRefuses(Authentication caller) {
        List<String> checked = new ArrayList<>();
        List<String> notRefused = new ArrayList<>();
        for (Object bean : ourBeans()) {
            for (Method method : AopUtils.getTargetClass(bean).getDeclaredMethods()) {
                String name = method.getDeclaringClass().getName() + "." + method.getName();
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || !takesAnId(method)
                        || OPEN_BY_DESIGN.contains(name)) {
                    continue;
                }
                checked.add(name);
                SecurityContextHolder.getContext().setAuthentication(caller);
                if (!refuses(bean, method)) {
                    notRefused.add(name);
                }
            }
        }
        assertThat(checked).as("methods taking an id").hasSizeGreaterThan(60)
                .contains(ApplicationService.class.getName() + ".get", OrganisationService.class.getName() + ".get");
        assertThat(notRefused).as("methods that did not refuse").isEmpty();
    }

    private Collection<Object> ourBeans() {
        return context.getBeansWithAnnotation(Component.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).getPackageName().startsWith("org.brandaward"))
                .filter(bean -> !bean.getClass().isAnnotationPresent(Fixture.class))
                .toList();
    }

    private static boolean takesAnId(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if ((parameter.getType() == long.class || parameter.getType() == Long.class) && parameter.getName().endsWith("Id")) {
                return true;
            }
        }
        return false;
    }

    private boolean refuses(Object bean, Method method) {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] = argumentOf(types[i]);
        }
        try {
            method.invoke(bean, arguments);
            return false;
        } catch (InvocationTargetException e) {
            return isAccessDenied(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An existing application's id for every id, so that no method refuses only because nothing was found. */
    private Object argumentOf(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return applicationId;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "x";
        }
        if (type == byte[].class) {
            return new byte[] {1};
        }
        if (type.isAssignableFrom(List.class)) {
            return List.of();
        }
        if (type.isAssignableFrom(Set.class)) {
            return Set.of();
        }
        if (type.isAssignableFrom(Map.class)) {
            return Map.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    private static boolean isAccessDenied(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }
}
